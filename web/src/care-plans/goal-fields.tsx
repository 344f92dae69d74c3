/**
 * One goal of the plan: what will be different (specific, in the worker's words), the client's own
 * words for it, the date to aim for and the area of need it answers. Where the assessment suggests
 * types of support for that area, each can be added to the plan in one step, serving this goal.
 */
import { Button, CloseButton, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { vulnerabilityDomains, type VulnerabilityDomain } from "../../../core/referrals/vocabulary.js";
import { interventionTypeLabel } from "../support-vocabulary/labels.js";
import type { GoalDraft, PlanErrors } from "./plan-draft.js";

interface GoalFieldsProps {
  goal: GoalDraft;
  index: number;
  errors: PlanErrors;
  onChange: (patch: Partial<GoalDraft>) => void;
  onRemove: (() => void) | null;
  /** Types the assessment suggests for this goal's area, not yet serving it. */
  suggested: readonly InterventionType[];
  onAddSupport: (typeCode: string) => void;
  interventionTypes: readonly InterventionType[];
}

export function GoalFields({ goal, index, errors, onChange, onRemove, suggested, onAddSupport, interventionTypes }: GoalFieldsProps) {
  const { t } = useTranslation();
  const at = (field: string) => errors[`goals.${index}.${field}`];
  return (
    <Paper withBorder p="sm" component="li" aria-label={t("carePlans.form.goalNumber", { number: index + 1 })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{t("carePlans.form.goalNumber", { number: index + 1 })}</Text>
          {onRemove && <CloseButton onClick={onRemove} aria-label={t("carePlans.form.removeGoal", { number: index + 1 })} />}
        </Group>
        <Textarea
          label={t("carePlans.form.goalWhat")}
          description={t("carePlans.form.goalWhatHint")}
          value={goal.what}
          onChange={(event) => onChange({ what: event.currentTarget.value })}
          error={at("what") ?? errors[`goals.${index}`]}
          required
          autosize
          minRows={2}
          maxLength={1000}
          dir="auto"
        />
        <Textarea
          label={t("carePlans.form.clientWords")}
          description={t("carePlans.form.clientWordsHint")}
          value={goal.clientWords}
          onChange={(event) => onChange({ clientWords: event.currentTarget.value })}
          error={at("clientWords")}
          autosize
          minRows={1}
          maxLength={2000}
          dir="auto"
        />
        <Group grow align="flex-start">
          <TextInput type="date" label={t("carePlans.form.targetDate")} value={goal.targetDate} onChange={(event) => onChange({ targetDate: event.currentTarget.value })} error={at("targetDate")} required />
          <NativeSelect
            label={t("carePlans.form.domain")}
            data={[{ value: "", label: t("carePlans.form.noDomain") }, ...vulnerabilityDomains.map((domain) => ({ value: domain, label: t(`referrals.reasons.${domain}`) }))]}
            value={goal.domain ?? ""}
            onChange={(event) => onChange({ domain: (event.currentTarget.value || null) as VulnerabilityDomain | null })}
          />
        </Group>
        {suggested.length > 0 && (
          <Stack gap={4}>
            <Text size="sm">{t("carePlans.form.suggestedSupport")}</Text>
            <Group gap="xs">
              {suggested.map((type) => (
                <Button key={type.code} size="compact-sm" variant="light" onClick={() => onAddSupport(type.code)}>
                  {t("carePlans.form.addSupport", { type: interventionTypeLabel(type.code, t, interventionTypes) })}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
