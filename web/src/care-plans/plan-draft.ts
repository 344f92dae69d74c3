/**
 * A care plan as the form holds it (every input as typed, a worker or a partner chosen, a frequency
 * or "when needed"), turned into the content the core's schema checks, and problems — from that
 * check, from the core's checks across the plan's parts, or from the server — placed on the form's
 * fields by their path in the plan (`goals.0.targetDate`), in the user's language.
 */
import type { TFunction } from "i18next";
import type { z } from "zod";
import type { CarePlanStartingPoints } from "../../../core/api/care-plans.js";
import { addDays } from "../../../core/instruments/reassessment.js";
import type { VulnerabilityDomain } from "../../../core/referrals/vocabulary.js";
import type { frequencyUnits, CarePlanContent } from "../../../core/support/care-plan.js";
import type { barrierKinds } from "../../../core/support/vocabulary.js";
import { translateIssue, translateServerFieldMessage } from "../forms/validation.js";

export type FrequencyUnit = (typeof frequencyUnits)[number];
export type BarrierKind = (typeof barrierKinds)[number];

export interface GoalDraft {
  id: string;
  what: string;
  clientWords: string;
  targetDate: string;
  domain: VulnerabilityDomain | null;
}

export interface BarrierDraft {
  kind: BarrierKind | "";
  description: string;
  howAddressed: string;
}

export interface InterventionDraft {
  id: string;
  typeCode: string;
  deliveredBy: "worker" | "partner";
  workerId: string;
  partnerOrganisation: string;
  isAsNeeded: boolean;
  every: string;
  unit: FrequencyUnit;
  startDate: string;
  endDate: string;
  goalIds: string[];
}

export interface PlanDraft {
  goals: GoalDraft[];
  barriers: BarrierDraft[];
  interventions: InterventionDraft[];
}

/** Problems by their path in the plan, e.g. `interventions.1.deliveredBy.workerId`, or `reason`. */
export type PlanErrors = Record<string, string>;

