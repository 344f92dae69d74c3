/**
 * Beside the form (below it on a tablet): where the draft is saved, the scores and bands as they
 * stand, and for the toolkit the suggested tier. Worked out here from the answers, with the same
 * functions the server uses, so nothing waits for a save.
 */
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { InstrumentResult } from "../../../core/instruments/score.js";
import type { SupportTier } from "../../../core/instruments/suggest-tier.js";
import { ScoreList } from "./score-list.js";
import { SaveStatusLine } from "./save-status.js";
import { tierFieldId } from "./tier-decision-panel.js";
import type { SaveStatus } from "./use-autosave.js";

interface LivePanelProps {
  status: SaveStatus;
  result: InstrumentResult;
  suggestedTier: SupportTier | null;
  hasJudgements: boolean;
  answered: number;
  shown: number;
}

export function LivePanel({ status, result, suggestedTier, hasJudgements, answered, shown }: LivePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} className="live-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t("assessments.live.title")}
        </Title>
        <SaveStatusLine status={status} />
        <Text size="sm">{t("assessments.live.progress", { answered, shown })}</Text>
        {result.flags.map((flag) => (
          <Alert key={flag.id} role="note" color={flag.severity === "urgent" ? "red" : "orange"} variant={flag.severity === "urgent" ? "filled" : "light"} p="xs">
            <Text size="sm" fw={600} c="inherit">
              <bdi>{flag.label}</bdi>
            </Text>
          </Alert>
        ))}
        {suggestedTier ? (
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t("assessments.tier.suggested")}
              </Text>
              <Badge variant="outline" tt="none" radius="sm">
                {t(`cases.tiers.${suggestedTier}`)}
              </Badge>
            </Group>
            <Anchor href={`#${tierFieldId}`} size="sm">
              {t("assessments.live.toDecision")}
            </Anchor>
          </Stack>
        ) : (
          <ScoreList scores={result.scores} hasJudgements={hasJudgements} />
        )}
      </Stack>
    </Paper>
  );
}
