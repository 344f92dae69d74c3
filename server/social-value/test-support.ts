/**
 * For social-value tests: a fingerprint of the organisation's social-value tables beside
 * test/snapshot.ts's fingerprint of everything else (to prove a refused request changed nothing),
 * outcomes recorded on closed cases, and a calculation stored as the app stores one, for tests of
 * reading it (the routes are what the tests exercise; these only set the scene).
 */
import { and, eq, sql } from "drizzle-orm";
import { defaultDisclosureRules } from "../../core/disclosure/index.js";
import {
  calculateSocialValue,
  defaultDiscountSettings,
  defaultOptimismBias,
  defaultOutcomeMappings,
  defaultUnitCosts,
  publishSocialValue,
  type CalculationInput,
} from "../../core/social-value/index.js";
import type { TestOrganisation } from "../../test/factories.js";
import { insertCase, insertClient, insertOutcome } from "../../test/reporting-factories.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { queryRows, type Db } from "../db/client.js";
import { funderCommissioners, roleGrants, socialValueCalculations } from "../db/schema.js";
import { createTestContract } from "../reporting/contracts/test-support.js";

export async function socialValueSnapshot(db: Db, organisationId: string): Promise<Record<string, string>> {
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`select
      (select md5(coalesce(string_agg(t::text, '|' order by t.organisation_id), '')) from social_value_settings t where t.organisation_id = ${organisationId}) as social_value_settings,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from social_value_entries t where t.organisation_id = ${organisationId}) as social_value_entries,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from social_value_mappings t where t.organisation_id = ${organisationId}) as social_value_mappings,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from social_value_calculations t where t.organisation_id = ${organisationId}) as social_value_calculations`,
  );
  return { ...(await organisationSnapshot(db, organisationId)), ...row };
}

/** `times` outcomes of one code achieved on `achievedOn`, each on a closed case of its own at the site. */
export async function recordOutcomes(db: Db, organisation: TestOrganisation, options: { site?: 0 | 1; code: string; achievedOn: string; times: number }): Promise<string[]> {
  const caseIds: string[] = [];
  for (let made = 0; made < options.times; made += 1) {
    const client = await insertClient(db, organisation);
    const closedAt = new Date(`${options.achievedOn}T15:00:00Z`);
    const opened = await insertCase(db, organisation, { site: options.site, clientId: client.id, openedAt: new Date(closedAt.getTime() - 90 * 86_400_000), closedAt, tier: "low_level", closureOutcome: "completed" });
    await insertOutcome(db, organisation, { caseId: opened.id, site: options.site, code: options.code, achievedOn: options.achievedOn });
    caseIds.push(opened.id);
  }
  return caseIds;
}

/** A calculation of 2025-26 at the organisation's first site (or of a contract there), stored as running one stores it. */
export async function storeTestCalculation(db: Db, organisation: TestOrganisation, options: { createdBy: string; contractId?: string }): Promise<string> {
  const input: CalculationInput = {
    outcomeCounts: [
      { outcomeCode: "abstinent_28_days", count: 12 },
      { outcomeCode: "secured_housing", count: 3 },
    ],
    mappings: [...defaultOutcomeMappings],
    catalogue: [...defaultUnitCosts],
    deflators: null,
    priceBasis: "not_uprated",
    targetPriceYear: "2025-26",
    discounting: defaultDiscountSettings,
    optimismBias: defaultOptimismBias,
    deliveryCost: { pence: 5_000_000, priceYear: "2025-26" },
  };
  const outcome = calculateSocialValue(input);
  if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join(" "));
  const months = { from: "2025-04", to: "2026-03" };
  const scope = options.contractId ? ({ kind: "contract", contractId: options.contractId } as const) : ({ kind: "sites", siteId: organisation.siteIds[0], programmeCode: null } as const);
  const scopeKey = `${options.contractId ? `contract:${options.contractId}` : `site:${organisation.siteIds[0]}|programme:all`}|${months.from}..${months.to}`;
  const [row] = await db
    .insert(socialValueCalculations)
    .values({
      organisationId: organisation.id,
      scope,
      scopeKey,
      monthFrom: months.from,
      monthTo: months.to,
      siteId: options.contractId ? null : organisation.siteIds[0],
      contractId: options.contractId ?? null,
      programmeCode: null,
      sequence: 1,
      input,
      result: outcome.result,
      costBasis: { source: "entered", note: "The year's budget" },
      published: publishSocialValue(outcome.result, { rules: defaultDisclosureRules }),
      createdBy: options.createdBy,
    })
    .returning({ id: socialValueCalculations.id });
  return row!.id;
}

/** A contract's stored calculation, with every commissioner of the organisation linked to the contract's funder. */
export async function storeContractCalculation(db: Db, organisation: TestOrganisation, createdBy: string): Promise<{ calculationId: string; funderId: string }> {
  const contract = await createTestContract(db, organisation);
  await linkCommissionersOf(db, organisation, contract.funderId);
  return { calculationId: await storeTestCalculation(db, organisation, { createdBy, contractId: contract.id }), funderId: contract.funderId };
}

/** Links every commissioner of the organisation to the funder (a commissioner reads one funder's figures). */
export async function linkCommissionersOf(db: Db, organisation: TestOrganisation, funderId: string): Promise<void> {
  const commissioners = await db.select({ userId: roleGrants.userId }).from(roleGrants).where(and(eq(roleGrants.organisationId, organisation.id), eq(roleGrants.role, "commissioner")));
  for (const { userId } of commissioners) {
    await db.insert(funderCommissioners).values({ userId, funderId }).onConflictDoUpdate({ target: funderCommissioners.userId, set: { funderId } });
  }
}
