/** Small coloured labels for where an escalation stands, an urgent case and a decision, always with words (never colour alone). */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { panelLabels } from "./panel-labels.js";

const stateColours: Record<string, string> = { submitted: "blue", accepted: "teal", returned: "orange", discussed: "gray", withdrawn: "gray" };

export function EscalationStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={stateColours[state] ?? "gray"}>
      {panelLabels(t).escalationState(state)}
    </Badge>
  );
}

export function UrgentBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="red">
      {t("panel.urgent")}
    </Badge>
  );
}

export function DecisionBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="pathways">
      {panelLabels(t).decisionKind(kind)}
    </Badge>
  );
}
