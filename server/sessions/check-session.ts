/**
 * The checks a session's details need beyond their shape, against the organisation and the clock:
 * an intervention type the organisation uses, workers who can see the case (and the recorder among
 * them unless they work the site's caseload), no attendance before it has happened, and notes only
 * for a session that took place. Every problem is named by its field, so one pass reports them all.
 */
import type { Attendance } from "../../core/api/sessions.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import { worksSiteCaseload } from "./policy.js";
import { workerOptions, type CaseView } from "./queries.js";

export interface SessionDetails {
  startsAt: string;
  attendance: Attendance | null;
  interventionType: string;
  notes?: string | undefined;
}

/** How far from today a session may be dated: a diary runs a year ahead, paper records a year back. */
const maxDaysAway = 366;
const dayMs = 86_400_000;

export interface CheckContext {
  actor: Actor;
  view: CaseView;
  now: Date;
  usableTypes: ReadonlySet<string>;
  /** Field paths start with this (a row of a worker's day: `sessions.2.`). */
  prefix?: string;
  /** When correcting a session: its type stays usable even if since retired, and whether it has notes. */
  current?: { interventionType: string; hasNotes: boolean };
}

export async function sessionProblems(tx: Db, details: SessionDetails, workerIds: readonly string[], context: CheckContext): Promise<FieldError[]> {
  const at = (field: string) => `${context.prefix ?? ""}${field}`;
  const problems: FieldError[] = [];
  const startsAt = new Date(details.startsAt);
  if (Math.abs(startsAt.getTime() - context.now.getTime()) > maxDaysAway * dayMs) {
    problems.push({ path: at("startsAt"), message: "Must be within a year of today." });
  }
  if (!context.usableTypes.has(details.interventionType) && details.interventionType !== context.current?.interventionType) {
    problems.push({ path: at("interventionType"), message: "Not a type of support your organisation uses." });
  }
  if (details.attendance !== null && startsAt > context.now) {
    problems.push({ path: at("attendance"), message: "A session in the future has not happened yet: leave it planned." });
  }
  const hasNotes = details.notes !== undefined || (context.current?.hasNotes ?? false);
  // Notes record what happened, including a missed session's follow-up ("rang twice, left a
  // message"); a session still planned has nothing to record yet.
  if (hasNotes && details.attendance === null) {
    const field = details.notes !== undefined ? "notes" : "attendance";
    problems.push({ path: at(field), message: field === "notes" ? "Notes are for a session that has happened: say whether they attended." : "This session has notes, so it is no longer planned." });
  }
  const eligible = new Set((await workerOptions(tx, context.view.kase, workerIds)).map((worker) => worker.userId));
  workerIds.forEach((id, index) => {
    if (!eligible.has(id)) problems.push({ path: at(`workerIds.${index}`), message: "Not someone who can see this case." });
  });
  // Someone who is on the case but does not work the site's caseload (a mentor) records only their own sessions.
  if (!worksSiteCaseload(context.actor, context.view) && !workerIds.includes(context.actor.userId)) {
    problems.push({ path: at("workerIds"), message: "Include yourself: you can record only sessions you were at." });
  }
  return problems;
}

export const unprocessable = (message: string, fields: FieldError[]): AppError => new AppError("unprocessable", message, { fields });
