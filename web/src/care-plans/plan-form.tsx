/**
 * Starting or revising a care plan: goals, barriers and interventions added and removed freely,
 * checked with the core's schema and its checks across the plan before sending; a revision also
 * says why. Problems the server finds are shown on their fields; if someone changed the plan
 * meanwhile, the page says so and shows the latest.
 */
import { Alert, Button, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { createCarePlanBodySchema, reviseCarePlanBodySchema, type CarePlanStartingPoints } from "../../../core/api/care-plans.js";
import { loadCarePlan } from "../../../core/support/care-plan.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { FormFieldset } from "../components/form-fieldset.js";
import { BarrierFields } from "./barrier-fields.js";
import { carePlansApi, type CarePlan } from "./care-plans-api.js";
import { GoalFields } from "./goal-fields.js";
import { InterventionFields } from "./intervention-fields.js";
import { contentOf, emptyBarrier, emptyGoal, emptyIntervention, errorsFromProblems, errorsFromSchema, errorsFromServer, type PlanDraft, type PlanErrors } from "./plan-draft.js";

interface PlanFormProps {
  caseId: string;
  initial: PlanDraft;
  points: CarePlanStartingPoints;
  /** Every type the organisation has, retired ones too, so a plan keeps a type retired since it was chosen. */
  interventionTypes: CarePlanStartingPoints["interventionTypes"];
  today: string;
  /** Revising: the version edited and the plan's first date (goals' targets are checked against it). */
  revising: { version: number; firstDate: string; typesInUse: readonly string[] } | null;
  onSaved: (plan: CarePlan) => void;
  onStale: () => void;
  onCancel: () => void;
}

export function PlanForm({ caseId, initial, points, interventionTypes: types, today, revising, onSaved, onStale, onCancel }: PlanFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<PlanErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const update = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const replaceAt = <T,>(items: readonly T[], index: number, patch: Partial<T>): T[] => items.map((item, i) => (i === index ? { ...item, ...patch } : item));

  function removeGoal(index: number): void {
    const goalId = draft.goals[index]!.id;
    update({
      goals: draft.goals.filter((_, i) => i !== index),
      interventions: draft.interventions.map((intervention) => ({ ...intervention, goalIds: intervention.goalIds.filter((id) => id !== goalId) })),
    });
  }

  function addSupport(goalId: string, typeCode: string): void {
    const isPartner = types.find((type) => type.code === typeCode)?.isPartnerDelivered ?? false;
    update({ interventions: [...draft.interventions, emptyIntervention(draft.interventions, today, { typeCode, goalIds: [goalId], isPartner })] });
  }

  function check() {
    const content = contentOf(draft);
    const parsed = revising
      ? reviseCarePlanBodySchema.safeParse({ content, reason, expectedVersion: revising.version })
      : createCarePlanBodySchema.safeParse({ content, ...(points.assessment ? { basedOnAssessmentId: points.assessment.id } : {}) });
    const found = errorsFromSchema(parsed, t);
    if (parsed.success) {
      const known = [...types.filter((type) => !type.isRetired).map((type) => type.code), ...(revising?.typesInUse ?? [])];
      const loaded = loadCarePlan(parsed.data.content, { knownInterventionTypes: known, planDate: revising?.firstDate ?? today });
      if (!loaded.ok) Object.assign(found, errorsFromProblems(loaded.problems, t));
    }
    return { parsed, found };
  }

  async function submit(): Promise<void> {
    const { parsed, found } = check();
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFormError(t("errors.checkFields"));
      return;
    }
    setIsBusy(true);
    setFormError(null);
    try {
      const saved = revising
        ? await carePlansApi.revise(caseId, { content: parsed.data.content, reason, expectedVersion: revising.version })
        : await carePlansApi.create(caseId, { content: parsed.data.content, ...(points.assessment ? { basedOnAssessmentId: points.assessment.id } : {}) });
      onSaved(saved);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "conflict" && revising) {
        onStale();
        return;
      }
      const placed = failure instanceof ApiError ? errorsFromServer(failure.fields, t) : {};
      setErrors(placed);
      setFormError(Object.keys(placed).length > 0 ? t("errors.checkFields") : errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  const suggestedFor = (goalId: string, domain: string | null) => {
    const area = points.goals.find((candidate) => candidate.domain === domain);
    const serving = new Set(draft.interventions.filter((intervention) => intervention.goalIds.includes(goalId)).map((intervention) => intervention.typeCode));
    return types.filter((type) => !type.isRetired && area?.interventionTypes.includes(type.code) && !serving.has(type.code));
  };

  return (
    <Stack gap="md">
      {!revising && points.assessment && points.goals.length > 0 && (
        <Alert color="blue" variant="light" title={t("carePlans.form.fromAssessmentTitle")}>
          {t("carePlans.form.fromAssessment")}
        </Alert>
      )}
      <FormFieldset legend={t("carePlans.form.goals")} hint={t("carePlans.form.goalsHint")}>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {draft.goals.map((goal, index) => (
            <GoalFields
              key={goal.id}
              goal={goal}
              index={index}
              errors={errors}
              onChange={(patch) => update({ goals: replaceAt(draft.goals, index, patch) })}
              onRemove={draft.goals.length > 1 ? () => removeGoal(index) : null}
              suggested={suggestedFor(goal.id, goal.domain)}
              onAddSupport={(typeCode) => addSupport(goal.id, typeCode)}
              interventionTypes={types}
            />
          ))}
        </Stack>
        {errors.goals && <FormError message={errors.goals} />}
        <Group>
          <Button variant="default" onClick={() => update({ goals: [...draft.goals, emptyGoal(draft.goals, today)] })} disabled={draft.goals.length >= 50}>
            {t("carePlans.form.addGoal")}
          </Button>
        </Group>
      </FormFieldset>

      <FormFieldset legend={t("carePlans.form.interventions")} hint={t("carePlans.form.interventionsHint")}>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {draft.interventions.map((intervention, index) => (
            <InterventionFields
              key={intervention.id}
              intervention={intervention}
              index={index}
              errors={errors}
              onChange={(patch) => update({ interventions: replaceAt(draft.interventions, index, patch) })}
              onRemove={() => update({ interventions: draft.interventions.filter((_, i) => i !== index) })}
              goals={draft.goals}
              interventionTypes={types}
              workers={points.workers}
            />
          ))}
        </Stack>
        <Group>
          <Button variant="default" onClick={() => update({ interventions: [...draft.interventions, emptyIntervention(draft.interventions, today)] })} disabled={draft.interventions.length >= 50}>
            {t("carePlans.form.addIntervention")}
          </Button>
        </Group>
      </FormFieldset>

      <FormFieldset legend={t("carePlans.form.barriers")} hint={t("carePlans.form.barriersHint")}>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {draft.barriers.map((barrier, index) => (
            <BarrierFields
              key={index}
              barrier={barrier}
              index={index}
              errors={errors}
              onChange={(patch) => update({ barriers: replaceAt(draft.barriers, index, patch) })}
              onRemove={() => update({ barriers: draft.barriers.filter((_, i) => i !== index) })}
            />
          ))}
        </Stack>
        <Group>
          <Button variant="default" onClick={() => update({ barriers: [...draft.barriers, emptyBarrier()] })} disabled={draft.barriers.length >= 50}>
            {t("carePlans.form.addBarrier")}
          </Button>
        </Group>
      </FormFieldset>

      {revising && (
        <Textarea
          label={t("carePlans.form.reason")}
          description={t("carePlans.form.reasonHint")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
          required
          autosize
          minRows={2}
          maxLength={2000}
          dir="auto"
        />
      )}
      <FormError message={formError} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={isBusy}>
          {t("common.cancel")}
        </Button>
        <Button onClick={() => void submit()} loading={isBusy}>
          {revising ? t("carePlans.form.saveRevision") : t("carePlans.form.savePlan")}
        </Button>
      </Group>
    </Stack>
  );
}
