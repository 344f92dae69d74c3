/**
 * The organisation's client merges, newest first, for administrators: the two records' pseudonymous
 * references, who merged and when, who undid it if anyone did, and whether it can still be undone.
 * No identity is read, so nothing here touches the vault.
 */
import { and, count, desc, eq, type Column } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { clientMergeListSchema } from "../../core/api/clients.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clientMerges, clients, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { canListMerges } from "./policy.js";
import { presentMerge } from "./presenter.js";

type MergeList = z.infer<typeof clientMergeListSchema>;

export async function listClientMerges(db: Db, actor: Actor, query: { page: number; pageSize: number }, now: Date): Promise<MergeList> {
  authorize(canListMerges(actor), "Only an administrator can see the organisation's merges.");
  const kept = alias(clients, "kept");
  const merged = alias(clients, "merged");
  const merger = alias(users, "merger");
  const reverser = alias(users, "reverser");
  // Who merged and who undid it: staff of the same organisation, named (staff names are not client data).
  const staff = (user: { id: Column; organisationId: Column }, id: Column) => and(eq(user.id, id), eq(user.organisationId, actor.organisationId));
  const where = eq(clientMerges.organisationId, actor.organisationId);
  const [rows, totals] = await Promise.all([
    db
      .select({
        merge: clientMerges,
        keptReference: kept.reference,
        keptMergedIntoId: kept.mergedIntoId,
        mergedReference: merged.reference,
        mergedBy: merger.displayName,
        reversedBy: reverser.displayName,
      })
      .from(clientMerges)
      .innerJoin(kept, eq(kept.id, clientMerges.keptClientId))
      .innerJoin(merged, eq(merged.id, clientMerges.mergedClientId))
      .leftJoin(merger, staff(merger, clientMerges.mergedBy))
      .leftJoin(reverser, staff(reverser, clientMerges.reversedBy))
      .where(where)
      .orderBy(desc(clientMerges.mergedAt), desc(clientMerges.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(clientMerges).where(where),
  ]);
  const items = rows.map((row) => presentMerge(row, actor, now));
  return { items, total: totals[0]?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
