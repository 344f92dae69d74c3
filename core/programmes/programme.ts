/**
 * A programme is a structured course of support (a recovery programme, a faith-adapted twelve-step
 * programme run with mosques, prevention mentoring) made of ordered phases, each with the criteria
 * to move on. Definitions are data an administrator may change, so each is checked on load and a
 * bad one is refused with a message naming the part that is wrong.
 *
 * An enrolment moves through the phases:
 *
 *   in_phase(0) ──advance──▶ in_phase(1) ──advance──▶ … in_phase(last) ──advance | complete──▶ completed
 *        ▲  │                     │ ▲                          │
 *        │  └── withdraw ──▶ withdrawn(from) ──rejoin──▶ in_phase(from)
 *        └──── step_back (to the previous phase, or a named earlier one) ────┘
 *
 * Moving on needs every criterion of the current phase marked met, or an override with a reason.
 * A step back (usually after a relapse) is an ordinary event with a note, not a failure: relapse is
 * part of recovery, and the record should not read as a judgement of the client.
 *
 * Pure: the caller supplies the definition, the times and the history, and records the result.
 */
import { z } from "zod";

const slug = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Use lower-case letters, digits and underscores, starting with a letter." });
const label = z.string().trim().min(1).max(500);

export const programmeKinds = ["recovery", "faith_adapted_twelve_step", "prevention_mentoring"] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

const criterionSchema = z.strictObject({ id: slug, label });

const phaseSchema = z.strictObject({
  id: slug,
  title: label,
  description: z.string().trim().max(4000),
  /** How long the phase usually takes; a guide for reviews, never a deadline for the client. */
  expectedWeeks: z.number().int().min(1).max(104),
  /** What must be true to move on. A phase with none moves on at the worker's judgement. */
  criteria: z.array(criterionSchema).max(30),
});

const definitionShape = z.strictObject({
  key: slug,
  /** Enrolments record the version they follow, since phases are referred to by position. */
  version: z.number().int().min(1),
  title: label,
  description: z.string().trim().max(4000),
  kind: z.enum(programmeKinds),
  phases: z.array(phaseSchema).min(1, { message: "A programme needs at least one phase." }).max(40),
});

export type ProgrammeDefinition = z.infer<typeof definitionShape>;
export type ProgrammePhase = ProgrammeDefinition["phases"][number];

/** A definition checked for internal consistency; each problem names where it is. */
export const programmeDefinitionSchema = definitionShape.superRefine((definition, context) => {
  const problem = (path: (string | number)[], message: string) => context.addIssue({ code: "custom", path, message });
  const phaseIds = new Set<string>();
  definition.phases.forEach((phase, p) => {
    if (phaseIds.has(phase.id)) problem(["phases", p, "id"], `Phase id "${phase.id}" is used twice.`);
    phaseIds.add(phase.id);
    const criterionIds = new Set<string>();
    phase.criteria.forEach((criterion, c) => {
      if (criterionIds.has(criterion.id)) problem(["phases", p, "criteria", c, "id"], `Phase "${phase.id}" has two criteria with the id "${criterion.id}".`);
      criterionIds.add(criterion.id);
    });
  });
});

/** Checks a definition; answers the definition, or a message per problem naming where it is. */
export function loadProgrammeDefinition(input: unknown): { ok: true; definition: ProgrammeDefinition } | { ok: false; problems: string[] } {
  const parsed = programmeDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(definition)"}: ${issue.message}`) };
}

export const stepBackReasons = ["relapse", "other"] as const;
export const withdrawalReasons = ["moved_away", "chose_to_stop", "referred_elsewhere", "no_contact", "other"] as const;

const note = z.string().trim().min(1).max(4000);
/** Which criteria of the current phase the worker marks met, or an override saying why they are moving on anyway. */
const moveOn = { criteriaMet: z.array(slug).max(30).readonly(), override: z.strictObject({ reason: note }).optional() };

export const enrolmentEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("advance"), ...moveOn }),
  /** `toPhaseId` absent: the previous phase. */
  z.strictObject({ type: z.literal("step_back"), reason: z.enum(stepBackReasons), note, toPhaseId: slug.optional() }),
  z.strictObject({ type: z.literal("complete"), ...moveOn }),
  z.strictObject({ type: z.literal("withdraw"), reason: z.enum(withdrawalReasons), note: note.optional() }),
  z.strictObject({ type: z.literal("rejoin") }),
]);
export type EnrolmentEvent = z.infer<typeof enrolmentEventSchema>;
export type EnrolmentEventType = EnrolmentEvent["type"];

