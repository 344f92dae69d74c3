/**
 * The conflicts of interest declared against a case's client, live and withdrawn, newest first, for
 * the managers who allocate the case. Notes are decrypted here, for them only, and the read is
 * audited: a conflict says something about the client (their family, their mosque committee).
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { conflictKinds, type conflictListSchema } from "../../core/api/workers.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { users, workerConflicts } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { caseFor } from "./case-access.js";
import { workerFields } from "./fields.js";
import { canManageConflicts } from "./policy.js";

/** A client has a handful of declared conflicts; the list is bounded all the same. */
const maxListed = 200;

export async function listConflicts(
  tx: Db,
  actor: Actor,
  caseId: string,
  context: { vault: Vault; now: Date; requestId: string },
): Promise<z.infer<typeof conflictListSchema>> {
  const { kase } = await caseFor(tx, actor, caseId, context.now, canManageConflicts);
  const rows = await tx
    .select()
    .from(workerConflicts)
    .where(and(eq(workerConflicts.clientId, kase.clientId), eq(workerConflicts.organisationId, actor.organisationId)))
    .orderBy(desc(workerConflicts.declaredAt), desc(workerConflicts.id))
    .limit(maxListed);
  const staffIds = [...new Set(rows.flatMap((row) => [row.userId, row.declaredBy, row.withdrawnBy]).filter((id): id is string => id !== null))];
  const names = new Map(
    staffIds.length === 0 ? [] : (await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, staffIds))).map((row) => [row.id, row.name]),
  );
  const hasNotes = rows.some((row) => row.note !== null);
  const key = hasNotes ? await context.vault.loadSubjectKey(tx, kase.clientId) : null;
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "case.conflicts_read",
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { count: rows.length },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      userId: row.userId,
      workerName: names.get(row.userId) ?? "",
      kind: conflictKinds.find((kind) => kind === row.kind) ?? "other",
      note: row.note && key ? context.vault.decrypt(key, workerFields.conflictNote, row.note) : null,
      declaredAt: row.declaredAt.toISOString(),
      declaredByName: names.get(row.declaredBy) ?? null,
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      withdrawnByName: row.withdrawnBy ? (names.get(row.withdrawnBy) ?? null) : null,
      abilities: { withdraw: row.withdrawnAt === null },
    })),
    abilities: { record: true },
  };
}
