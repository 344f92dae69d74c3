/**
 * Publishing a contract's calculation for its funder's commissioner: the core's published version
 * (core/social-value/publish.ts: counts through the disclosure engine, pounds worked from them),
 * checked against every earlier release it overlaps — the returns in the release log and the
 * social-value reports published before — so that no difference of two published counts gives a
 * small count away. An outcome at risk is hidden and the whole checked again, until none is.
 *
 * Each outcome count is keyed as the metric `outcomes_achieved` keys it (by outcome, with the
 * contract's programmes as a filter), so a quarterly return's outcome counts and this report's
 * are checked against each other as the counts of one metric.
 */
import { findDifferencingRisks, type ReleasedCount } from "../../core/disclosure/index.js";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import { keyOf } from "../../core/reporting/report-blocks.js";
import { publishSocialValue, type CalculationResult, type PublishedSocialValue } from "../../core/social-value/index.js";
import type { Db } from "../db/client.js";
import { readDisclosureRules } from "../reporting/contracts/disclosure-settings.js";
import { overlappingReleases } from "../reporting/earlier-releases.js";

/** Passes of hide-and-check; each hides at least one more outcome, so a few always settle it. */
const maxPasses = 20;

interface Coverage {
  readonly organisationId: string;
  readonly months: MonthRange;
  readonly siteIds: readonly string[];
  readonly programmeCodes: readonly string[];
}

/** Each outcome count as published, keyed by what it counts. */
export function keyedCounts(published: PublishedSocialValue, coverage: Coverage): ReleasedCount[] {
  const filter = coverage.programmeCodes.length > 0 ? { programme: coverage.programmeCodes } : undefined;
  return published.outcomes.map((outcome) => ({ key: keyOf("outcomes_achieved", { months: coverage.months, siteIds: coverage.siteIds }, { outcome: outcome.outcomeCode }, filter), shown: outcome.shown }));
}

export async function publishCalculation(db: Db, result: CalculationResult, coverage: Coverage): Promise<{ published: PublishedSocialValue; counts: ReleasedCount[] }> {
  const rules = await readDisclosureRules(db, coverage.organisationId);
  const earlier = await overlappingReleases(db, coverage);
  const hide = new Set<string>();
  for (let pass = 0; ; pass += 1) {
    const published = publishSocialValue(result, { rules, hide: [...hide] });
    const counts = keyedCounts(published, coverage);
    const risky = findDifferencingRisks(earlier, { id: "new", counts }, rules).map((risk) => risk.released.key.breakdown.outcome ?? "");
    const more = risky.filter((code) => code !== "" && !hide.has(code));
    if (more.length === 0) return { published, counts };
    if (pass === maxPasses) throw new Error("Differencing against earlier releases did not settle.");
    for (const code of more) hide.add(code);
  }
}
