/**
 * Reading grants, spend entries and unit costs, each scoped in the query to the actor's
 * organisation: an administrator reaches every one of its own, anyone else none ("not found"), so
 * another organisation's record cannot be told from one that does not exist.
 */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { fundingGrants, serviceUnitCosts, spendEntries } from "../db/funding-schema.js";
import { funders } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { canManageFunding } from "./policy.js";

export type GrantRow = typeof fundingGrants.$inferSelect;
export type SpendRow = typeof spendEntries.$inferSelect;
export type UnitCostRow = typeof serviceUnitCosts.$inferSelect;

/** An organisation has tens of grants and a handful of unit costs; the lists stop here. */
export const maxGrantsListed = 500;
export const maxUnitCostsListed = 200;

const lockedIf = <T extends { for: (strength: "update") => unknown }>(query: T, forUpdate: boolean | undefined) => (forUpdate ? query.for("update") : query);

/** A grant of the actor's organisation, for an administrator; "not found" otherwise. */
export async function findGrantFor(db: Db, actor: Actor, grantId: string, options: { forUpdate?: boolean } = {}): Promise<GrantRow> {
  if (!canManageFunding(actor)) throw notFound("Grant");
  const query = db.select().from(fundingGrants).where(and(eq(fundingGrants.id, grantId), eq(fundingGrants.organisationId, actor.organisationId))).limit(1);
  const [grant] = (await lockedIf(query, options.forUpdate)) as GrantRow[];
  if (!grant) throw notFound("Grant");
  return grant;
}

export interface GrantWithTotals {
  grant: GrantRow;
  funderName: string;
  spentPence: number;
}

/** The organisation's grants (of one funder, or some by id, when given), newest first, one more than listed to tell when the list is cut short. */
export async function grantsOf(db: Db, organisationId: string, options: { funderId?: string | undefined; grantIds?: readonly string[] } = {}): Promise<GrantWithTotals[]> {
  const rows = await db
    .select({
      grant: fundingGrants,
      funderName: funders.name,
      spentPence: sql<string>`(select coalesce(sum(${spendEntries.amountPence}), 0)::text from ${spendEntries} where ${spendEntries.grantId} = ${fundingGrants.id})`,
    })
    .from(fundingGrants)
    .innerJoin(funders, eq(funders.id, fundingGrants.funderId))
    .where(
      and(
        eq(fundingGrants.organisationId, organisationId),
        options.funderId ? eq(fundingGrants.funderId, options.funderId) : undefined,
        options.grantIds ? inArray(fundingGrants.id, [...options.grantIds]) : undefined,
      ),
    )
    .orderBy(desc(fundingGrants.startsOn), sql`lower(${fundingGrants.purpose})`, asc(fundingGrants.id))
    .limit(maxGrantsListed + 1);
  return rows.map((row) => ({ ...row, spentPence: Number(row.spentPence) }));
}

/** The months and sites of the spend charged to a grant (each pair once), leaving out one entry when asked. */
export async function chargedSpendOf(db: Db, grantId: string, exceptSpendId: string | null = null): Promise<{ month: string; siteId: string | null }[]> {
  return db
    .selectDistinct({ month: spendEntries.month, siteId: spendEntries.siteId })
    .from(spendEntries)
    .where(and(eq(spendEntries.grantId, grantId), exceptSpendId ? sql`${spendEntries.id} <> ${exceptSpendId}` : undefined));
}

/** A spend entry of the actor's organisation, for an administrator; "not found" otherwise. */
export async function findSpendFor(db: Db, actor: Actor, spendId: string, options: { forUpdate?: boolean } = {}): Promise<SpendRow> {
  if (!canManageFunding(actor)) throw notFound("Spend entry");
  const query = db.select().from(spendEntries).where(and(eq(spendEntries.id, spendId), eq(spendEntries.organisationId, actor.organisationId))).limit(1);
  const [spend] = (await lockedIf(query, options.forUpdate)) as SpendRow[];
  if (!spend) throw notFound("Spend entry");
  return spend;
}

/** A unit cost of the actor's organisation, for an administrator; "not found" otherwise. */
export async function findUnitCostFor(db: Db, actor: Actor, unitCostId: string, options: { forUpdate?: boolean } = {}): Promise<UnitCostRow> {
  if (!canManageFunding(actor)) throw notFound("Unit cost");
  const query = db.select().from(serviceUnitCosts).where(and(eq(serviceUnitCosts.id, unitCostId), eq(serviceUnitCosts.organisationId, actor.organisationId))).limit(1);
  const [unitCost] = (await lockedIf(query, options.forUpdate)) as UnitCostRow[];
  if (!unitCost) throw notFound("Unit cost");
  return unitCost;
}

/** The organisation's unit costs by name. */
export async function unitCostsOf(db: Db, organisationId: string): Promise<UnitCostRow[]> {
  return db.select().from(serviceUnitCosts).where(eq(serviceUnitCosts.organisationId, organisationId)).orderBy(sql`lower(${serviceUnitCosts.name})`, asc(serviceUnitCosts.id)).limit(maxUnitCostsListed);
}

/** Another unit cost of the organisation with the same name, in any case. */
export async function unitCostNamesakeOf(db: Db, organisationId: string, name: string, exceptId: string | null): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(serviceUnitCosts)
    .where(and(eq(serviceUnitCosts.organisationId, organisationId), sql`lower(${serviceUnitCosts.name}) = lower(${name})`, exceptId ? sql`${serviceUnitCosts.id} <> ${exceptId}` : undefined));
  return (row?.n ?? 0) > 0;
}
