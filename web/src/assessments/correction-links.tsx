/**
 * How a corrected assessment and its correction point at each other: "This corrects the assessment
 * of 3 March" and "Corrected by the assessment of 10 March", each a link, or "A correction is being
 * drafted" while the correction is still a draft. Both are kept; the correction counts once
 * submitted. Dates come from the case's list of assessments.
 */
import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { assessmentsApi, type AssessmentDetail } from "./assessments-api.js";

export function CorrectionLinks({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mayHaveLinks = assessment.amendsId !== null || assessment.status !== "draft";
  // Without the list the links still work, without a date.
  const { state } = useLoad(() => (mayHaveLinks ? assessmentsApi.forCase(assessment.caseId) : Promise.resolve(null)), [assessment.caseId, mayHaveLinks]);
  const items = state.status === "ready" ? (state.data?.items ?? []) : [];
  const dateOf = (id: string) => {
    const found = items.find((item) => item.id === id);
    return found ? format.day(found.assessedOn) : t("assessments.corrections.unknownDate");
  };
  const correction = assessment.supersededById ?? assessment.openAmendmentId;
  const isCorrectionDraft = assessment.supersededById === null && assessment.openAmendmentId !== null;
  if (!assessment.amendsId && !correction) return null;
  return (
    <Stack gap={4}>
      {assessment.amendsId && (
        <Text size="sm">
          <Anchor component={Link} to={`/assessments/${assessment.amendsId}`}>
            {t("assessments.corrections.corrects", { date: dateOf(assessment.amendsId) })}
          </Anchor>
        </Text>
      )}
      {correction && (
        <Text size="sm" fw={600}>
          <Anchor component={Link} to={`/assessments/${correction}`}>
            {isCorrectionDraft ? t("assessments.corrections.correctionDraft", { date: dateOf(correction) }) : t("assessments.corrections.correctedBy", { date: dateOf(correction) })}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
