/**
 * One intervention: its type (from the organisation's list), who delivers it — someone who can see
 * the case, or a partner organisation named — how often, from when to when, and the goals it serves.
 */
import { Checkbox, CloseButton, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { frequencyUnits } from "../../../core/support/care-plan.js";
import { chooseFirst } from "../components/choose-first.js";
import { interventionTypeLabel } from "../support-vocabulary/labels.js";
import type { FrequencyUnit, GoalDraft, InterventionDraft, PlanErrors } from "./plan-draft.js";

interface InterventionFieldsProps {
  intervention: InterventionDraft;
  index: number;
  errors: PlanErrors;
  onChange: (patch: Partial<InterventionDraft>) => void;
  onRemove: () => void;
  goals: readonly GoalDraft[];
  interventionTypes: readonly InterventionType[];
  workers: readonly { userId: string; name: string }[];
}

export function InterventionFields({ intervention, index, errors, onChange, onRemove, goals, interventionTypes, workers }: InterventionFieldsProps) {
  const { t } = useTranslation();
  const at = (field: string) => errors[`interventions.${index}.${field}`];
  const types = interventionTypes.filter((type) => !type.isRetired || type.code === intervention.typeCode);
  const workerOptions = workers.map((worker) => ({ value: worker.userId, label: worker.name }));
  // A worker named on the plan who can no longer see the case still shows, so the reason it is refused is clear.
  if (intervention.workerId !== "" && !workers.some((worker) => worker.userId === intervention.workerId)) {
    workerOptions.push({ value: intervention.workerId, label: t("carePlans.form.workerGone") });
  }
  return (
    <Paper withBorder p="sm" component="li" aria-label={t("carePlans.form.interventionNumber", { number: index + 1 })}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{intervention.typeCode ? interventionTypeLabel(intervention.typeCode, t, interventionTypes) : t("carePlans.form.interventionNumber", { number: index + 1 })}</Text>
          <CloseButton onClick={onRemove} aria-label={t("carePlans.form.removeIntervention", { number: index + 1 })} />
        </Group>
        <NativeSelect
          label={t("carePlans.form.type")}
          data={chooseFirst(t("carePlans.form.choose"), types.map((type) => ({ value: type.code, label: interventionTypeLabel(type.code, t, interventionTypes) })))}
          value={intervention.typeCode}
          onChange={(event) => {
            const code = event.currentTarget.value;
            const isPartner = interventionTypes.find((type) => type.code === code)?.isPartnerDelivered ?? false;
            onChange({ typeCode: code, ...(isPartner ? { deliveredBy: "partner" } : {}) });
          }}
          error={at("typeCode")}
          required
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`delivered-by-${intervention.id}`}>
            {t("carePlans.form.deliveredBy")}
          </Text>
          <SegmentedControl
            aria-labelledby={`delivered-by-${intervention.id}`}
            value={intervention.deliveredBy}
            onChange={(value) => onChange({ deliveredBy: value === "partner" ? "partner" : "worker" })}
            data={[
              { value: "worker", label: t("carePlans.form.byWorker") },
              { value: "partner", label: t("carePlans.form.byPartner") },
            ]}
          />
          {intervention.deliveredBy === "worker" ? (
            <NativeSelect
              label={t("carePlans.form.worker")}
              description={t("carePlans.form.workerHint")}
              data={chooseFirst(t("carePlans.form.choose"), workerOptions)}
              value={intervention.workerId}
              onChange={(event) => onChange({ workerId: event.currentTarget.value })}
              error={at("deliveredBy.workerId") ?? at("deliveredBy")}
              required
            />
          ) : (
            <TextInput
              label={t("carePlans.form.partner")}
              value={intervention.partnerOrganisation}
              onChange={(event) => onChange({ partnerOrganisation: event.currentTarget.value })}
              error={at("deliveredBy.partnerOrganisation") ?? at("deliveredBy")}
              required
              maxLength={200}
              dir="auto"
            />
          )}
        </Stack>
        <Switch label={t("carePlans.form.asNeeded")} checked={intervention.isAsNeeded} onChange={(event) => onChange({ isAsNeeded: event.currentTarget.checked })} />
        {!intervention.isAsNeeded && (
          <Group grow align="flex-start">
            <TextInput
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              label={t("carePlans.form.every")}
              value={intervention.every}
              onChange={(event) => onChange({ every: event.currentTarget.value })}
              error={at("frequency.every") ?? at("frequency")}
              required
            />
            <NativeSelect
              label={t("carePlans.form.unit")}
              data={frequencyUnits.map((unit) => ({ value: unit, label: t(`carePlans.units.${unit}`) }))}
              value={intervention.unit}
              onChange={(event) => onChange({ unit: event.currentTarget.value as FrequencyUnit })}
            />
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="date" label={t("carePlans.form.startDate")} value={intervention.startDate} onChange={(event) => onChange({ startDate: event.currentTarget.value })} error={at("startDate")} required />
          <TextInput type="date" label={t("carePlans.form.endDate")} description={t("carePlans.form.endDateHint")} value={intervention.endDate} onChange={(event) => onChange({ endDate: event.currentTarget.value })} error={at("endDate")} />
        </SimpleGrid>
        <Checkbox.Group
          label={t("carePlans.form.goalsServed")}
          value={intervention.goalIds}
          onChange={(goalIds) => onChange({ goalIds })}
          error={at("goalIds") ?? Object.entries(errors).find(([path]) => path.startsWith(`interventions.${index}.goalIds.`))?.[1]}
          required
          withAsterisk={false}
        >
          <Stack gap={6} mt={6}>
            {goals.map((goal, goalIndex) => (
              <Checkbox key={goal.id} value={goal.id} label={t("carePlans.form.goalOption", { number: goalIndex + 1, what: goal.what.trim() || t("carePlans.form.goalUnnamed") })} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Stack>
    </Paper>
  );
}
