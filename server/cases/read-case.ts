/** Opening a case: its details, assignments and timeline (reasons decrypted), audited as a read. */
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { presentCaseDetail } from "./presenter.js";
import { activeAssignments, findCaseFor, namedPeople } from "./queries.js";
import { loadTimeline } from "./timeline.js";

export async function readCase(tx: Db, actor: Actor, caseId: string, context: { vault: Vault; now: Date; requestId: string }) {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  const [client] = await tx.select({ reference: clients.reference }).from(clients).where(eq(clients.id, kase.clientId)).limit(1);
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
    timeline: await loadTimeline(tx, kase, context.vault, key),
    namedPeople: kase.isRestricted ? await namedPeople(tx, kase.id) : [],
  });
}
