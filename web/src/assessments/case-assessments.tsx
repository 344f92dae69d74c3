/**
 * The case page's assessments: the re-assessments the schedule says are due (overdue ones first and
 * marked), each assessment with its date, status, headline score and flags, corrections marked, and
 * starting a new one. The client's outcomes over time are a link away.
 */
import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { instrumentsApi } from "../instruments/instruments-api.js";
import { AssessmentTable } from "./assessment-table.js";
import { assessmentsApi } from "./assessments-api.js";
import { ReassessmentsDue } from "./reassessments-due.js";
import { StartAssessmentDialog } from "./start-assessment.js";

interface CaseAssessmentsProps {
  caseId: string;
  clientId: string;
  /** Through emergency access the client's record (and so their outcomes) is not open to the reader. */
  canSeeClient: boolean;
}

export function CaseAssessments({ caseId, clientId, canSeeClient }: CaseAssessmentsProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? null);
  const [starting, setStarting] = useState<{ key: string | null } | null>(null);
  const { state, reload } = useLoad(async () => {
    const list = await assessmentsApi.forCase(caseId);
    const instruments = list.canStart ? (await instrumentsApi.list()).filter((instrument) => instrument.settings.isEnabled) : [];
    return { list, instruments };
  }, [caseId]);

  const canStart = state.status === "ready" && state.data.list.canStart && state.data.instruments.length > 0;
  return (
    <Section
      title={t("assessments.case.title")}
      actions={
        <Group gap="sm">
          {canSeeClient && (
            <Anchor component={Link} to={`/clients/${clientId}/outcomes`}>
              {t("outcomes.link")}
            </Anchor>
          )}
          {canStart && <Button onClick={() => setStarting({ key: null })}>{t("assessments.case.start")}</Button>}
        </Group>
      }
    >
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {t(notice)}
        </Alert>
      )}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <Stack gap="md">
          <ReassessmentsDue due={state.data.list.due} onStart={canStart ? (key) => setStarting({ key }) : null} />
          {state.data.list.items.length === 0 ? <Text>{t("assessments.case.none")}</Text> : <AssessmentTable items={state.data.list.items} />}
          <StartAssessmentDialog
            caseId={caseId}
            instruments={state.data.instruments}
            instrumentKey={starting?.key ?? null}
            opened={starting !== null}
            onClose={() => setStarting(null)}
          />
        </Stack>
      )}
    </Section>
  );
}
