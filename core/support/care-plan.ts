/**
 * Care plans (issue 6): the goals a client works towards, the barriers in the way and how each is
 * addressed, and the interventions that serve the goals. A plan is never edited in place: each change
 * is a new version and the earlier ones are kept. A review records progress on every goal of the
 * version it reviews and sets the next review date. Closing a case records its outcomes, each with a
 * date and evidence, which the social-value engine values later.
 *
 * Pure: the caller supplies the history, the dates and the organisation's vocabulary, and stores
 * what comes back. Dates are calendar dates written `YYYY-MM-DD`, which compare as strings.
 */
import { z } from "zod";
import { vulnerabilityDomainSchema } from "../referrals/vocabulary.js";
import { barrierKinds, goalProgress } from "./vocabulary.js";

const isoDate = z.iso.date({ message: "Use a real date written YYYY-MM-DD." });
const code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Use lower-case letters, digits and underscores, starting with a letter." });
const itemId = z.string().trim().min(1, { message: "Give an id." }).max(64);
const text = (max: number, message: string) => z.string().trim().min(1, { message }).max(max, { message: `Keep this to ${max.toLocaleString("en-GB")} characters or fewer.` });

const goalSchema = z.strictObject({
  id: itemId,
  /** Specific: what will be different, in the worker's words. */
  what: text(1000, "Say what the goal is."),
  /** The client's own words for the goal, when they gave them. */
  clientWords: text(2000, "Leave out the client's words rather than sending them empty.").optional(),
  targetDate: isoDate,
  domain: vulnerabilityDomainSchema.optional(),
});

const barrierSchema = z.strictObject({
  kind: z.enum(barrierKinds),
  description: text(2000, "Describe the barrier."),
  howAddressed: text(2000, "Say how the barrier is addressed."),
});

/** Exactly one of the organisation's workers (a user id) or a named partner organisation. */
const deliveredBySchema = z.union([z.strictObject({ workerId: itemId }), z.strictObject({ partnerOrganisation: text(200, "Name the partner organisation.") })], {
  error: "Name either a worker (workerId) or a partner organisation (partnerOrganisation), not both.",
});

export const frequencyUnits = ["day", "week", "month"] as const;
const frequencySchema = z.union([z.strictObject({ every: z.number().int({ message: "Use a whole number." }).min(1, { message: "Use at least 1." }).max(52, { message: "Use at most 52." }), unit: z.enum(frequencyUnits) }), z.literal("as_needed")], {
  error: 'Give a frequency such as { every: 2, unit: "week" }, or "as_needed".',
});

const interventionSchema = z.strictObject({
  id: itemId,
  /** One of `defaultInterventionTypes` or a type the organisation added; checked on load. */
  typeCode: code,
  deliveredBy: deliveredBySchema,
  frequency: frequencySchema,
  startDate: isoDate,
  endDate: isoDate.optional(),
  goalIds: z.array(itemId).min(1, { message: "Say which goal the intervention serves." }).max(50),
});

/** What a plan says. The same schema validates the API and the web form; `loadCarePlan` adds the checks across parts. */
export const carePlanContentSchema = z.strictObject({
  goals: z.array(goalSchema).min(1, { message: "A care plan needs at least one goal." }).max(50),
  barriers: z.array(barrierSchema).max(50),
  interventions: z.array(interventionSchema).max(50),
});
export type CarePlanContent = z.infer<typeof carePlanContentSchema>;
export type CarePlanGoal = CarePlanContent["goals"][number];
export type CarePlanIntervention = CarePlanContent["interventions"][number];

type Result<K extends string, T> = ({ ok: true } & Record<K, T>) | { ok: false; problems: string[] };
type Path = (string | number)[];
const at = (path: Path, message: string, whole = "(plan)") => `${path.join(".") || whole}: ${message}`;
const schemaProblems = (error: z.ZodError, whole?: string) => error.issues.map((issue) => at(issue.path.filter((part) => typeof part !== "symbol"), issue.message, whole));

/** Each problem of a list of items with ids: an id used twice. */
function duplicateIds(items: readonly { id: string }[], where: string, noun: string): string[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const problem = seen.has(item.id) ? [at([where, i, "id"], `${noun} id "${item.id}" is used twice.`)] : [];
    seen.add(item.id);
    return problem;
  });
}

/**
 * Checks a plan as submitted on `planDate` (the date of the version it will become); answers the
 * plan, or a message per problem naming where it is, e.g.
 * `interventions.1.goalIds.0: Goal "g9" is not in this plan.`
 */
