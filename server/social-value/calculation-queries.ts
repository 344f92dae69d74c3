/**
 * Finding and listing stored calculations, scoped in one place. Administrators reach every
 * calculation of their organisation. The published version of a contract's calculation is read
 * by administrators and by the commissioner of the contract's funder while that funder is active;
 * anyone else reaches none ("not found", so a commissioner cannot tell another funder's report
 * from one that does not exist).
 */
import { and, desc, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { contracts, socialValueCalculations, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { funderOfCommissioner } from "../reporting/contracts/queries.js";
import { canManageSocialValue } from "./policy.js";

export type CalculationRow = typeof socialValueCalculations.$inferSelect & { createdByName: string };

/** The most calculations a list holds: the newest. */
export const maxCalculationsListed = 200;

async function selectCalculations(db: Db, where: SQL | undefined, limit: number): Promise<CalculationRow[]> {
  const rows = await db
    .select({ row: socialValueCalculations, createdByName: users.displayName })
    .from(socialValueCalculations)
    .innerJoin(users, eq(users.id, socialValueCalculations.createdBy))
    .where(where)
    .orderBy(desc(socialValueCalculations.createdAt), desc(socialValueCalculations.sequence))
    .limit(limit);
  return rows.map(({ row, createdByName }) => ({ ...row, createdByName }));
}

/** A calculation of the administrator's organisation; "not found" for anyone else. */
export async function findCalculationFor(db: Db, actor: Actor, calculationId: string): Promise<CalculationRow> {
  if (!canManageSocialValue(actor)) throw notFound("Calculation");
  const [row] = await selectCalculations(db, and(eq(socialValueCalculations.id, calculationId), eq(socialValueCalculations.organisationId, actor.organisationId)), 1);
  if (!row) throw notFound("Calculation");
  return row;
}

/** The organisation's calculations, newest first, optionally the versions of one scope only. */
export function listCalculations(db: Db, organisationId: string, scopeKey: string | undefined): Promise<CalculationRow[]> {
  return selectCalculations(db, and(eq(socialValueCalculations.organisationId, organisationId), scopeKey === undefined ? undefined : eq(socialValueCalculations.scopeKey, scopeKey)), maxCalculationsListed);
}

/** Which published reports the actor reaches: a condition on the calculations, or null for none. */
async function readablePublished(db: Db, actor: Actor): Promise<SQL | null> {
  // The commissioner's reports are contracts' calculations; a site's or the organisation's has a printed report only.
  const published = and(eq(socialValueCalculations.organisationId, actor.organisationId), isNotNull(socialValueCalculations.published), isNotNull(socialValueCalculations.contractId));
  if (canManageSocialValue(actor)) return published ?? null;
  const funder = await funderOfCommissioner(db, actor);
  if (!funder) return null;
  const ownContracts = db.select({ id: contracts.id }).from(contracts).where(and(eq(contracts.funderId, funder.id), eq(contracts.organisationId, actor.organisationId)));
  return and(published, inArray(socialValueCalculations.contractId, ownContracts)) ?? null;
}

export async function findPublishedFor(db: Db, actor: Actor, calculationId: string): Promise<CalculationRow> {
  const readable = await readablePublished(db, actor);
  const [row] = readable ? await selectCalculations(db, and(readable, eq(socialValueCalculations.id, calculationId)), 1) : [];
  if (!row) throw notFound("Social value report");
  return row;
}

/** Published reports the actor reaches, newest first, optionally one contract's. */
export async function listPublishedFor(db: Db, actor: Actor, contractId: string | undefined): Promise<CalculationRow[]> {
  const readable = await readablePublished(db, actor);
  if (!readable) return [];
  return selectCalculations(db, and(readable, contractId === undefined ? undefined : eq(socialValueCalculations.contractId, contractId)), maxCalculationsListed);
}
