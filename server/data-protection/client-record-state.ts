/**
 * Whether a client's record is live, erased or under a restriction of processing, for the pages
 * that show it to say so and offer no changes the database guard would refuse anyway.
 */
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { ClientRecordState } from "../../core/data-protection/restriction.js";
import type { Db } from "../db/client.js";
import { clients, processingRestrictions } from "../db/schema.js";

export async function clientRecordStateOf(db: Db, clientId: string): Promise<ClientRecordState> {
  const [row] = await db
    .select({
      erasedAt: clients.erasedAt,
      isRestricted: sql<boolean>`exists (select 1 from ${processingRestrictions} where ${and(eq(processingRestrictions.clientId, clients.id), isNull(processingRestrictions.liftedAt))})`,
    })
    .from(clients)
    .where(eq(clients.id, clientId))
    .limit(1);
  if (row?.erasedAt) return "erased";
  return row?.isRestricted ? "processing_restricted" : "live";
}

/** Clients whose processing is not restricted: everyday lists and searches leave the others out. */
export const processingNotRestricted = (clientId: AnyPgColumn | SQL) =>
  sql`not exists (select 1 from ${processingRestrictions} where ${processingRestrictions.clientId} = ${clientId} and ${processingRestrictions.liftedAt} is null)`;
