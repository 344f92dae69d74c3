/**
 * When an instrument should be given again on a case, from the organisation's schedule for it (e.g.
 * the Treatment Outcomes Profile at the start, every 12 weeks and at exit). Pure: dates are ISO
 * calendar dates (`YYYY-MM-DD`) and the caller says what today is.
 *
 * - **start**: never given on this case → due two weeks after the case opened;
 * - **interval**: due `everyWeeks` after the latest one, shown from a week before;
 * - **exit**: the case is in review (the step before closing) and it was not given in the last two
 *   weeks → due now.
 *
 * At most one reminder per instrument (start, then exit, then interval); none on a closed case.
 */
import type { InstrumentDefinition } from "./definition.js";

export interface ReassessmentSchedule {
  atStart: boolean;
  everyWeeks: number | null;
  atExit: boolean;
}

export interface InstrumentSettingsValue {
  isEnabled: boolean;
  requiresApproval: boolean;
  schedule: ReassessmentSchedule;
}

export interface ReassessmentDue {
  reason: "start" | "interval" | "exit";
  dueOn: string;
  isOverdue: boolean;
}

const startWithinDays = 14;
const exitWithinDays = 14;
const showIntervalBeforeDays = 7;

const dayMs = 24 * 60 * 60 * 1000;
const toDay = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs;
const fromDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => fromDay(toDay(date) + days);

export function reassessmentDue(input: {
  schedule: ReassessmentSchedule;
  caseState: string;
  caseOpenedOn: string;
  /** The dates it was given on this case (submitted responses, not drafts or returned ones). */
  givenOn: readonly string[];
  today: string;
}): ReassessmentDue | null {
  const { schedule, today } = input;
  if (input.caseState === "closed") return null;
  const latest = input.givenOn.length > 0 ? input.givenOn.reduce((a, b) => (a > b ? a : b)) : null;
  if (schedule.atStart && latest === null) {
    const dueOn = addDays(input.caseOpenedOn, startWithinDays);
    return { reason: "start", dueOn, isOverdue: today > dueOn };
  }
  if (schedule.atExit && input.caseState === "review" && (latest === null || toDay(today) - toDay(latest) > exitWithinDays)) {
    return { reason: "exit", dueOn: today, isOverdue: false };
  }
  if (schedule.everyWeeks !== null && latest !== null) {
    const dueOn = addDays(latest, schedule.everyWeeks * 7);
    if (toDay(today) >= toDay(dueOn) - showIntervalBeforeDays) return { reason: "interval", dueOn, isOverdue: today > dueOn };
  }
  return null;
}

/**
 * An organisation's settings for an instrument it has not configured: every instrument offered;
 * vulnerability assessments approved by a manager; the TOP at start, every 12 weeks and at exit,
 * and the cross-vulnerability assessment at the start and every 12 weeks (the review cycle).
 */
export function defaultInstrumentSettings(definition: Pick<InstrumentDefinition, "key" | "kind">): InstrumentSettingsValue {
  const schedules: Record<string, ReassessmentSchedule> = {
    top: { atStart: true, everyWeeks: 12, atExit: true },
    cross_vulnerability: { atStart: true, everyWeeks: 12, atExit: false },
  };
  return {
    isEnabled: true,
    requiresApproval: definition.kind === "vulnerability",
    schedule: schedules[definition.key] ?? { atStart: false, everyWeeks: null, atExit: false },
  };
}
