/**
 * Funders, contracts and KPIs for tests, written straight to the database in the test's own
 * organisation (the routes are what the tests exercise; these only set the scene).
 */
import { randomUUID } from "node:crypto";
import type { TestOrganisation } from "../../../test/factories.js";
import type { Db } from "../../db/client.js";
import { contractKpis, contracts, funderCommissioners, funders } from "../../db/schema.js";

export async function createTestFunder(db: Db, organisation: TestOrganisation, options: { name?: string; isActive?: boolean; kind?: string } = {}) {
  const [funder] = await db
    .insert(funders)
    .values({ organisationId: organisation.id, name: options.name ?? `City Council ${randomUUID().slice(0, 8)}`, kind: options.kind ?? "local_authority", isActive: options.isActive ?? true })
    .returning();
  return funder!;
}

/** A contract for the financial year 2026–27 at the organisation's first site, under a new funder unless one is given. */
export async function createTestContract(db: Db, organisation: TestOrganisation, options: { funderId?: string; name?: string; siteIds?: string[]; programmeCodes?: string[] } = {}) {
  const funderId = options.funderId ?? (await createTestFunder(db, organisation)).id;
  const [contract] = await db
    .insert(contracts)
    .values({
      organisationId: organisation.id,
      funderId,
      name: options.name ?? `Prevention contract ${randomUUID().slice(0, 8)}`,
      reference: "PC-2026",
      valuePence: 12_500_000,
      startsOn: "2026-04-01",
      endsOn: "2027-03-31",
      siteIds: options.siteIds ?? [organisation.siteIds[0]],
      programmeCodes: options.programmeCodes ?? [],
    })
    .returning();
  return contract!;
}

/** Referrals received, at least 50 a quarter. */
export async function createTestKpi(db: Db, organisation: TestOrganisation, contractId: string, options: { position?: number } = {}) {
  const [kpi] = await db
    .insert(contractKpis)
    .values({ organisationId: organisation.id, contractId, label: "Referrals received", metric: "referrals_received", measure: "count", direction: "at_least", targets: { "2026-Q2": 50, "2026-Q3": 50 }, position: options.position ?? 0 })
    .returning();
  return kpi!;
}

/** Links a commissioner account to a funder. */
export async function linkCommissioner(db: Db, userId: string, funderId: string): Promise<void> {
  await db.insert(funderCommissioners).values({ userId, funderId });
}
