/**
 * The case page's panel tab: the case's escalations to the Community Safeguarding Panel and where
 * each stands, escalating it (for those the server allows), and the referrals made to outside
 * agencies (Channel, the safeguarding hub, the police, others) with their outcomes.
 */
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { EscalateDialog } from "./escalate-dialog.js";
import { EscalationTable } from "./escalation-table.js";
import { ExternalReferrals } from "./external-referrals.js";
import { panelApi } from "./panel-api.js";

export function CasePanelTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => panelApi.caseEscalations(caseId), [caseId]);
  const [escalating, setEscalating] = useState<{ isUrgent: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = state.status === "ready" ? state.data : null;

  return (
    <Stack gap="lg">
      <Section
        title={t("panel.caseTab.title")}
        actions={
          list?.abilities.escalate && (
            <Group gap="sm">
              <Button color="red" variant="light" onClick={() => setEscalating({ isUrgent: true })}>
                {t("panel.caseTab.escalateUrgent")}
              </Button>
              <Button onClick={() => setEscalating({ isUrgent: false })}>{t("panel.caseTab.escalate")}</Button>
            </Group>
          )
        }
      >
        {notice && (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
        {state.status === "loading" && <Loading />}
        {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
        {list && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t("panel.caseTab.intro")}
            </Text>
            {list.hasLiveEscalation && <Text size="sm">{t("panel.caseTab.live")}</Text>}
            {list.items.length === 0 ? <Text>{t("panel.caseTab.none")}</Text> : <EscalationTable items={list.items} caption={t("panel.caseTab.caption")} showCase={false} />}
            <EscalateDialog
              caseId={caseId}
              opened={escalating !== null}
              isUrgent={escalating?.isUrgent ?? false}
              latestAssessment={list.latestAssessment}
              onClose={() => setEscalating(null)}
              onEscalated={(escalation) => {
                setNotice(t(escalation.isUrgent ? "panel.escalate.doneUrgent" : "panel.escalate.done"));
                reload();
              }}
            />
          </Stack>
        )}
      </Section>
      <ExternalReferrals caseId={caseId} />
    </Stack>
  );
}
