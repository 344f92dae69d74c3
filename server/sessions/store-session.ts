/**
 * Writes a new session and its workers, the notes encrypted under the client's key, and audits it
 * in the same transaction. Callers have already checked who may record it and that it fits.
 */
import type { Attendance, SessionMode } from "../../core/api/sessions.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { supportSessions, supportSessionWorkers } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { sessionFields } from "./fields.js";
import type { CaseView, SessionRow } from "./queries.js";

/** Who records a session: the use cases need only the user and their organisation. */
export type Recorder = Pick<Actor, "userId" | "organisationId">;

export interface SessionContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

/** A session as just written, with how the actor stands towards its case. */
export interface RecordedSession {
  session: SessionRow;
  view: CaseView;
}

export interface NewSession {
  startsAt: string;
  durationMinutes: number;
  mode: SessionMode;
  venue?: string | null | undefined;
  interventionType: string;
  attendance: Attendance | null;
  notes?: string | undefined;
}

/** Ids, codes and counts only: never the notes or the venue's words. */
export async function auditSession(tx: Db, actor: Recorder, session: SessionRow, view: CaseView, action: string, context: SessionContext, details: Record<string, unknown> = {}) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `session.${action}`,
    entityType: "support_session",
    entityId: session.id,
    siteId: session.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { caseId: session.caseId, ...details },
  });
}

export async function storeSession(tx: Db, actor: Recorder, view: CaseView, input: NewSession, workerIds: readonly string[], context: SessionContext): Promise<SessionRow> {
  const key = input.notes !== undefined ? await context.vault.loadSubjectKey(tx, view.kase.clientId) : null;
  const startsAt = new Date(input.startsAt);
  const [session] = await tx
    .insert(supportSessions)
    .values({
      organisationId: view.kase.organisationId,
      siteId: view.kase.siteId,
      caseId: view.kase.id,
      startsAt,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      venue: input.mode === "partner_venue" ? (input.venue ?? null) : null,
      interventionType: input.interventionType,
      attendance: input.attendance,
      notes: key && input.notes !== undefined ? context.vault.encrypt(key, sessionFields.notes, input.notes) : null,
      notesWrittenAt: key ? context.now : null,
      createdBy: actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  // A session brought in from a spreadsheet may name no worker who is on the system.
  if (workerIds.length > 0) await tx.insert(supportSessionWorkers).values(workerIds.map((userId) => ({ sessionId: session!.id, userId, organisationId: view.kase.organisationId, startsAt })));
  await auditSession(tx, actor, session!, view, "recorded", context, {
    mode: input.mode,
    interventionType: input.interventionType,
    attendance: input.attendance,
    hasNotes: key !== null,
    workerIds: [...workerIds],
  });
  return session!;
}
