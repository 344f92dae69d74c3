/**
 * Changes a session: records attendance, writes the notes up, or corrects the details. For the
 * session's workers and the site's managers, with the version they saw (a stale one is refused, so
 * two people cannot overwrite each other). Notes are encrypted under the client's key; the first
 * time they are written is kept (`notes_written_at`). Audited with the names of the fields changed.
 */
import { eq } from "drizzle-orm";
import type { UpdateSessionBody } from "../../core/api/sessions.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { supportSessions, supportSessionWorkers } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { readInterventionTypes, usableCodes } from "../support/vocabulary.js";
import { sessionProblems, unprocessable } from "./check-session.js";
import { sessionFields } from "./fields.js";
import { canEditSession } from "./policy.js";
import { findSessionFor, type SessionRow } from "./queries.js";
import { auditSession, type RecordedSession, type SessionContext } from "./store-session.js";

function changedFields(session: SessionRow, workerIds: readonly string[], input: UpdateSessionBody, venue: string | null): string[] {
  const before = [...workerIds].sort().join();
  const changes: Record<string, boolean> = {
    startsAt: new Date(input.startsAt).getTime() !== session.startsAt.getTime(),
    durationMinutes: input.durationMinutes !== session.durationMinutes,
    mode: input.mode !== session.mode,
    venue: venue !== session.venue,
    interventionType: input.interventionType !== session.interventionType,
    attendance: input.attendance !== session.attendance,
    workerIds: [...input.workerIds].sort().join() !== before,
    notes: input.notes !== undefined,
  };
  return Object.keys(changes).filter((field) => changes[field]);
}

export async function updateSession(tx: Db, actor: Actor, sessionId: string, input: UpdateSessionBody, context: SessionContext): Promise<RecordedSession> {
  const { session, workers, view } = await findSessionFor(tx, actor, sessionId, context.now, { forUpdate: true });
  const workerIds = workers.map((worker) => worker.userId);
  authorize(canEditSession(actor, view, workerIds), "Only the session's workers and the site's managers change a session.");
  if (input.version !== session.version) throw new AppError("conflict", "This session was changed since you opened it. Reload it to see the latest.");
  const usableTypes = new Set(usableCodes(await readInterventionTypes(tx, actor.organisationId)));
  const current = { interventionType: session.interventionType, hasNotes: session.notes !== null };
  const problems = await sessionProblems(tx, input, input.workerIds, { actor, view, now: context.now, usableTypes, current });
  if (problems.length > 0) throw unprocessable("Some details of the session do not fit; nothing was saved.", problems);

  const venue = input.mode === "partner_venue" ? (input.venue ?? null) : null;
  const changed = changedFields(session, workerIds, input, venue);
  const key = input.notes !== undefined ? await context.vault.loadSubjectKey(tx, view.kase.clientId) : null;
  const startsAt = new Date(input.startsAt);
  const [updated] = await tx
    .update(supportSessions)
    .set({
      startsAt,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      venue,
      interventionType: input.interventionType,
      attendance: input.attendance,
      ...(key && input.notes !== undefined ? { notes: context.vault.encrypt(key, sessionFields.notes, input.notes), notesWrittenAt: session.notesWrittenAt ?? context.now } : {}),
      updatedAt: context.now,
      version: session.version + 1,
    })
    .where(eq(supportSessions.id, session.id))
    .returning();
  if (changed.includes("workerIds") || changed.includes("startsAt")) {
    // The workers' rows carry the start time for the calendar index: rewritten with it.
    await tx.delete(supportSessionWorkers).where(eq(supportSessionWorkers.sessionId, session.id));
    await tx.insert(supportSessionWorkers).values(input.workerIds.map((userId) => ({ sessionId: session.id, userId, organisationId: session.organisationId, startsAt })));
  }
  await auditSession(tx, actor, updated!, view, input.notes !== undefined && session.notes === null ? "written_up" : "updated", context, {
    changed,
    attendance: input.attendance,
    ...(changed.includes("workerIds") ? { workerIds: input.workerIds } : {}),
  });
  return { session: updated!, view };
}
