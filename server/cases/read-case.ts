/**
 * Opening a case: its details, assignments and timeline (reasons decrypted), audited as a read. A
 * case of an erased client still opens — its dates, states and references stay — with no reasons
 * (their key is gone) and nothing to change; one under a restriction of processing opens read-only.
 */
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { clientRecordStateOf } from "../data-protection/client-record-state.js";
import { keyUnlessErased } from "../data-protection/key-unless-erased.js";
import type { Vault } from "../vault/vault.js";
import { presentCaseDetail } from "./presenter.js";
import { activeAssignments, findCaseFor, namedPeople } from "./queries.js";
import { loadTimeline } from "./timeline.js";

export async function readCase(tx: Db, actor: Actor, caseId: string, context: { vault: Vault; now: Date; requestId: string }) {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  const [client] = await tx.select({ reference: clients.reference }).from(clients).where(eq(clients.id, kase.clientId)).limit(1);
  const clientRecord = await clientRecordStateOf(tx, kase.clientId);
  const key = await keyUnlessErased(tx, context.vault, kase.clientId);
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
    clientRecord,
    timeline: await loadTimeline(tx, kase, context.vault, key),
    namedPeople: kase.isRestricted ? await namedPeople(tx, kase.id) : [],
  });
}
