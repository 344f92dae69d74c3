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
import { and, eq, gte, isNotNull, lte } from "drizzle-orm";
import { findDifferencingRisks, type Release, type ReleasedCount } from "../../core/disclosure/index.js";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import { keyOf } from "../../core/reporting/report-blocks.js";
import { publishSocialValue, type CalculationResult, type PublishedSocialValue } from "../../core/social-value/index.js";
import type { Db } from "../db/client.js";
import { disclosureReleases, socialValueCalculations } from "../db/schema.js";
import { readDisclosureRules } from "../reporting/contracts/disclosure-settings.js";

/** Passes of hide-and-check; each hides at least one more outcome, so a few always settle it. */
const maxPasses = 20;

interface Coverage {
  readonly organisationId: string;
  readonly months: MonthRange;
  readonly siteIds: readonly string[];
  readonly programmeCodes: readonly string[];
}

/** Earlier releases and published reports of the organisation whose months and sites overlap. */
async function overlappingReleases(db: Db, coverage: Coverage): Promise<Release[]> {
  const overlaps = (siteIds: readonly string[]) => siteIds.some((site) => coverage.siteIds.includes(site));
  const [returns, reports] = await Promise.all([
    db
      .select({ id: disclosureReleases.id, counts: disclosureReleases.counts, siteIds: disclosureReleases.siteIds })
      .from(disclosureReleases)
      .where(and(eq(disclosureReleases.organisationId, coverage.organisationId), lte(disclosureReleases.monthFrom, coverage.months.to), gte(disclosureReleases.monthTo, coverage.months.from))),
    db
      .select({ id: socialValueCalculations.id, counts: socialValueCalculations.publishedCounts })
      .from(socialValueCalculations)
      .where(
        and(
          eq(socialValueCalculations.organisationId, coverage.organisationId),
          isNotNull(socialValueCalculations.published),
          lte(socialValueCalculations.monthFrom, coverage.months.to),
          gte(socialValueCalculations.monthTo, coverage.months.from),
        ),
      ),
  ]);
  return [
    ...returns.filter((row) => overlaps(row.siteIds)).map((row) => ({ id: row.id, counts: row.counts })),
    ...reports.filter((row) => row.counts.some((count) => overlaps(count.key.sites))).map((row) => ({ id: row.id, counts: row.counts })),
  ];
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
