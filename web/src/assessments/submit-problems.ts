/**
 * What stops a draft being submitted, in the order a person meets it on the page: each required
 * item that is shown but unanswered, a wrong answer, then (for the cross-vulnerability toolkit) the
 * tier and its written rationale. Found on this side before sending, and read back from the
 * server's refusal (`answers.<itemId>`, `tierDecision…`) in the same shape.
 */
import { tierDecisionSchema } from "../../../core/api/assessments.js";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import { checkAnswers, type Answers } from "../../../core/instruments/score.js";
import type { SupportTier } from "../../../core/instruments/suggest-tier.js";
import type { ApiFieldError } from "../api/api-error.js";

export type ProblemTarget = { kind: "item"; itemId: string } | { kind: "tier" } | { kind: "rationale" };

export interface SubmitProblem {
  target: ProblemTarget;
  /** A catalogue key, or null when only the server's own words (`message`) say what is wrong. */
  key: "assessments.form.problems.unanswered" | "assessments.form.problems.invalid" | "assessments.form.problems.tier" | "assessments.form.problems.rationale" | null;
  message?: string;
}

export interface TierDecisionDraft {
  tier: SupportTier | null;
  rationale: string;
}

const unansweredMessage = "Answer this question.";

function itemProblem(itemId: string, message: string): SubmitProblem {
  return message === unansweredMessage
    ? { target: { kind: "item", itemId }, key: "assessments.form.problems.unanswered" }
    : { target: { kind: "item", itemId }, key: "assessments.form.problems.invalid", message };
}

function decisionProblems(decision: TierDecisionDraft): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  if (decision.tier === null) problems.push({ target: { kind: "tier" }, key: "assessments.form.problems.tier" });
  if (!tierDecisionSchema.shape.rationale.safeParse(decision.rationale).success) {
    problems.push({ target: { kind: "rationale" }, key: "assessments.form.problems.rationale" });
  }
  return problems;
}

/** Problems found here, before sending: the core's own check of the answers, and the decision if one is needed. */
export function localProblems(definition: InstrumentDefinition, answers: Answers, decision: TierDecisionDraft | null): SubmitProblem[] {
  const problems = checkAnswers(definition, answers, { isSubmitting: true }).map((problem) => itemProblem(problem.itemId, problem.message));
  return ordered(definition, [...problems, ...(decision ? decisionProblems(decision) : [])]);
}

/** The server's field errors as problems; paths may carry the `body.` prefix. */
export function serverProblems(definition: InstrumentDefinition, fields: readonly ApiFieldError[], decision: TierDecisionDraft | null): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  for (const field of fields) {
    const path = field.path.replace(/^body\./, "");
    const item = /^answers\.([^.]+)/.exec(path);
    if (item?.[1]) problems.push(itemProblem(item[1], field.message));
    else if (path === "tierDecision.tier") problems.push({ target: { kind: "tier" }, key: "assessments.form.problems.tier" });
    else if (path === "tierDecision.rationale") problems.push({ target: { kind: "rationale" }, key: "assessments.form.problems.rationale" });
    else if (path.startsWith("tierDecision")) problems.push(...decisionProblems(decision ?? { tier: null, rationale: "" }));
  }
  return ordered(definition, dedupe(problems));
}

const targetKey = (target: ProblemTarget): string => (target.kind === "item" ? `item:${target.itemId}` : target.kind);

function dedupe(problems: SubmitProblem[]): SubmitProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = targetKey(problem.target);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Items in page order, then the tier, then the rationale (the decision panel follows the questions). */
function ordered(definition: InstrumentDefinition, problems: SubmitProblem[]): SubmitProblem[] {
  const order = definition.sections.flatMap((section) => section.items.map((item) => `item:${item.id}`));
  const rank = (problem: SubmitProblem) => {
    const key = targetKey(problem.target);
    const index = order.indexOf(key);
    if (index !== -1) return index;
    return order.length + (key === "tier" ? 0 : key === "rationale" ? 1 : 2);
  };
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/** Problems keyed by target, for showing each one beside its field. */
export function problemsByTarget(problems: readonly SubmitProblem[]): ReadonlyMap<string, SubmitProblem> {
  return new Map(problems.map((problem) => [targetKey(problem.target), problem]));
}
export { targetKey };