/** Where an enrolment stands. A withdrawn enrolment keeps the phase it left, to rejoin there. */
export type EnrolmentSnapshot =
  | { state: "in_phase"; phaseIndex: number }
  | { state: "withdrawn"; phaseIndex: number }
  | { state: "completed" };
export type EnrolmentState = EnrolmentSnapshot["state"];

export type EnrolmentTransitionResult = { ok: true; next: EnrolmentSnapshot } | { ok: false; reason: string };

/** Every enrolment starts in the first phase. */
export const enrolled: EnrolmentSnapshot = { state: "in_phase", phaseIndex: 0 };

const allowed: Record<EnrolmentState, readonly EnrolmentEventType[]> = {
  in_phase: ["advance", "step_back", "complete", "withdraw"],
  withdrawn: ["rejoin"],
  completed: [],
};

/** The events that may happen to an enrolment, for the UI to offer (criteria are checked on the event itself). */
export function availableEvents(definition: ProgrammeDefinition, current: EnrolmentSnapshot): readonly EnrolmentEventType[] {
  if (current.state !== "in_phase") return allowed[current.state];
  const isLast = current.phaseIndex === definition.phases.length - 1;
  return allowed.in_phase.filter((type) => (type === "step_back" ? current.phaseIndex > 0 : type === "complete" ? isLast : true));
}

const stateInWords = (snapshot: EnrolmentSnapshot) => (snapshot.state === "in_phase" ? "in a phase" : snapshot.state);

/** Moving on from `phase`: refused unless every criterion is marked met or there is an override with a reason. */
function checkMoveOn(phase: ProgrammePhase, event: { criteriaMet: readonly string[]; override?: { reason: string } | undefined }): string | null {
  const known = new Set(phase.criteria.map((criterion) => criterion.id));
  const unknown = event.criteriaMet.filter((id) => !known.has(id));
  if (unknown.length > 0) return `Phase "${phase.title}" has no criterion "${unknown.join('", "')}".`;
  if (event.override) return event.override.reason.trim() === "" ? "An override needs a reason." : null;
  const unmet = phase.criteria.filter((criterion) => !event.criteriaMet.includes(criterion.id));
  if (unmet.length === 0) return null;
  return `Phase "${phase.title}" has criteria not yet met: ${unmet.map((criterion) => criterion.label).join("; ")}. Mark them met, or override with a reason.`;
}

/** The enrolment after `event`, or the reason it cannot happen. */
export function transition(definition: ProgrammeDefinition, current: EnrolmentSnapshot, event: EnrolmentEvent): EnrolmentTransitionResult {
  if (!allowed[current.state].includes(event.type)) {
    return { ok: false, reason: `An enrolment that is ${stateInWords(current)} cannot ${event.type.replace(/_/g, " ")}.` };
  }
  // Not reached (nothing is allowed once completed); narrows the type for what follows.
  if (current.state === "completed") return { ok: false, reason: "An enrolment that is completed cannot change." };
  const { phases } = definition;
  if (!Number.isInteger(current.phaseIndex) || current.phaseIndex < 0 || current.phaseIndex >= phases.length) {
    return { ok: false, reason: `The enrolment is in phase ${current.phaseIndex + 1}, which "${definition.title}" does not have.` };
  }
  if (current.state === "withdrawn") return { ok: true, next: { state: "in_phase", phaseIndex: current.phaseIndex } };

  const phase = phases[current.phaseIndex]!;
  const isLast = current.phaseIndex === phases.length - 1;
  switch (event.type) {
    case "advance": {
      const refusal = checkMoveOn(phase, event);
      if (refusal) return { ok: false, reason: refusal };
      return { ok: true, next: isLast ? { state: "completed" } : { state: "in_phase", phaseIndex: current.phaseIndex + 1 } };
    }
    case "complete": {
      if (!isLast) return { ok: false, reason: `Only the last phase can be completed; the enrolment is in phase ${current.phaseIndex + 1} of ${phases.length}.` };
      const refusal = checkMoveOn(phase, event);
      return refusal ? { ok: false, reason: refusal } : { ok: true, next: { state: "completed" } };
    }
    case "step_back": {
      if (event.note.trim() === "") return { ok: false, reason: "A step back needs a note." };
      if (event.toPhaseId === undefined) {
        if (current.phaseIndex === 0) return { ok: false, reason: "The first phase has no earlier phase to step back to." };
        return { ok: true, next: { state: "in_phase", phaseIndex: current.phaseIndex - 1 } };
      }
      const target = phases.findIndex((candidate) => candidate.id === event.toPhaseId);
      if (target === -1) return { ok: false, reason: `"${definition.title}" has no phase "${event.toPhaseId}".` };
      if (target >= current.phaseIndex) return { ok: false, reason: `Phase "${phases[target]!.title}" is not earlier than the current phase, "${phase.title}".` };
      return { ok: true, next: { state: "in_phase", phaseIndex: target } };
    }
    case "withdraw":
      return { ok: true, next: { state: "withdrawn", phaseIndex: current.phaseIndex } };
    case "rejoin":
      // Not reached: rejoin is allowed only from withdrawn, handled above.
      return { ok: false, reason: "Only a withdrawn enrolment can rejoin." };
  }
}

