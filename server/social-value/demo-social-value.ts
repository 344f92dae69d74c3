/**
 * The demo's social value (issue 10): the organisation's catalogue, mappings and settings as every
 * organisation starts with them, and two reports of last financial year made by the administrator
 * — Birmingham's, and Birmingham City Council's contract's, published for its commissioner — both
 * from the outcomes the demo's history recorded on closed cases and the spend it recorded, so a
 * visitor opens a report straight away. Not uprated: the demo enters no deflators, as none ship.
 */
import { and, eq, like } from "drizzle-orm";
import { lastWholeFinancialYear } from "../../core/social-value/index.js";
import type { Db } from "../db/client.js";
import { contracts } from "../db/schema.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { ensureSocialValueDefaults } from "./defaults.js";
import { makeCalculation } from "./run-calculation.js";

interface DemoSocialValueInput {
  organisationId: string;
  birminghamId: string;
  /** The administrator recorded as making the reports. */
  administratorId: string;
  now: Date;
}

export async function seedDemoSocialValue(tx: Db, input: DemoSocialValueInput): Promise<{ calculations: number }> {
  await ensureSocialValueDefaults(tx, input.organisationId);
  const months = lastWholeFinancialYear(lastCompleteMonth(input.now));
  const maker = { organisationId: input.organisationId, userId: input.administratorId };
  const context = { now: input.now, requestId: null };
  await makeCalculation(tx, maker, { scope: { kind: "sites", siteId: input.birminghamId, programmeCode: null }, months, cost: { source: "spend" } }, context);
  // The council's contract (demo-history-contracts.ts) covers Birmingham only, with no programme: its cost is Birmingham's spend.
  const [council] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.organisationId, input.organisationId), like(contracts.name, "Birmingham community recovery and safeguarding%")))
    .limit(1);
  if (!council) return { calculations: 1 };
  await makeCalculation(tx, maker, { scope: { kind: "contract", contractId: council.id }, months, cost: { source: "spend" } }, context);
  return { calculations: 2 };
}
