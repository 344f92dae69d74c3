/**
 * What an organisation starts with (issue 10): the shipped unit costs and outcome mappings as
 * their first versions, the Green Book's discount rates, the optimism-bias reductions and a
 * deflator series with no figures. Written the first time the organisation's social value is
 * read, in that request's transaction: the settings row is the mark that it has been, so two
 * first reads at once seed once (the second waits on the row and finds it there).
 */
import { defaultDeflatorSeries, defaultDiscountSettings, defaultOptimismBias, defaultOutcomeMappings, defaultUnitCosts } from "../../core/social-value/index.js";
import type { Db } from "../db/client.js";
import { socialValueEntries, socialValueMappings, socialValueSettings } from "../db/schema.js";

export async function ensureSocialValueDefaults(tx: Db, organisationId: string): Promise<void> {
  const seeded = await tx
    .insert(socialValueSettings)
    .values({ organisationId, discounting: defaultDiscountSettings, optimismBias: defaultOptimismBias, targetPriceYear: null, deflators: defaultDeflatorSeries })
    .onConflictDoNothing()
    .returning({ organisationId: socialValueSettings.organisationId });
  if (seeded.length === 0) return;
  await tx.insert(socialValueEntries).values(defaultUnitCosts.map((entry) => ({ organisationId, code: entry.code, version: entry.version, entry })));
  await tx.insert(socialValueMappings).values(defaultOutcomeMappings.map((mapping) => ({ organisationId, outcomeCode: mapping.outcomeCode, version: mapping.version, lines: mapping.lines })));
}
