/**
 * Filling in a draft: the date it was done, each section's questions, flags as soon as an answer
 * raises one, live scores beside the form, and for the toolkit the tier decision. Autosaves as it
 * goes. Submitting checks here first and then on the server; either way the problems are listed
 * above the form, each linking to its question.
 */
import { Button, Grid, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import { scoreInstrument, type FlagResult } from "../../../core/instruments/score.js";
import { suggestTier } from "../../../core/instruments/suggest-tier.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { localIsoDate } from "../i18n/format.js";
import { assessmentsApi, type AssessmentDetail } from "./assessments-api.js";
import { DiscardDraft } from "./discard-draft.js";
import { FlagAlerts } from "./flag-alerts.js";
import { answersToSave, withAnswer, type FormAnswers } from "./form-answers.js";
import { FormSections } from "./form-sections.js";
import { LivePanel } from "./live-panel.js";
import { fieldProblemText, ProblemSummary } from "./problem-summary.js";
import { SaveProblem, SaveStatusLine } from "./save-status.js";
import { isToolkit, itemsById } from "./stored-definition.js";
import { localProblems, problemsByTarget, serverProblems, type SubmitProblem, type TierDecisionDraft } from "./submit-problems.js";
import { TierDecisionPanel } from "./tier-decision-panel.js";
import { useAutosave } from "./use-autosave.js";

interface AssessmentFormProps {
  assessment: AssessmentDetail;
  definition: InstrumentDefinition;
  onSubmitted: (next: AssessmentDetail) => void;
  onReload: () => void;
}

/** Flags an item's answer raises, by item, so each shows beside its question. */
function flagsByItem(definition: InstrumentDefinition, raised: readonly FlagResult[]): Map<string, FlagResult[]> {
  const byItem = new Map<string, FlagResult[]>();
  for (const flag of raised) {
    const when = definition.flags.find((candidate) => candidate.id === flag.id)?.when;
    if (when && "itemId" in when) byItem.set(when.itemId, [...(byItem.get(when.itemId) ?? []), flag]);
  }
  return byItem;
}

export function AssessmentForm({ assessment, definition, onSubmitted, onReload }: AssessmentFormProps) {
  const { t } = useTranslation();
  const hasDecision = isToolkit(assessment.instrument.key);
  const [form, setForm] = useState<FormAnswers>(assessment.answers);
  const [assessedOn, setAssessedOn] = useState(assessment.assessedOn);
  const [decision, setDecision] = useState<TierDecisionDraft>(assessment.tierDecision ?? { tier: null, rationale: "" });
  const [problems, setProblems] = useState<SubmitProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const answers = useMemo(() => answersToSave(definition, form), [definition, form]);
  const result = useMemo(() => scoreInstrument(definition, answers), [definition, answers]);
  const suggestion = useMemo(() => (hasDecision ? suggestTier(answers) : null), [hasDecision, answers]);
  const shownItemIds = useMemo(() => new Set(result.shownItemIds), [result]);
  const items = useMemo(() => itemsById(definition), [definition]);
  const requiresApproval = assessment.requiresApproval;
  const autosave = useAutosave(assessment.id, assessment.version, { answers, assessedOn, tierDecision: hasDecision ? decision : null });

  // A problem stays listed until its question is answered (or the decision made).
  const open = problems.filter((problem) => {
    if (problem.target.kind === "item") return problem.key !== "assessments.form.problems.unanswered" || answers[problem.target.itemId] === undefined;
    if (problem.target.kind === "tier") return decision.tier === null;
    return localProblems(definition, {}, decision).some((candidate) => candidate.target.kind === "rationale");
  });
  const openByTarget = problemsByTarget(open);
  const errorFor = (key: string) => {
    const problem = openByTarget.get(key);
    return problem ? fieldProblemText(problem, t) : null;
  };

  async function submit(): Promise<void> {
    setSubmitError(null);
    const found = localProblems(definition, answers, hasDecision ? decision : null);
    if (found.length > 0) {
      setProblems(found);
      setAttempt((count) => count + 1);
      return;
    }
    setIsSubmitting(true);
    try {
      const submitted = await autosave.finish((body) => assessmentsApi.submit(assessment.id, body));
      if (submitted) onSubmitted(submitted);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setProblems(serverProblems(definition, error.fields, hasDecision ? decision : null));
        setAttempt((count) => count + 1);
      } else setSubmitError(errorMessage(error, t));
    } finally {
      setIsSubmitting(false);
    }
  }

  const answeredShown = result.shownItemIds.filter((id) => answers[id] !== undefined).length;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          <ProblemSummary problems={open} items={items} attempt={attempt} />
          <FlagAlerts flags={result.flags} />
          <SaveProblem status={autosave.status} onRetry={() => void autosave.saveNow()} onReload={onReload} />
          <TextInput
            type="date"
            label={t("assessments.form.assessedOn")}
            description={t("assessments.form.assessedOnHint")}
            value={assessedOn}
            max={localIsoDate(new Date())}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setAssessedOn(value);
            }}
            w={{ base: "100%", xs: 340 }}
          />
          <Text size="sm" c="dimmed">
            {t("assessments.form.keysHint")}
          </Text>
          <FormSections
            definition={definition}
            form={form}
            shownItemIds={shownItemIds}
            flagsByItem={flagsByItem(definition, result.flags)}
            problems={openByTarget}
            onAnswer={(itemId, value) => setForm((current) => withAnswer(current, itemId, value))}
          />
          {suggestion && (
            <TierDecisionPanel suggestion={suggestion} decision={decision} onChange={setDecision} tierError={errorFor("tier")} rationaleError={errorFor("rationale")} />
          )}
          <FormError message={submitError} />
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm">
              <Button onClick={() => void submit()} loading={isSubmitting}>
                {t(requiresApproval ? "assessments.form.submitForApproval" : "assessments.form.submit")}
              </Button>
              <SaveStatusLine status={autosave.status} isAnnounced={false} />
            </Group>
            {assessment.abilities.discard && <DiscardDraft assessment={assessment} />}
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <div className="live-panel-holder">
          <LivePanel
            status={autosave.status}
            result={result}
            suggestedTier={suggestion?.tier ?? null}
            hasJudgements={definition.sections.some((section) => section.items.some((item) => item.type === "judgement"))}
            answered={answeredShown}
            shown={result.shownItemIds.length}
          />
        </div>
      </Grid.Col>
    </Grid>
  );
}
