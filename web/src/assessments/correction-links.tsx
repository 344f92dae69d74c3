/**
 * How a corrected assessment and its correction point at each other: "This corrects the assessment
 * of 3 March" and "Corrected by the assessment of 10 March", each a link. Both are kept; the
 * correction counts once submitted.
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
  const linked = [assessment.amendsId, assessment.supersededById].filter((id): id is string => id !== null);
  // The dates come from the case's list; without it the links still work, without a date.
  const { state } = useLoad(() => (linked.length > 0 ? assessmentsApi.forCase(assessment.caseId) : Promise.resolve(null)), [assessment.caseId, linked.join()]);
  if (linked.length === 0) return null;
  const find = (id: string) => (state.status === "ready" ? state.data?.items.find((item) => item.id === id) : undefined);
  const dateOf = (id: string) => {
    const found = find(id);
    return found ? format.day(found.assessedOn) : t("assessments.corrections.unknownDate");
  };
  const isCorrectionDraft = assessment.supersededById !== null && find(assessment.supersededById)?.status === "draft";
  return (
    <Stack gap={4}>
      {assessment.amendsId && (
        <Text size="sm">
          <Anchor component={Link} to={`/assessments/${assessment.amendsId}`}>
            {t("assessments.corrections.corrects", { date: dateOf(assessment.amendsId) })}
          </Anchor>
        </Text>
      )}
      {assessment.supersededById && (
        <Text size="sm" fw={600}>
          <Anchor component={Link} to={`/assessments/${assessment.supersededById}`}>
            {isCorrectionDraft
              ? t("assessments.corrections.correctionDraft", { date: dateOf(assessment.supersededById) })
              : t("assessments.corrections.correctedBy", { date: dateOf(assessment.supersededById) })}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
