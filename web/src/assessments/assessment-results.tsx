/**
 * A submitted (or approved) assessment as it was given: who did what and when, flags, scores with
 * bands, the tier decision beside the suggestion, the answers against the items of the version
 * used, and its licence note; with the actions the server allows.
 */
import { Grid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import { FactList, type Fact } from "../components/fact-list.js";
import { Section } from "../components/section.js";
import { LicenceNote } from "../instruments/instrument-info.js";
import { useFormat } from "../i18n/format.js";
import { AnswersGiven } from "./answers-given.js";
import { AssessmentActions } from "./assessment-actions.js";
import type { AssessmentDetail } from "./assessments-api.js";
import { FlagAlerts } from "./flag-alerts.js";
import { ScoreList } from "./score-list.js";
import { isToolkit } from "./stored-definition.js";
import { TierDecisionSummary } from "./tier-decision-summary.js";

interface AssessmentResultsProps {
  assessment: AssessmentDetail;
  definition: InstrumentDefinition;
  onChanged: (next: AssessmentDetail, noticeKey: string) => void;
}

export function AssessmentResults({ assessment, definition, onChanged }: AssessmentResultsProps) {
  const { t } = useTranslation();
  const hasJudgements = definition.sections.some((section) => section.items.some((item) => item.type === "judgement"));
  const isDraft = assessment.status === "draft";
  const facts = useRecordFacts(assessment);
  return (
    <Stack gap="lg">
      {!isDraft && <AssessmentActions assessment={assessment} onChanged={onChanged} />}
      <FlagAlerts flags={assessment.result.flags} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {isToolkit(assessment.instrument.key) ? (
              <TierDecisionSummary assessment={assessment} />
            ) : (
              <Section title={t("assessments.results.scoresTitle")}>
                <ScoreList scores={assessment.result.scores} hasJudgements={hasJudgements} />
              </Section>
            )}
            <AnswersGiven definition={definition} answers={assessment.answers} shownItemIds={assessment.result.shownItemIds} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Section title={t("assessments.results.recordTitle")}>
              <FactList facts={facts} columns={1} />
            </Section>
            <Section title={t("assessments.results.licenceTitle")}>
              <LicenceNote licence={assessment.licence} />
              <Text size="sm" c="dimmed">
                {t("assessments.results.versionUsed", { version: assessment.instrument.version })}
              </Text>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function useRecordFacts(assessment: AssessmentDetail): Fact[] {
  const { t } = useTranslation();
  const format = useFormat();
  const who = (name: string | null) => name ?? t("assessments.results.someone");
  const facts: Fact[] = [
    { label: t("assessments.results.assessedOn"), value: format.day(assessment.assessedOn) },
    { label: t("assessments.results.started"), value: t("assessments.results.byOn", { name: who(assessment.createdByName), when: format.dateTime(assessment.createdAt) }) },
  ];
  if (assessment.submittedAt) {
    facts.push({ label: t("assessments.results.submitted"), value: t("assessments.results.byOn", { name: who(assessment.submittedByName), when: format.dateTime(assessment.submittedAt) }) });
  }
  if (assessment.approvedAt) {
    facts.push({ label: t("assessments.results.approved"), value: t("assessments.results.byOn", { name: who(assessment.approvedByName), when: format.dateTime(assessment.approvedAt) }) });
  } else if (assessment.status === "submitted") {
    facts.push({ label: t("assessments.results.approval"), value: t(assessment.requiresApproval ? "assessments.results.awaitingApproval" : "assessments.results.noApprovalNeeded") });
  }
  if (assessment.returnedAt) {
    facts.push({ label: t("assessments.results.returned"), value: t("assessments.results.byOn", { name: who(assessment.returnedByName), when: format.dateTime(assessment.returnedAt) }) });
    if (assessment.returnReason) facts.push({ label: t("assessments.results.returnReason"), value: <bdi>{assessment.returnReason}</bdi> });
  }
  if (assessment.approvalNote) facts.push({ label: t("assessments.results.approvalNote"), value: <bdi>{assessment.approvalNote}</bdi> });
  return facts;
}
