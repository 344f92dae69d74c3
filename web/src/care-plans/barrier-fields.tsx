/** One barrier to the plan (language, faith, childcare, transport…): what it is and how it is addressed. */
import { CloseButton, Group, NativeSelect, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { barrierKinds } from "../../../core/support/vocabulary.js";
import { chooseFirst } from "../components/choose-first.js";
import { barrierKindLabel } from "../support-vocabulary/labels.js";
import type { BarrierDraft, PlanErrors } from "./plan-draft.js";

interface BarrierFieldsProps {
  barrier: BarrierDraft;
  index: number;
  errors: PlanErrors;
  onChange: (patch: Partial<BarrierDraft>) => void;
  onRemove: () => void;
}

export function BarrierFields({ barrier, index, errors, onChange, onRemove }: BarrierFieldsProps) {
  const { t } = useTranslation();
  const at = (field: string) => errors[`barriers.${index}.${field}`];
  return (
    <Paper withBorder p="sm" component="li" aria-label={t("carePlans.form.barrierNumber", { number: index + 1 })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{t("carePlans.form.barrierNumber", { number: index + 1 })}</Text>
          <CloseButton onClick={onRemove} aria-label={t("carePlans.form.removeBarrier", { number: index + 1 })} />
        </Group>
        <NativeSelect
          label={t("carePlans.form.barrierKind")}
          data={chooseFirst(t("carePlans.form.choose"), barrierKinds.map((kind) => ({ value: kind, label: barrierKindLabel(kind, t) })))}
          value={barrier.kind}
          onChange={(event) => onChange({ kind: event.currentTarget.value as BarrierDraft["kind"] })}
          error={at("kind")}
          required
        />
        <Textarea label={t("carePlans.form.barrierDescription")} value={barrier.description} onChange={(event) => onChange({ description: event.currentTarget.value })} error={at("description")} required autosize minRows={1} maxLength={2000} dir="auto" />
        <Textarea label={t("carePlans.form.barrierHow")} value={barrier.howAddressed} onChange={(event) => onChange({ howAddressed: event.currentTarget.value })} error={at("howAddressed")} required autosize minRows={1} maxLength={2000} dir="auto" />
      </Stack>
    </Paper>
  );
}
