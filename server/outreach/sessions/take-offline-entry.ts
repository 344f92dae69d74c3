/**
 * Taking in an outreach session logged offline. The entry's id is claimed first (a unique row per
 * organisation and id), so an entry sent again finds its receipt and changes nothing. A new entry
 * that duplicates a session already held is not logged: the answer shows the session held, and the
 * worker sends the entry again saying what to keep. Every outcome that keeps something is audited
 * in the same transaction, beside the session's own audit (logged or corrected).
 */
import { and, eq } from "drizzle-orm";
import type { OfflineEntryBody, OfflineEntryOutcome } from "../../../core/api/outreach-offline.js";
import { isSameOccurrence, type SessionPlace } from "../../../core/outreach/offline-entries.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { outreachOfflineReceipts } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { logSession, type SessionWriteContext } from "./log-session.js";
import { placeOfEntry, placeOfRow, sameSessionsAs } from "./same-session.js";
import { updateOutreachSession } from "./update-session.js";

export interface OfflineEntryTaken {
  outcome: OfflineEntryOutcome;
  sessionId: string;
  isReplay: boolean;
  canKeepBoth: boolean;
}

const refuse = (path: string, message: string) => new AppError("unprocessable", message, { fields: [{ path, message }] });

/** The receipt of an entry taken in before, if this is one; another person's entry id is refused. */
async function replayOf(tx: Db, actor: Actor, entryId: string): Promise<OfflineEntryTaken | null> {
  const [receipt] = await tx
    .select()
    .from(outreachOfflineReceipts)
    .where(and(eq(outreachOfflineReceipts.organisationId, actor.organisationId), eq(outreachOfflineReceipts.entryId, entryId)));
  if (!receipt?.sessionId) return null;
  if (receipt.userId !== actor.userId) throw new AppError("conflict", "This entry was sent by someone else.");
  return { outcome: receipt.outcome as OfflineEntryOutcome, sessionId: receipt.sessionId, isReplay: true, canKeepBoth: false };
}

/** What the entry becomes: a new session, or the worker's choice about the session held. */
async function resolve(tx: Db, actor: Actor, body: OfflineEntryBody, place: SessionPlace, context: SessionWriteContext): Promise<OfflineEntryTaken> {
  const same = await sameSessionsAs(tx, actor.organisationId, place);
  const { resolution } = body;
  const held = resolution ? same.find((row) => row.id === resolution.sessionId) : same[0];
  if (!resolution) {
    if (held) return { outcome: "conflict", sessionId: held.id, isReplay: false, canKeepBoth: !isSameOccurrence(place, placeOfRow(held)) };
    return { outcome: "logged", sessionId: await logSession(tx, actor, body.session, context), isReplay: false, canKeepBoth: false };
  }
  if (!held) throw refuse("body.resolution.sessionId", "That is not a session this entry was shown against.");
  if (held.version !== resolution.version) {
    // Changed since the worker compared the two: show it again as it is now.
    return { outcome: "conflict", sessionId: held.id, isReplay: false, canKeepBoth: !isSameOccurrence(place, placeOfRow(held)) };
  }
  if (resolution.action === "keep_existing") return { outcome: "kept_existing", sessionId: held.id, isReplay: false, canKeepBoth: false };
  if (resolution.action === "replace") {
    const { topics, staffIds, headcount, followUpContacts, resources, notes } = body.session;
    await updateOutreachSession(tx, actor, held.id, { topics, staffIds, headcount, followUpContacts, resources, notes, version: held.version }, context);
    return { outcome: "replaced", sessionId: held.id, isReplay: false, canKeepBoth: false };
  }
  if (isSameOccurrence(place, placeOfRow(held))) throw refuse("body.resolution.action", "A schedule's session is logged once: keep one of the two, or put the two together.");
  return { outcome: "kept_both", sessionId: await logSession(tx, actor, body.session, context), isReplay: false, canKeepBoth: false };
}

export async function takeOfflineEntry(tx: Db, actor: Actor, body: OfflineEntryBody, context: SessionWriteContext): Promise<OfflineEntryTaken> {
  const [claimed] = await tx
    .insert(outreachOfflineReceipts)
    .values({ organisationId: actor.organisationId, entryId: body.entryId, userId: actor.userId, outcome: "pending", receivedAt: context.now })
    .onConflictDoNothing()
    .returning({ id: outreachOfflineReceipts.id });
  if (!claimed) {
    const replay = await replayOf(tx, actor, body.entryId);
    if (replay) return replay;
    throw new AppError("conflict", "This entry is being sent already.");
  }
  const place = await placeOfEntry(tx, actor, body.session);
  const taken = await resolve(tx, actor, body, place, context);
  if (taken.outcome === "conflict") {
    // Nothing was kept: the entry may come again with the worker's choice.
    await tx.delete(outreachOfflineReceipts).where(eq(outreachOfflineReceipts.id, claimed.id));
    return taken;
  }
  await tx.update(outreachOfflineReceipts).set({ sessionId: taken.sessionId, outcome: taken.outcome }).where(eq(outreachOfflineReceipts.id, claimed.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.offline_entry_received",
    entityType: "outreach_session",
    entityId: taken.sessionId,
    siteId: place.siteId,
    requestId: context.requestId,
    details: { entryId: body.entryId, outcome: taken.outcome },
  });
  return taken;
}
