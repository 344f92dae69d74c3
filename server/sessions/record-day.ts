/**
 * Quick entry of a worker's day: several sessions in a row, possibly on different cases, each with
 * the signed-in worker as its worker. All or nothing: every row is checked first, and one bad row
 * refuses the lot, naming the row and the field (`sessions.2.attendance`).
 */
import type { RecordDayBody } from "../../core/api/sessions.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import { readInterventionTypes, usableCodes } from "../support/vocabulary.js";
import { sessionProblems, unprocessable } from "./check-session.js";
import { canRecordSession } from "./policy.js";
import { viewOfCase, type CaseView } from "./queries.js";
import { storeSession, type RecordedSession, type SessionContext } from "./store-session.js";

/** The case of one row, seen and open to the worker; access problems name the row too. */
async function caseOfRow(tx: Db, actor: Actor, caseId: string, index: number, now: Date): Promise<CaseView> {
  const path = `sessions.${index}.caseId`;
  let view: CaseView;
  try {
    view = await viewOfCase(tx, actor, caseId, now);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") {
      throw new AppError("not_found", `Session ${index + 1}: case not found; nothing was saved.`, { fields: [{ path, message: "Not a case you can see." }] });
    }
    throw error;
  }
  if (!canRecordSession(actor, view)) {
    const message = view.kase.state === "closed" && !view.isBreakGlass ? "This case is closed." : "You cannot record sessions on this case.";
    throw new AppError("forbidden", `Session ${index + 1}: ${message} Nothing was saved.`, { fields: [{ path, message }] });
  }
  return view;
}

export async function recordDay(tx: Db, actor: Actor, input: RecordDayBody, context: SessionContext): Promise<RecordedSession[]> {
  const usableTypes = new Set(usableCodes(await readInterventionTypes(tx, actor.organisationId)));
  const rows: { view: CaseView; row: RecordDayBody["sessions"][number] }[] = [];
  const problems: FieldError[] = [];
  for (const [index, row] of input.sessions.entries()) {
    const view = await caseOfRow(tx, actor, row.caseId, index, context.now);
    problems.push(...(await sessionProblems(tx, row, [actor.userId], { actor, view, now: context.now, usableTypes, prefix: `sessions.${index}.` })));
    rows.push({ view, row });
  }
  if (problems.length > 0) {
    const numbers = [...new Set(problems.map((problem) => Number(problem.path.split(".")[1]) + 1))];
    throw unprocessable(`${numbers.length === 1 ? "Session" : "Sessions"} ${numbers.join(", ")}: some details do not fit; nothing was saved.`, problems);
  }
  const stored: RecordedSession[] = [];
  for (const { view, row } of rows) stored.push({ session: await storeSession(tx, actor, view, row, [actor.userId], context), view });
  return stored;
}
