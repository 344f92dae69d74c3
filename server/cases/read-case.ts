/** Opening a case: its details, assignments and timeline (reasons decrypted), audited as a read. */
import { asc, eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { caseEvents, clients, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { presentCaseDetail } from "./presenter.js";
import { activeAssignments, findCaseFor } from "./queries.js";

export async function readCase(tx: Db, actor: Actor, caseId: string, context: { vault: Vault; now: Date; requestId: string }) {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  const [client] = await tx.select({ reference: clients.reference }).from(clients).where(eq(clients.id, kase.clientId)).limit(1);
  const events = await tx
    .select({ event: caseEvents, actorName: users.displayName })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorUserId))
    .where(eq(caseEvents.caseId, kase.id))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id))
    .limit(1000);
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: isBreakGlass ? "case.read_break_glass" : "case.read",
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
  });
  return presentCaseDetail(kase, actor, {
    clientReference: client?.reference ?? "",
    assignments: await activeAssignments(tx, [kase.id]),
    isBreakGlass,
    timeline: events.map(({ event, actorName }) => ({
      at: event.at.toISOString(),
      type: event.type,
      actorName,
      fromState: event.fromState,
      toState: event.toState,
      reason: event.reason ? context.vault.decrypt(key, "case_event_reason", event.reason) : null,
      details: event.details,
    })),
  });
}
