/**
 * Scores with their bands: the value out of its range, the band in words, and why a score is not
 * given yet (unanswered questions) or was scaled up from the answers given (prorated). An
 * instrument of professional judgements has no scores, and says so rather than showing a total.
 */
import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScoreResult } from "../../../core/instruments/score.js";
import { useFormat } from "../i18n/format.js";
import { BandBadge } from "./band-badge.js";

type ShownScore = Pick<ScoreResult, "id" | "label" | "value" | "band"> & Partial<Pick<ScoreResult, "range" | "missingItemIds" | "isProrated">>;

export function ScoreList({ scores, hasJudgements }: { scores: readonly ShownScore[]; hasJudgements: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (scores.length === 0) {
    return <Text size="sm">{t(hasJudgements ? "assessments.scores.judgementsOnly" : "assessments.scores.none")}</Text>;
  }
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {scores.map((score) => (
        <li key={score.id}>
          <Text size="sm" fw={600}>
            <bdi>{score.label}</bdi>
          </Text>
          <Group gap="xs" wrap="wrap">
            {score.value === null ? (
              <Text size="sm" c="dimmed">
                {score.missingItemIds && score.missingItemIds.length > 0
                  ? t("assessments.scores.waiting", { count: score.missingItemIds.length })
                  : t("assessments.scores.notGiven")}
              </Text>
            ) : (
              <Text size="lg" fw={700} className="score-value">
                {score.range ? t("assessments.scores.outOf", { value: format.number(score.value), max: format.number(score.range.max) }) : format.number(score.value)}
              </Text>
            )}
            <BandBadge band={score.band} />
          </Group>
          {score.isProrated && (
            <Text size="xs" c="dimmed">
              {t("assessments.scores.prorated")}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
