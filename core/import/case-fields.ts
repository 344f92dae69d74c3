/**
 * Importing cases from a spreadsheet: the fields, the headers a sheet would use, and the check of
 * one row. A case names its client (and, if it has one, its referral) by the other sheets' own
 * references. Where the case stands is reached through the case state machine as the app would
 * reach it (opened in assessment, support begun at a tier, reviewed, closed with a reason and an
 * outcome), so a row whose state cannot be reached that way is refused, not stored as written.
 */
import { displayTextSchema } from "../api/common.js";
import { caseStates, closureOutcomes, closureReasons, supportTiers, transition, type CaseEvent, type CaseState, type CaseSnapshot } from "../cases/case-state-machine.js";
import { cellReader, type ImportKindDefinition } from "./cells.js";

export const caseImportFields = ["reference", "clientReference", "referralReference", "openedDate", "state", "tier", "closedDate", "closureReason", "closureOutcome"] as const;
export type CaseImportField = (typeof caseImportFields)[number];

const required: readonly CaseImportField[] = ["reference", "clientReference", "openedDate"];

const headerWords: Record<CaseImportField, readonly string[]> = {
  reference: ["case reference", "case ref", "case id", "case number", "reference", "ref", "id"],
  clientReference: ["client reference", "client ref", "client id", "client number"],
  referralReference: ["referral reference", "referral ref", "referral id", "referral number"],
  openedDate: ["date opened", "opened", "opened date", "open date", "start date", "case opened"],
  state: ["state", "status", "case status", "case state", "stage"],
  tier: ["tier", "support tier", "support level", "level of support"],
  closedDate: ["date closed", "closed", "closed date", "close date", "end date", "case closed"],
  closureReason: ["closure reason", "reason for closure", "reason closed", "closing reason"],
  closureOutcome: ["closure outcome", "outcome", "outcome at closure", "closing outcome"],
};

/** A step from opening to where the case stands, and the day it happened. */
export interface CaseStep {
  event: CaseEvent;
  day: string;
}

/** A case row that passed its checks. */
export interface ImportedCase {
  reference: string;
  clientReference: string;
  referralReference: string | null;
  openedDate: string;
  /** The transitions after opening, in order; the last leaves the case in the state the row gave. */
  steps: CaseStep[];
}

/** The events that take a newly opened case to `state` (null when no path exists with what the row gives). */
export function stepsTo(state: CaseState, row: { tier: CaseSnapshot["tier"]; openedDate: string; closedDate: string | null; closure: { reason: (typeof closureReasons)[number]; outcome: (typeof closureOutcomes)[number] } | null }): CaseStep[] {
  const steps: CaseStep[] = [];
  if (state !== "assessment" && row.tier !== null) steps.push({ event: { type: "begin_support", tier: row.tier }, day: row.openedDate });
  if (state === "review") steps.push({ event: { type: "start_review" }, day: row.openedDate });
  if (state === "closed" && row.closure && row.closedDate) steps.push({ event: { type: "close", ...row.closure }, day: row.closedDate });
  return steps;
}

/** Whether the state machine accepts every step in turn, ending in `state`. */
export function reaches(steps: readonly CaseStep[], state: CaseState): boolean {
  let snapshot: CaseSnapshot = { state: "assessment", tier: null };
  for (const step of steps) {
    const result = transition(snapshot, step.event);
    if (!result.ok) return false;
    snapshot = result.next;
  }
  return snapshot.state === state;
}

const referenceSchema = displayTextSchema(50);

export const caseImport: ImportKindDefinition<CaseImportField, ImportedCase> = {
  kind: "cases",
  fields: caseImportFields,
  required,
  headerWords,
  check(cells, context) {
    const read = cellReader(cells, required);
    const reference = read.text("reference", referenceSchema);
    const clientReference = read.text("clientReference", referenceSchema);
    const referralReference = read.text("referralReference", referenceSchema);
    const openedDate = read.day("openedDate", context.today);
    const state = read.code("state", caseStates, "assessment");
    const tier = read.value("tier") === null ? null : read.code("tier", supportTiers, "low_level");
    const closedDate = read.day("closedDate", context.today);
    const reason = read.value("closureReason") === null ? null : read.code("closureReason", closureReasons, "other");
    const outcome = read.value("closureOutcome") === null ? null : read.code("closureOutcome", closureOutcomes, "not_known");
    // Active and under review are at a tier; a closed case may have closed from assessment, without one.
    if ((state === "active" || state === "review") && tier === null && read.value("tier") === null) read.problem("tier", "required");
    if (state === "assessment" && tier !== null) read.problem("tier", "not_allowed");
    if (state === "closed") {
      if (read.value("closedDate") === null) read.problem("closedDate", "required");
      if (read.value("closureReason") === null) read.problem("closureReason", "required");
      if (read.value("closureOutcome") === null) read.problem("closureOutcome", "required");
    } else {
      for (const field of ["closedDate", "closureReason", "closureOutcome"] as const) if (read.value(field) !== null) read.problem(field, "not_allowed");
    }
    if (closedDate !== null && openedDate !== null && closedDate < openedDate) read.problem("closedDate", "before_start");
    if (read.problems.length > 0 || reference === null || clientReference === null || openedDate === null) return { row: null, problems: read.problems };
    const steps = stepsTo(state, { tier, openedDate, closedDate, closure: reason && outcome ? { reason, outcome } : null });
    if (!reaches(steps, state)) return { row: null, problems: [{ field: "state", problem: "not_allowed" }] };
    return { row: { reference, clientReference, referralReference, openedDate, steps }, problems: [] };
  },
};
