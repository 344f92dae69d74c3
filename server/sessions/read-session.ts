/**
 * Reading sessions: a case's list (no notes: only whether they exist), and one session with its
 * notes, decrypted for anyone who can see the case; every such read is audited. A refused read of a
 * session that exists in the organisation is audited too, in its own transaction since the request
 * itself fails.
 */
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { caseSessionListSchema, sessionDetailSchema } from "../../core/api/sessions.js";
import { recordAudit } from "../audit/record-audit.js";
import { inTransaction, type Db } from "../db/client.js";
import { users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { readInterventionTypes } from "../support/vocabulary.js";
import { canEditSession, canRecordSession } from "./policy.js";
import { presentSessionDetail, presentSessionSummary } from "./presenter.js";
import { findSessionFor, sessionsOnCase, unsafeFindSessionInOrganisation, viewOfCase, workerOptions, workersOf } from "./queries.js";
import type { SessionContext } from "./store-session.js";

export async function readSession(tx: Db, actor: Actor, sessionId: string, context: SessionContext): Promise<z.infer<typeof sessionDetailSchema>> {
  const { session, workers, view } = await findSessionFor(tx, actor, sessionId, context.now);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: view.isBreakGlass ? "session.read_break_glass" : "session.read",
    entityType: "support_session",
    entityId: session.id,
    siteId: session.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { caseId: session.caseId, hasNotes: session.notes !== null },
  });
  const canEdit = canEditSession(actor, view, workers.map((worker) => worker.userId));
  const [creator] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, session.createdBy)).limit(1);
  return presentSessionDetail(session, workers, {
    caseReference: view.kase.reference,
    vault: context.vault,
    key: session.notes ? await context.vault.loadSubjectKey(tx, view.kase.clientId) : null,
    createdByName: creator?.name ?? null,
    workerOptions: canEdit ? await workerOptions(tx, view.kase) : [],
    interventionTypes: await readInterventionTypes(tx, actor.organisationId),
    now: context.now,
    abilities: { edit: canEdit },
  });
}

/**
 * Records that the actor tried to read a session they may not see, if it is one of their
 * organisation's: its id, site and client reference id, never anything it holds.
 */
export async function recordRefusedRead(db: Db, actor: Actor, sessionId: string, context: Pick<SessionContext, "requestId">): Promise<void> {
  await inTransaction(db, async (tx) => {
    const session = await unsafeFindSessionInOrganisation(tx, actor.organisationId, sessionId);
    if (!session) return;
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "session.read_refused",
      entityType: "support_session",
      entityId: session.id,
      siteId: session.siteId,
      clientId: session.clientId,
      requestId: context.requestId,
      details: { caseId: session.caseId },
    });
  });
}

export async function listCaseSessions(db: Db, actor: Actor, caseId: string, page: { page: number; pageSize: number }, now: Date): Promise<z.infer<typeof caseSessionListSchema>> {
  const view = await viewOfCase(db, actor, caseId, now);
  const { rows, total } = await sessionsOnCase(db, caseId, page);
  const workers = await workersOf(db, rows.map((row) => row.id));
  const canRecord = canRecordSession(actor, view);
  return {
    items: rows.map((row) => {
      const at = workers.get(row.id) ?? [];
      return presentSessionSummary(row, at, now, { edit: canEditSession(actor, view, at.map((worker) => worker.userId)) });
    }),
    total,
    page: page.page,
    pageSize: page.pageSize,
    canRecord,
    workerOptions: canRecord ? await workerOptions(db, view.kase) : [],
    interventionTypes: await readInterventionTypes(db, actor.organisationId),
  };
}
