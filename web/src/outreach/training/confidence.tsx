/** Confidence before and after, as people read it: "2.5 → 4.1 out of 5", and a bar pair per statement. */
import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { confidenceScale, type QuestionSummary } from "../../../../core/api/outreach-training.js";
import { useFormat } from "../../i18n/format.js";

/** "2.5 → 4.1", or a dash when nobody rated both. */
export function useConfidenceText() {
  const { t } = useTranslation();
  const format = useFormat();
  const mean = (value: number) => format.number(Math.round(value * 10) / 10);
  return (before: number | null, after: number | null) => (before === null || after === null ? t("training.confidence.none") : t("training.confidence.change", { before: mean(before), after: mean(after) }));
}

export function QuestionConfidence({ index, summary }: { index: number; summary: QuestionSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useConfidenceText();
  const share = (value: number) => (value / confidenceScale.max) * 100;
  return (
    <Stack gap={4} component="li">
      <Text size="sm" fw={600} dir="auto">
        {index + 1}. {summary.question}
      </Text>
      {summary.meanBefore === null || summary.meanAfter === null ? (
        <Text size="sm" c="dimmed">
          {t("training.confidence.noneForQuestion")}
        </Text>
      ) : (
        <>
          <Text size="sm">{text(summary.meanBefore, summary.meanAfter)}</Text>
          <Progress value={share(summary.meanBefore)} color="gray" size="md" aria-label={t("training.confidence.before")} />
          <Progress value={share(summary.meanAfter)} color="teal" size="md" aria-label={t("training.confidence.after")} />
          <Text size="xs" c="dimmed">
            {t("training.confidence.answered", { count: summary.answered, share: format.number(Math.round((summary.shareImproved ?? 0) * 100)) })}
          </Text>
        </>
      )}
    </Stack>
  );
}