/** The first id `g1`, `g2`… (or `i1`…) not yet used. */
export function nextId(prefix: string, used: readonly { id: string }[]): string {
  const taken = new Set(used.map((item) => item.id));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** Goals are first aimed at twelve weeks ahead: two reviews' time. */
export const defaultTargetWeeks = 12;

export const emptyGoal = (goals: readonly GoalDraft[], today: string, domain: VulnerabilityDomain | null = null, what = ""): GoalDraft => ({
  id: nextId("g", goals),
  what,
  clientWords: "",
  targetDate: addDays(today, defaultTargetWeeks * 7),
  domain,
});

export const emptyBarrier = (): BarrierDraft => ({ kind: "", description: "", howAddressed: "" });

export const emptyIntervention = (interventions: readonly InterventionDraft[], today: string, options: { typeCode?: string; goalIds?: string[]; isPartner?: boolean } = {}): InterventionDraft => ({
  id: nextId("i", interventions),
  typeCode: options.typeCode ?? "",
  deliveredBy: options.isPartner ? "partner" : "worker",
  workerId: "",
  partnerOrganisation: "",
  isAsNeeded: false,
  every: "1",
  unit: "week",
  startDate: today,
  endDate: "",
  goalIds: options.goalIds ?? [],
});

/** A new plan: a goal for each area the assessment found need in (worded by `goalFor`), or one empty goal. */
export function draftFromStartingPoints(points: Pick<CarePlanStartingPoints, "goals">, today: string, goalFor: (domain: VulnerabilityDomain) => string): PlanDraft {
  const goals: GoalDraft[] = [];
  for (const area of points.goals) goals.push(emptyGoal(goals, today, area.domain, goalFor(area.domain)));
  return { goals: goals.length > 0 ? goals : [emptyGoal([], today)], barriers: [], interventions: [] };
}

/** The current version, ready to revise. */
export function draftFromContent(content: CarePlanContent): PlanDraft {
  return {
    goals: content.goals.map((goal) => ({ id: goal.id, what: goal.what, clientWords: goal.clientWords ?? "", targetDate: goal.targetDate, domain: goal.domain ?? null })),
    barriers: content.barriers.map((barrier) => ({ ...barrier })),
    interventions: content.interventions.map((intervention) => ({
      id: intervention.id,
      typeCode: intervention.typeCode,
      deliveredBy: "workerId" in intervention.deliveredBy ? "worker" : "partner",
      workerId: "workerId" in intervention.deliveredBy ? intervention.deliveredBy.workerId : "",
      partnerOrganisation: "partnerOrganisation" in intervention.deliveredBy ? intervention.deliveredBy.partnerOrganisation : "",
      isAsNeeded: intervention.frequency === "as_needed",
      every: intervention.frequency === "as_needed" ? "1" : String(intervention.frequency.every),
      unit: intervention.frequency === "as_needed" ? "week" : intervention.frequency.unit,
      startDate: intervention.startDate,
      endDate: intervention.endDate ?? "",
      goalIds: [...intervention.goalIds],
    })),
  };
}

/** The plan's content as the API takes it; the core's schema then checks it. */
export function contentOf(draft: PlanDraft): unknown {
  return {
    goals: draft.goals.map((goal) => ({
      id: goal.id,
      what: goal.what,
      ...(goal.clientWords.trim() !== "" ? { clientWords: goal.clientWords } : {}),
      targetDate: goal.targetDate,
      ...(goal.domain ? { domain: goal.domain } : {}),
    })),
    barriers: draft.barriers.map((barrier) => ({ kind: barrier.kind, description: barrier.description, howAddressed: barrier.howAddressed })),
    interventions: draft.interventions.map((intervention) => ({
      id: intervention.id,
      typeCode: intervention.typeCode,
      deliveredBy: intervention.deliveredBy === "worker" ? { workerId: intervention.workerId } : { partnerOrganisation: intervention.partnerOrganisation },
      frequency: intervention.isAsNeeded ? "as_needed" : { every: Number(intervention.every), unit: intervention.unit },
      startDate: intervention.startDate,
      ...(intervention.endDate !== "" ? { endDate: intervention.endDate } : {}),
      goalIds: intervention.goalIds,
    })),
  };
}

/** The core's and the server's own messages for rules across the plan, in the user's language. */
const planMessages: [RegExp, string][] = [
  [/^Intervention type ".*" is not one this organisation uses\.$/, "carePlans.problems.unknownType"],
  [/^Goal ".*" is not in (this plan|version \d+ of the plan)\.$/, "carePlans.problems.unknownGoal"],
  [/^Goal ".*" is listed twice\.$/, "carePlans.problems.goalTwice"],
  [/^Goal ".*" has progress recorded twice\.$/, "carePlans.problems.goalTwice"],
  [/id ".*" is used twice\.$/, "carePlans.problems.idTwice"],
  [/^The target date .* is before the plan's date/, "carePlans.problems.targetBeforePlan"],
  [/^A new goal's target date cannot be before today/, "carePlans.problems.targetInPast"],
  [/^The end date .* is before the start date/, "carePlans.problems.endBeforeStart"],
  [/^This person cannot see this case/, "carePlans.problems.workerCannotSee"],
  [/^Say which goal the intervention serves\.$/, "carePlans.problems.chooseGoal"],
  [/^A care plan needs at least one goal\.$/, "carePlans.problems.needGoal"],
  [/^Goal ".*" has no progress recorded\.$/, "carePlans.problems.noProgress"],
  [/^The next review must be after this one/, "carePlans.problems.reviewNotAfter"],
  [/^The next review must be within/, "carePlans.problems.reviewTooFar"],
  [/^Cannot be in the future\.$/, "carePlans.problems.future"],
];

export function translatePlanMessage(message: string, t: TFunction): string {
  const known = planMessages.find(([pattern]) => pattern.test(message));
  return known ? t(known[1]) : translateServerFieldMessage(message, t);
}

/** `body.content.goals.0.what` or `content.goals.0.what` → `goals.0.what`. */
export const planPathOf = (path: string): string => path.replace(/^(body|query|params)\./, "").replace(/^content\./, "");

/** The schema's problems, by field; the first problem of each field is kept. */
export function errorsFromSchema(result: z.ZodSafeParseResult<unknown>, t: TFunction): PlanErrors {
  if (result.success) return {};
  const errors: PlanErrors = {};
  for (const issue of result.error.issues) {
    const path = planPathOf(issue.path.map(String).join("."));
    errors[path] ??= issue.code === "custom" ? translatePlanMessage(issue.message, t) : translateIssue(issue, t);
  }
  return errors;
}

/** The core's `path: message` problems (loadCarePlan, loadCarePlanReview), by field. */
export function errorsFromProblems(problems: readonly string[], t: TFunction): PlanErrors {
  const errors: PlanErrors = {};
  for (const problem of problems) {
    const at = problem.indexOf(": ");
    const path = at > 0 && !problem.startsWith("(") ? problem.slice(0, at) : "";
    errors[path] ??= translatePlanMessage(at > 0 ? problem.slice(at + 2) : problem, t);
  }
  return errors;
}

export function errorsFromServer(fields: readonly { path: string; message: string }[], t: TFunction): PlanErrors {
  const errors: PlanErrors = {};
  for (const field of fields) errors[planPathOf(field.path)] ??= translatePlanMessage(field.message, t);
  return errors;
}
