/**
 * Grants, spend and unit costs for tests, written straight to the database in the test's own
 * organisation (the routes are what the tests exercise; these only set the scene), and a snapshot
 * of everything the organisation holds, funding included, to prove a refused request changed nothing.
 */
import { sql } from "drizzle-orm";
import type { TestOrganisation } from "../../test/factories.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import type { CostDerivation, SpendCategory } from "../../core/funding/vocabulary.js";
import { queryRows, type Db } from "../db/client.js";
import { fundingGrants, serviceUnitCosts, spendEntries } from "../db/funding-schema.js";
import { createTestFunder } from "../reporting/contracts/test-support.js";

/** A grant over the financial year 2026–27 for every site, under a new funder unless one is given. */
export async function createTestGrant(
  db: Db,
  organisation: TestOrganisation,
  options: { funderId?: string; purpose?: string; siteIds?: string[]; startsOn?: string; endsOn?: string; isDisclosed?: boolean; isAmountDisclosed?: boolean; amountPence?: number } = {},
) {
  const funderId = options.funderId ?? (await createTestFunder(db, organisation)).id;
  const [grant] = await db
    .insert(fundingGrants)
    .values({
      organisationId: organisation.id,
      funderId,
      purpose: options.purpose ?? "Prevention mentoring for young people",
      amountPence: options.amountPence ?? 5_000_000,
      startsOn: options.startsOn ?? "2026-04-01",
      endsOn: options.endsOn ?? "2027-03-31",
      restrictions: "Not for capital costs.",
      siteIds: options.siteIds ?? [],
      isDisclosed: options.isDisclosed ?? false,
      isAmountDisclosed: options.isAmountDisclosed ?? false,
    })
    .returning();
  return grant!;
}

/** £1,000 of staff spend in April 2026 at the organisation's first site, unless told otherwise. */
export async function createTestSpend(
  db: Db,
  organisation: TestOrganisation,
  createdBy: string,
  options: { month?: string; siteId?: string | null; category?: SpendCategory; amountPence?: number; grantId?: string | null } = {},
) {
  const [spend] = await db
    .insert(spendEntries)
    .values({
      organisationId: organisation.id,
      month: options.month ?? "2026-04",
      siteId: options.siteId === undefined ? organisation.siteIds[0] : options.siteId,
      category: options.category ?? "staff",
      amountPence: options.amountPence ?? 100_000,
      description: "Outreach worker salaries",
      grantId: options.grantId ?? null,
      createdBy,
    })
    .returning();
  return spend!;
}

/** One drug awareness kit at £12. */
export async function createTestUnitCost(db: Db, organisation: TestOrganisation, options: { name?: string; costPence?: number; derivation?: CostDerivation | null } = {}) {
  const [unitCost] = await db
    .insert(serviceUnitCosts)
    .values({ organisationId: organisation.id, name: options.name ?? "Drug awareness kit", unit: "per kit", costPence: options.costPence ?? 1_200, basis: "The supplier's price.", derivation: options.derivation === undefined ? "drug_awareness_kit" : options.derivation })
    .returning();
  return unitCost!;
}

/** Everything the organisation holds (test/snapshot.ts), with its grants, spend and unit costs. */
export async function fundingSnapshot(db: Db, organisationId: string): Promise<Record<string, string>> {
  const [funding] = await queryRows<Record<string, string>>(
    db,
    sql`select
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from funding_grants t where t.organisation_id = ${organisationId}) as funding_grants,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from spend_entries t where t.organisation_id = ${organisationId}) as spend_entries,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from service_unit_costs t where t.organisation_id = ${organisationId}) as service_unit_costs`,
  );
  return { ...(await organisationSnapshot(db, organisationId)), ...funding };
}
