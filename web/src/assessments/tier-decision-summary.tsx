/** A submitted toolkit assessment's decision: the tier the practitioner chose and why, beside what was suggested and the profile. */
import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Section } from "../components/section.js";
import type { AssessmentDetail } from "./assessments-api.js";
import { NeedProfileTable } from "./need-profile-table.js";
import { SuggestedTier } from "./tier-reason-list.js";
import { readReasons } from "./tier-reasons.js";

export function TierDecisionSummary({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const decision = assessment.tierDecision;
  const suggestion = assessment.suggestion;
  return (
    <Section title={t("assessments.tier.title")}>
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600}>{t("assessments.tier.chosen")}</Text>
          {decision?.tier ? (
            <Badge variant="filled" tt="none" radius="sm" size="lg">
              {t(`cases.tiers.${decision.tier}`)}
            </Badge>
          ) : (
            <Text>{t("assessments.tier.notChosen")}</Text>
          )}
        </Group>
        {decision?.rationale && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t("assessments.tier.rationaleLabel")}
            </Text>
            <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
              {decision.rationale}
            </Text>
          </Stack>
        )}
        {assessment.status === "submitted" && assessment.requiresApproval && (
          <Text size="sm" c="dimmed">
            {t("assessments.tier.afterApproval")}
          </Text>
        )}
      </Stack>
      {suggestion && (
        <>
          <SuggestedTier tier={suggestion.tier} reasons={readReasons(suggestion.reasons)} />
          <Text size="sm" c="dimmed">
            {t("assessments.tier.suggestionOnly")}
          </Text>
          <NeedProfileTable needs={suggestion.needs} caption={t("assessments.profile.caption")} />
        </>
      )}
    </Section>
  );
}
