/**
 * Correcting a logged outreach session (with the version seen): its headcount, topics, staff,
 * follow-ups and notes, and what was handed out. A changed quantity moves stock by the difference
 * (more handed out leaves the stock, fewer returns to it), under the same rule that stock never
 * goes below zero; a refusal changes nothing.
 */
import { eq } from "drizzle-orm";
import type { UpdateOutreachSessionBody } from "../../../core/api/outreach-sessions.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { outreachSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canWorkOutreach } from "../policy.js";
import { checkStaffAt } from "../schedules/site-choices.js";
import { moveStock, type ItemMovement } from "../stock/move-stock.js";
import { workMessage, type SessionWriteContext } from "./log-session.js";
import { findSessionFor, handedOutBySession } from "./queries.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

/** The movements that take what was handed out to what should have been; in the body's order, so a refusal names its line. */
export function correctionsOf(current: ReadonlyMap<string, number>, wanted: readonly { itemId: string; quantity: number }[]): ItemMovement[] {
  const named = new Set(wanted.map((line) => line.itemId));
  return [
    ...wanted.map((line) => ({ itemId: line.itemId, change: (current.get(line.itemId) ?? 0) - line.quantity })),
    ...[...current].filter(([itemId]) => !named.has(itemId)).map(([itemId, quantity]) => ({ itemId, change: quantity })),
  ];
}

export async function updateOutreachSession(tx: Db, actor: Actor, sessionId: string, body: UpdateOutreachSessionBody, context: SessionWriteContext): Promise<void> {
  const row = await findSessionFor(tx, actor, sessionId, { forUpdate: true });
  authorize(canWorkOutreach(actor, row.siteId), workMessage);
  if (row.version !== body.version) throw new AppError("conflict", "Someone else changed this session since you opened it. Reload and try again.");
  await checkStaffAt(tx, actor.organisationId, row.siteId, body.staffIds, "body.staffIds", row.staffIds);
  const current = (await handedOutBySession(tx, [row.id])).get(row.id) ?? new Map<string, number>();
  const movements = correctionsOf(current, body.resources);
  await moveStock(tx, { organisationId: actor.organisationId, siteId: row.siteId, actorId: actor.userId, now: context.now, reason: "handed_out", sessionId: row.id, movements, note: "corrected", path: "body.resources" });
  const next = { topics: body.topics, staffIds: body.staffIds, headcount: body.headcount, followUpContacts: body.followUpContacts, notes: body.notes };
  const changed = [
    ...fieldsChangedFrom(next, row),
    ...(movements.some((movement) => movement.change !== 0) ? ["resources"] : []),
  ];
  await tx
    .update(outreachSessions)
    .set({ ...next, headcountTotal: body.headcount.total, updatedAt: context.now, version: row.version + 1 })
    .where(eq(outreachSessions.id, row.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "outreach.session_updated",
    entityType: "outreach_session",
    entityId: row.id,
    siteId: row.siteId,
    requestId: context.requestId,
    details: { changed, movements: movements.filter((movement) => movement.change !== 0) },
  });
}
