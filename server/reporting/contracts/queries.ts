/**
 * Reading funders, contracts and KPIs, each scoped in the query: administrators reach every one of
 * their organisation's; a commissioner reaches only its own funder's contracts, through
 * `funder_commissioners`, and only while that funder is active; anyone else reaches none ("not
 * found"). The read helpers for commissioner pages and returns are exported from here.
 */
import { and, asc, count, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { contractKpis, contracts, funderCommissioners, funders, programmeVersions, roleGrants, sites, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { canManageReporting, isCommissioner } from "../policy.js";

export type FunderRow = typeof funders.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type KpiRow = typeof contractKpis.$inferSelect;

/** An organisation has a handful of funders and tens of contracts; the lists stop here. */
export const maxFundersListed = 500;
export const maxContractsListed = 300;
/** A contract's KPIs, at most: a return with more would not be read. */
export const maxKpisPerContract = 50;

const lockedIf = <T extends { for: (strength: "update") => unknown }>(query: T, forUpdate: boolean | undefined) => (forUpdate ? query.for("update") : query);

/** A funder of the actor's organisation, for an administrator; "not found" otherwise. */
export async function findFunderFor(db: Db, actor: Actor, funderId: string, options: { forUpdate?: boolean } = {}): Promise<FunderRow> {
  if (!canManageReporting(actor)) throw notFound("Funder");
  const query = db.select().from(funders).where(and(eq(funders.id, funderId), eq(funders.organisationId, actor.organisationId))).limit(1);
  const [funder] = (await lockedIf(query, options.forUpdate)) as FunderRow[];
  if (!funder) throw notFound("Funder");
  return funder;
}

/**
 * A contract the actor may read: an administrator any of the organisation's; a commissioner only
 * one of its own active funder's; anyone else none. Otherwise "not found", so a commissioner cannot
 * tell another funder's contract from one that does not exist.
 */
export async function findContractFor(db: Db, actor: Actor, contractId: string, options: { forUpdate?: boolean } = {}): Promise<ContractRow> {
  const inOrganisation = and(eq(contracts.id, contractId), eq(contracts.organisationId, actor.organisationId));
  let found: ContractRow[];
  if (canManageReporting(actor)) {
    found = (await lockedIf(db.select().from(contracts).where(inOrganisation).limit(1), options.forUpdate)) as ContractRow[];
  } else if (isCommissioner(actor)) {
    const rows = await db
      .select({ contract: contracts })
      .from(contracts)
      .innerJoin(funderCommissioners, and(eq(funderCommissioners.funderId, contracts.funderId), eq(funderCommissioners.userId, actor.userId)))
      .innerJoin(funders, and(eq(funders.id, contracts.funderId), eq(funders.isActive, true)))
      .where(inOrganisation)
      .limit(1);
    found = rows.map((row) => row.contract);
  } else {
    found = [];
  }
  if (!found[0]) throw notFound("Contract");
  return found[0];
}

/** The commissioner's funder while it is active, or null (not a commissioner, not linked, or the funder deactivated). */
export async function funderOfCommissioner(db: Db, actor: Actor): Promise<FunderRow | null> {
  if (!isCommissioner(actor)) return null;
  const [row] = await db
    .select({ funder: funders })
    .from(funderCommissioners)
    .innerJoin(funders, eq(funders.id, funderCommissioners.funderId))
    .where(and(eq(funderCommissioners.userId, actor.userId), eq(funders.organisationId, actor.organisationId), eq(funders.isActive, true)))
    .limit(1);
  return row?.funder ?? null;
}

/** The contracts of the commissioner's funder, newest first; none when it has no active funder. */
export async function contractsForCommissioner(db: Db, actor: Actor): Promise<ContractRow[]> {
  const funder = await funderOfCommissioner(db, actor);
  if (!funder) return [];
  return db
    .select()
    .from(contracts)
    .where(and(eq(contracts.funderId, funder.id), eq(contracts.organisationId, actor.organisationId)))
    .orderBy(desc(contracts.startsOn), sql`lower(${contracts.name})`, asc(contracts.id))
    .limit(maxContractsListed);
}

export interface CommissionerLink {
  userId: string;
  displayName: string;
  email: string;
  isActive: boolean;
  funderId: string | null;
}

const holdsCommissionerRole = sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = 'commissioner')`;

/** The organisation's commissioner accounts (holding the role), with the funder each is linked to, by name. */
export async function commissionersOf(db: Db, organisationId: string, options: { userIds?: readonly string[]; funderId?: string } = {}): Promise<CommissionerLink[]> {
  return db
    .select({ userId: users.id, displayName: users.displayName, email: users.email, isActive: users.isActive, funderId: funderCommissioners.funderId })
    .from(users)
    .leftJoin(funderCommissioners, eq(funderCommissioners.userId, users.id))
    .where(
      and(
        eq(users.organisationId, organisationId),
        holdsCommissionerRole,
        options.userIds ? inArray(users.id, [...options.userIds]) : undefined,
        options.funderId ? eq(funderCommissioners.funderId, options.funderId) : undefined,
      ),
    )
    .orderBy(sql`lower(${users.displayName})`, asc(users.id))
    .limit(1000);
}

/** The organisation's funders by name (active first), with how many contracts each has. */
export async function fundersOf(db: Db, organisationId: string, options: { includeInactive: boolean; funderIds?: readonly string[] }) {
  return db
    .select({ funder: funders, contractCount: sql<number>`(select count(*)::int from ${contracts} where ${contracts.funderId} = ${funders.id})` })
    .from(funders)
    .where(and(eq(funders.organisationId, organisationId), options.includeInactive ? undefined : eq(funders.isActive, true), options.funderIds ? inArray(funders.id, [...options.funderIds]) : undefined))
    .orderBy(desc(funders.isActive), sql`lower(${funders.name})`, asc(funders.id))
    .limit(maxFundersListed);
}

export interface ContractWithCounts {
  contract: ContractRow;
  funderName: string;
  kpiCount: number;
}

/** The organisation's contracts (of one funder, when given), newest first, one more than listed to tell when the list is cut short. */
export async function contractsOf(db: Db, organisationId: string, options: { funderId?: string | undefined; contractIds?: readonly string[] } = {}): Promise<ContractWithCounts[]> {
  return db
    .select({ contract: contracts, funderName: funders.name, kpiCount: sql<number>`(select count(*)::int from ${contractKpis} where ${contractKpis.contractId} = ${contracts.id})` })
    .from(contracts)
    .innerJoin(funders, eq(funders.id, contracts.funderId))
    .where(
      and(
        eq(contracts.organisationId, organisationId),
        options.funderId ? eq(contracts.funderId, options.funderId) : undefined,
        options.contractIds ? inArray(contracts.id, [...options.contractIds]) : undefined,
      ),
    )
    .orderBy(desc(contracts.startsOn), sql`lower(${contracts.name})`, asc(contracts.id))
    .limit(maxContractsListed + 1);
}

/** A contract's KPIs in their order. */
export async function kpisOf(db: Db, contractId: string): Promise<KpiRow[]> {
  return db.select().from(contractKpis).where(eq(contractKpis.contractId, contractId)).orderBy(asc(contractKpis.position), asc(contractKpis.createdAt), asc(contractKpis.id)).limit(maxKpisPerContract * 2);
}

/** One KPI of a contract already found in scope, or "not found". */
export async function findKpiOf(db: Db, contract: Pick<ContractRow, "id">, kpiId: string, options: { forUpdate?: boolean } = {}): Promise<KpiRow> {
  const query = db.select().from(contractKpis).where(and(eq(contractKpis.id, kpiId), eq(contractKpis.contractId, contract.id))).limit(1);
  const [kpi] = (await lockedIf(query, options.forUpdate)) as KpiRow[];
  if (!kpi) throw notFound("KPI");
  return kpi;
}

/** The codes of every programme the organisation has (built-in and its own, retired ones too). */
export async function programmeCodesOf(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ key: programmeVersions.key })
    .from(programmeVersions)
    .where(or(isNull(programmeVersions.organisationId), eq(programmeVersions.organisationId, organisationId)))
    .orderBy(asc(programmeVersions.key));
  return rows.map((row) => row.key);
}

/** The organisation's sites by name. */
export async function sitesOf(db: Db, organisationId: string) {
  return db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)).orderBy(sql`lower(${sites.name})`, asc(sites.id)).limit(1000);
}

/** Another funder or contract of the organisation with the same name, in any case. */
export async function namesakeOf(db: Db, table: typeof funders | typeof contracts, organisationId: string, name: string, exceptId: string | null): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), sql`lower(${table.name}) = lower(${name})`, exceptId ? sql`${table.id} <> ${exceptId}` : undefined));
  return (row?.n ?? 0) > 0;
}
