/**
 * Reviewing the plan: how each goal of the current version is going (not started, progressing,
 * achieved, dropped), a note where useful, and the next review date (six weeks on unless changed),
 * checked with the core's rules for reviews before sending.
 */
import { Button, Group, Paper, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { reviewCarePlanBodySchema } from "../../../core/api/care-plans.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import { loadCarePlanReview, type CarePlanContent } from "../../../core/support/care-plan.js";
import { goalProgress } from "../../../core/support/vocabulary.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { isolate, useFormat } from "../i18n/format.js";
import { goalProgressLabel } from "../support-vocabulary/labels.js";
import { carePlansApi, type CarePlan } from "./care-plans-api.js";
import { errorsFromProblems, errorsFromSchema, errorsFromServer, type PlanErrors } from "./plan-draft.js";

type Progress = (typeof goalProgress)[number];

/** Weeks to the next review when the reviewer does not choose another date. */
export const defaultReviewWeeks = 6;

interface ReviewFormProps {
  caseId: string;
  version: { version: number; createdOn: string; content: CarePlanContent };
  /** Where each goal stood at the last review, to start from. */
  lastProgress: ReadonlyMap<string, Progress>;
  today: string;
  onSaved: (plan: CarePlan) => void;
  onStale: () => void;
  onCancel: () => void;
}

export function ReviewForm({ caseId, version, lastProgress, today, onSaved, onStale, onCancel }: ReviewFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const goals = version.content.goals;
  const [values, setValues] = useState<Record<string, Progress | "">>(() => Object.fromEntries(goals.map((goal) => [goal.id, lastProgress.get(goal.id) ?? ""])));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [nextReviewOn, setNextReviewOn] = useState(addDays(today, defaultReviewWeeks * 7));
  const [errors, setErrors] = useState<PlanErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const body = {
    planVersion: version.version,
    progress: goals.map((goal) => ({ goalId: goal.id, value: values[goal.id], ...(notes[goal.id]?.trim() ? { note: notes[goal.id] } : {}) })),
    nextReviewOn,
  };

  async function submit(): Promise<void> {
    const parsed = reviewCarePlanBodySchema.safeParse(body);
    const found = errorsFromSchema(parsed, t);
    if (parsed.success) {
      const loaded = loadCarePlanReview({ ...parsed.data, reviewedOn: today, reviewedBy: "me" }, { ...version, createdBy: "" });
      if (!loaded.ok) Object.assign(found, errorsFromProblems(loaded.problems, t));
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFormError(t("errors.checkFields"));
      return;
    }
    setIsBusy(true);
    setFormError(null);
    try {
      onSaved(await carePlansApi.review(caseId, parsed.data));
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "conflict") {
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

  return (
    <Stack gap="md">
      <Text>{t("carePlans.review.intro", { version: version.version })}</Text>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {goals.map((goal, index) => (
          <Paper key={goal.id} withBorder p="sm" component="li">
            <Stack gap="xs">
              <Radio.Group
                label={t("carePlans.review.goalLabel", { number: index + 1, what: isolate(goal.what) })}
                description={t("carePlans.view.targetDate", { date: isolate(format.day(goal.targetDate)) })}
                value={values[goal.id] ?? ""}
                onChange={(value) => setValues((current) => ({ ...current, [goal.id]: goalProgress.find((option) => option === value) ?? "" }))}
                error={errors[`progress.${index}.value`] ?? errors[`progress.${index}.goalId`]}
                required
                withAsterisk={false}
              >
                <Group gap="md" mt={6}>
                  {goalProgress.map((option) => (
                    <Radio key={option} value={option} label={goalProgressLabel(option, t)} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                label={t("carePlans.review.note")}
                value={notes[goal.id] ?? ""}
                onChange={(event) => {
                  const note = event.currentTarget.value;
                  setNotes((current) => ({ ...current, [goal.id]: note }));
                }}
                error={errors[`progress.${index}.note`]}
                autosize
                minRows={1}
                maxLength={2000}
                dir="auto"
              />
            </Stack>
          </Paper>
        ))}
      </Stack>
      {errors.progress && <FormError message={errors.progress} />}
      <TextInput
        type="date"
        label={t("carePlans.review.nextReviewOn")}
        description={t("carePlans.review.nextReviewHint", { weeks: defaultReviewWeeks })}
        value={nextReviewOn}
        min={addDays(today, 1)}
        onChange={(event) => setNextReviewOn(event.currentTarget.value)}
        error={errors.nextReviewOn}
        required
        maw={260}
      />
      <FormError message={formError} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={isBusy}>
          {t("common.cancel")}
        </Button>
        <Button onClick={() => void submit()} loading={isBusy}>
          {t("carePlans.review.save")}
        </Button>
      </Group>
    </Stack>
  );
}
