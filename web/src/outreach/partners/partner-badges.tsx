/** Small labels for a partner's agreements and whether information may be shared, always in words (never colour alone). */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AgreementState } from "../../../../core/outreach/partners.js";
import type { SharingState } from "../../../../core/api/outreach-partners.js";

const colours: Record<SharingState, string> = { in_force: "teal", ending_soon: "orange", ended: "red", not_yet_signed: "blue", none: "gray" };

/** One agreement's state today: in force, ending soon, ended, starts later. */
export function AgreementStateBadge({ state }: { state: AgreementState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colours[state]}>
      {t(`outreach.agreementStates.${state}`)}
    </Badge>
  );
}

/** Where the partner's information-sharing agreement stands, for the directory. */
export function SharingBadge({ state }: { state: SharingState }) {
  const { t } = useTranslation();
  return (
    <Badge variant={state === "none" ? "outline" : "light"} color={colours[state]} style={{ textTransform: "none" }}>
      {t(`partners.sharing.${state}`)}
    </Badge>
  );
}

export function InactiveBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray">
      {t("partners.inactive")}
    </Badge>
  );
}
