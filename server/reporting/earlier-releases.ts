/**
 * What has already left for funders, for the differencing check of anything about to leave: the
 * releases in the release log (returns, trends reports) and the published social-value reports,
 * those whose months and sites overlap what is being released. A count in one could otherwise be
 * subtracted from a count in the other to give a small count away, whichever was released first.
 */
import { and, eq, gte, isNotNull, lte } from "drizzle-orm";
import type { Release } from "../../core/disclosure/index.js";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import type { Db } from "../db/client.js";
import { disclosureReleases, socialValueCalculations } from "../db/schema.js";

export interface ReleaseCoverage {
  readonly organisationId: string;
  readonly months: MonthRange;
  readonly siteIds: readonly string[];
}

export async function overlappingReleases(db: Db, coverage: ReleaseCoverage): Promise<Release[]> {
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
