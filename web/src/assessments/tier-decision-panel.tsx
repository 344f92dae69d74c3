/**
 * For the cross-vulnerability toolkit: what the ratings suggest and why, the profile per area, and
 * the practitioner's own decision — any of the four tiers — with the written reasons for it. The
 * panel says plainly that the suggestion only informs the decision.
 */
import { Alert, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { supportTiers, type DomainNeed, type SupportTier, type TierReason } from "../../../core/instruments/suggest-tier.js";
import { Section } from "../components/section.js";
import { NeedProfileTable } from "./need-profile-table.js";
import type { TierDecisionDraft } from "./submit-problems.js";
import { SuggestedTier } from "./tier-reason-list.js";

export const tierFieldId = "tier-decision-tier";
export const rationaleFieldId = "tier-decision-rationale";

interface TierDecisionPanelProps {
  suggestion: { tier: SupportTier; reasons: readonly TierReason[]; needs: readonly DomainNeed[] };
  decision: TierDecisionDraft;
  onChange: (decision: TierDecisionDraft) => void;
  tierError: string | null;
  rationaleError: string | null;
}

export function TierDecisionPanel({ suggestion, decision, onChange, tierError, rationaleError }: TierDecisionPanelProps) {
  const { t } = useTranslation();
  const differs = decision.tier !== null && decision.tier !== suggestion.tier;
  return (
    <Section title={t("assessments.tier.title")}>
      <Alert color="blue" variant="light" title={t("assessments.tier.youDecideTitle")}>
        {t("assessments.tier.youDecide")}
      </Alert>
      <SuggestedTier tier={suggestion.tier} reasons={suggestion.reasons} />
      <NeedProfileTable needs={suggestion.needs} caption={t("assessments.profile.caption")} />
      <Stack gap="sm">
        <div id={tierFieldId}>
        <Radio.Group
          label={t("assessments.tier.decisionLabel")}
          description={t("assessments.tier.decisionHint")}
          required
          withAsterisk={false}
          error={tierError}
          value={decision.tier}
          onChange={(tier) => onChange({ ...decision, tier: supportTiers.find((option) => option === tier) ?? null })}
        >
          <Stack gap={8} mt={6}>
            {supportTiers.map((tier) => (
              <Radio key={tier} value={tier} label={tier === suggestion.tier ? t("assessments.tier.optionSuggested", { tier: t(`cases.tiers.${tier}`) }) : t(`cases.tiers.${tier}`)} />
            ))}
          </Stack>
        </Radio.Group>
        </div>
        {differs && (
          <Text size="sm" fw={500}>
            {t("assessments.tier.differs")}
          </Text>
        )}
        <Textarea
          id={rationaleFieldId}
          label={t("assessments.tier.rationaleLabel")}
          description={t("assessments.tier.rationaleHint")}
          required
          error={rationaleError}
          value={decision.rationale}
          onChange={(event) => onChange({ ...decision, rationale: event.currentTarget.value })}
          autosize
          minRows={3}
          maxLength={4000}
          dir="auto"
        />
      </Stack>
    </Section>
  );
}