export function loadCarePlan(input: unknown, options: { knownInterventionTypes: readonly string[]; planDate: string }): Result<"plan", CarePlanContent> {
  if (!isoDate.safeParse(options.planDate).success) return { ok: false, problems: [at([], "The plan date must be a real date written YYYY-MM-DD.")] };
  const parsed = carePlanContentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const plan = parsed.data;
  const goalIds = new Set(plan.goals.map((goal) => goal.id));
  const known = new Set(options.knownInterventionTypes);
  const problems = [...duplicateIds(plan.goals, "goals", "Goal"), ...duplicateIds(plan.interventions, "interventions", "Intervention")];
  plan.goals.forEach((goal, g) => {
    if (goal.targetDate < options.planDate) problems.push(at(["goals", g, "targetDate"], `The target date ${goal.targetDate} is before the plan's date, ${options.planDate}.`));
  });
  plan.interventions.forEach((intervention, i) => {
    if (!known.has(intervention.typeCode)) problems.push(at(["interventions", i, "typeCode"], `Intervention type "${intervention.typeCode}" is not one this organisation uses.`));
    if (intervention.endDate !== undefined && intervention.endDate < intervention.startDate) {
      problems.push(at(["interventions", i, "endDate"], `The end date ${intervention.endDate} is before the start date, ${intervention.startDate}.`));
    }
    const served = new Set<string>();
    intervention.goalIds.forEach((goalId, g) => {
      if (!goalIds.has(goalId)) problems.push(at(["interventions", i, "goalIds", g], `Goal "${goalId}" is not in this plan.`));
      else if (served.has(goalId)) problems.push(at(["interventions", i, "goalIds", g], `Goal "${goalId}" is listed twice.`));
      served.add(goalId);
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}

/** One version of a case's plan as stored. Versions are numbered from 1 with no gaps. */
export interface CarePlanVersion {
  version: number;
  content: CarePlanContent;
  createdOn: string;
  createdBy: string;
  /** Why the plan changed; absent on the first version. */
  reason?: string;
}

/**
 * The next version of a plan from the versions so far (oldest first) and content already checked by
 * `loadCarePlan`; with no versions, the first. Returns the new record for the caller to store: the
 * earlier versions are never changed, and the new one shares nothing with the content passed in.
 */
export function reviseCarePlan(
  previousVersions: readonly CarePlanVersion[],
  newContent: CarePlanContent,
  meta: { by: string; on: string; reason?: string },
): Result<"version", CarePlanVersion> {
  const problems: string[] = [];
  previousVersions.forEach((previous, i) => {
    if (previous.version !== i + 1) problems.push(`The history has version ${previous.version} where version ${i + 1} should be.`);
  });
  const latest = previousVersions.at(-1);
  if (!isoDate.safeParse(meta.on).success) problems.push("The date of the change must be a real date written YYYY-MM-DD.");
  else if (latest && meta.on < latest.createdOn) problems.push(`The change is dated ${meta.on}, before version ${latest.version} (${latest.createdOn}).`);
  if (meta.by.trim() === "") problems.push("Say who changed the plan.");
  const reason = meta.reason?.trim() ?? "";
  if (latest && reason === "") problems.push("Say why the plan changed.");
  if (problems.length > 0) return { ok: false, problems };
  const version: CarePlanVersion = { version: previousVersions.length + 1, content: structuredClone(newContent), createdOn: meta.on, createdBy: meta.by };
  return { ok: true, version: latest ? { ...version, reason } : version };
}

/** The longest gap a review may set before the next one. */
export const maxWeeksBetweenReviews = 26;

export const carePlanReviewSchema = z.strictObject({
  /** The plan version reviewed; every goal in it gets exactly one progress value. */
  planVersion: z.number().int().min(1),
  reviewedOn: isoDate,
  reviewedBy: itemId,
  progress: z.array(z.strictObject({ goalId: itemId, value: z.enum(goalProgress), note: text(2000, "Leave out the note rather than sending it empty.").optional() })).max(50),
  nextReviewOn: isoDate,
});
export type CarePlanReview = z.infer<typeof carePlanReviewSchema>;

/** Each problem of `review` against the plan version it reviews, naming where it is; none means it may be recorded. */
export function checkReview(review: CarePlanReview, version: CarePlanVersion): string[] {
  const problems: string[] = [];
  if (review.planVersion !== version.version) problems.push(at(["planVersion"], `The review is of version ${review.planVersion}, but this is version ${version.version}.`));
  if (review.reviewedOn < version.createdOn) problems.push(at(["reviewedOn"], `The review is dated ${review.reviewedOn}, before version ${version.version} of the plan (${version.createdOn}).`));
  const goalIds = new Set(version.content.goals.map((goal) => goal.id));
  const seen = new Set<string>();
  review.progress.forEach(({ goalId }, i) => {
    if (!goalIds.has(goalId)) problems.push(at(["progress", i, "goalId"], `Goal "${goalId}" is not in version ${version.version} of the plan.`));
    else if (seen.has(goalId)) problems.push(at(["progress", i, "goalId"], `Goal "${goalId}" has progress recorded twice.`));
    seen.add(goalId);
  });
  for (const goal of version.content.goals) {
    if (!seen.has(goal.id)) problems.push(at(["progress"], `Goal "${goal.id}" has no progress recorded.`));
  }
  const latest = addDays(review.reviewedOn, maxWeeksBetweenReviews * 7);
  if (review.nextReviewOn <= review.reviewedOn) problems.push(at(["nextReviewOn"], `The next review must be after this one (${review.reviewedOn}).`));
  else if (review.nextReviewOn > latest) problems.push(at(["nextReviewOn"], `The next review must be within ${maxWeeksBetweenReviews} weeks of this one (by ${latest}).`));
  return problems;
}

/** Checks a submitted review against the version it reviews; answers the review or the problems. */
export function loadCarePlanReview(input: unknown, version: CarePlanVersion): Result<"review", CarePlanReview> {
  const parsed = carePlanReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = checkReview(parsed.data, version);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, review: parsed.data };
}

export interface GoalSummary {
  goalId: string;
  /** The goal's wording in the latest version that has it. */
  what: string;
  targetDate: string;
  firstVersion: number;
  /** The version that removed the goal from the plan; null while it is in the latest version. Its history is kept either way. */
  droppedFromPlanInVersion: number | null;
  /** The latest progress recorded; null until a review records one. */
  progress: (typeof goalProgress)[number] | null;
  note: string | null;
  /** The review at which the progress last changed value; null until a review records one. */
  progressChangedOn: string | null;
}

/** Reviews oldest first; the sort is stable, so reviews on the same day keep the caller's order. */
const byReviewDate = (reviews: readonly CarePlanReview[]) => [...reviews].sort((a, b) => (a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0));

/** Every goal that has been in the plan (in order of first appearance), where it stands and whether it is still in the plan. */
export function goalsSummary(versions: readonly CarePlanVersion[], reviews: readonly CarePlanReview[]): GoalSummary[] {
  const summaries = new Map<string, GoalSummary>();
  let previous = new Set<string>();
  for (const { version, content } of versions) {
    const current = new Set(content.goals.map((goal) => goal.id));
    for (const goal of content.goals) {
      const summary = summaries.get(goal.id);
      if (summary) Object.assign(summary, { what: goal.what, targetDate: goal.targetDate, droppedFromPlanInVersion: null });
      else summaries.set(goal.id, { goalId: goal.id, what: goal.what, targetDate: goal.targetDate, firstVersion: version, droppedFromPlanInVersion: null, progress: null, note: null, progressChangedOn: null });
    }
    for (const goalId of previous) {
      if (!current.has(goalId)) summaries.get(goalId)!.droppedFromPlanInVersion = version;
    }
    previous = current;
  }
  for (const review of byReviewDate(reviews)) {
    for (const { goalId, value, note } of review.progress) {
      const summary = summaries.get(goalId);
      if (!summary) continue;
      if (summary.progress !== value) summary.progressChangedOn = review.reviewedOn;
      summary.progress = value;
      summary.note = note ?? null;
    }
  }
  return [...summaries.values()];
}

/**
 * When the plan is next due a review: the date the latest review set, or `defaultWeeks` after the
 * plan was created when none has been held. Due today is not overdue; the day after is.
 */
export function nextReviewDue(
  reviews: readonly CarePlanReview[],
  planCreatedOn: string,
  today: string,
  defaultWeeks = 6,
): { dueOn: string; isOverdue: boolean; daysOverdue: number } {
  const latest = byReviewDate(reviews).at(-1);
  const dueOn = latest ? latest.nextReviewOn : addDays(planCreatedOn, defaultWeeks * 7);
  const daysOverdue = Math.max(0, daysBetween(dueOn, today));
  return { dueOn, isOverdue: daysOverdue > 0, daysOverdue };
}

/** An outcome recorded when a case closes: what was achieved, when, and what shows it. */
export const closureOutcomeSchema = z.strictObject({
  /** One of `defaultClosureOutcomes` or a code the organisation added. */
  code,
  achievedOn: isoDate,
  evidence: text(2000, "Say what shows the outcome was achieved."),
});
export type ClosureOutcome = z.infer<typeof closureOutcomeSchema>;

/** Checks the outcomes of a closing case: known codes, each once, none dated after `today`. */
export function loadClosureOutcomes(input: unknown, options: { knownOutcomeCodes: readonly string[]; today: string }): Result<"outcomes", ClosureOutcome[]> {
  const parsed = z.array(closureOutcomeSchema).max(50).safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, "(outcomes)") };
  const known = new Set(options.knownOutcomeCodes);
  const seen = new Set<string>();
  const problems: string[] = [];
  parsed.data.forEach((outcome, i) => {
    if (!known.has(outcome.code)) problems.push(at([i, "code"], `Outcome "${outcome.code}" is not one this organisation records.`));
    else if (seen.has(outcome.code)) problems.push(at([i, "code"], `Outcome "${outcome.code}" is recorded twice.`));
    seen.add(outcome.code);
    if (outcome.achievedOn > options.today) problems.push(at([i, "achievedOn"], `The date ${outcome.achievedOn} is in the future.`));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, outcomes: parsed.data };
}

const millisecondsPerDay = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / millisecondsPerDay;
function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * millisecondsPerDay).toISOString().slice(0, 10);
}
/** Days from `from` to `to`; negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