/** Every reachable snapshot has this shape for its definition; used by the property tests and by the database check. */
export function isValidEnrolment(definition: ProgrammeDefinition, snapshot: EnrolmentSnapshot): boolean {
  if (snapshot.state === "completed") return true;
  return Number.isInteger(snapshot.phaseIndex) && snapshot.phaseIndex >= 0 && snapshot.phaseIndex < definition.phases.length;
}

/** An event as it was recorded, with when it happened. */
export interface TimedEnrolmentEvent {
  at: Date;
  event: EnrolmentEvent;
}

export interface PhaseDuration {
  phaseId: string;
  title: string;
  /** Days in the phase over every visit, to the end of the enrolment (or now). */
  days: number;
  /** Times the phase was entered: on enrolment, by advancing or by stepping back. Rejoining continues a visit. */
  visits: number;
}

/**
 * Days are fractional (a phase of 36 hours is 1.5 days), so that they add up; round for display.
 * `totalDays` is time in the programme, the sum of the phases; time withdrawn is counted apart.
 */
export interface EnrolmentDurations {
  phases: PhaseDuration[];
  /** The phase the client is in now and the days of this visit so far; null once completed or withdrawn. */
  current: { phaseId: string; daysThisVisit: number } | null;
  totalDays: number;
  daysWithdrawn: number;
  stepBacks: number;
}

const millisecondsPerDay = 86_400_000;

/**
 * Durations per phase from an enrolment's history, replayed through `transition`. A history with a
 * refused event or out of date order is refused, naming the event, rather than reported wrongly.
 */
export function phaseDurations(
  definition: ProgrammeDefinition,
  enrolledAt: Date,
  history: readonly TimedEnrolmentEvent[],
  now: Date,
): { ok: true; durations: EnrolmentDurations } | { ok: false; reason: string } {
  if (Number.isNaN(enrolledAt.getTime()) || Number.isNaN(now.getTime())) return { ok: false, reason: "The enrolment date and now must be real dates." };
  const inPhase = definition.phases.map(() => 0);
  const visits = definition.phases.map((_, p) => (p === 0 ? 1 : 0));
  let snapshot = enrolled;
  let since = enrolledAt.getTime();
  let visit = 0;
  let withdrawn = 0;
  let stepBacks = 0;

  // Closes the stretch from `since` to `until` in whatever state the enrolment was in.
  const account = (until: number) => {
    if (snapshot.state === "in_phase") {
      inPhase[snapshot.phaseIndex]! += until - since;
      visit += until - since;
    } else if (snapshot.state === "withdrawn") {
      withdrawn += until - since;
    }
    since = until;
  };

  for (const [i, { at, event }] of history.entries()) {
    const time = at.getTime();
    if (Number.isNaN(time) || time < since) return { ok: false, reason: `Event ${i + 1} (${event.type}) is dated before the one it follows.` };
    const result = transition(definition, snapshot, event);
    if (!result.ok) return { ok: false, reason: `Event ${i + 1} (${event.type}) was refused: ${result.reason}` };
    account(time);
    if (result.next.state === "in_phase" && event.type !== "rejoin") {
      visits[result.next.phaseIndex]! += 1;
      visit = 0;
    }
    if (event.type === "step_back") stepBacks += 1;
    snapshot = result.next;
  }
  if (now.getTime() < since) return { ok: false, reason: "Now is before the last event." };
  // A completed enrolment's clock has stopped; otherwise count on to now.
  if (snapshot.state !== "completed") account(now.getTime());

  const days = (milliseconds: number) => milliseconds / millisecondsPerDay;
  return {
    ok: true,
    durations: {
      phases: definition.phases.map((phase, p) => ({ phaseId: phase.id, title: phase.title, days: days(inPhase[p]!), visits: visits[p]! })),
      current: snapshot.state === "in_phase" ? { phaseId: definition.phases[snapshot.phaseIndex]!.id, daysThisVisit: days(visit) } : null,
      totalDays: days(inPhase.reduce((sum, milliseconds) => sum + milliseconds, 0)),
      daysWithdrawn: days(withdrawn),
      stepBacks,
    },
  };
}
