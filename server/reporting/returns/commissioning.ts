/**
 * The commissioner's home: its funder, that funder's contracts with the quarters that have ended
 * and whether each has been released. Nothing else of the organisation.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { commissioningSchema } from "../../../core/api/reporting-returns.js";
import { quarterMonths, quarterOf, quartersOfPeriod } from "../../../core/reporting/kpi.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { disclosureReleases, sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { contractsForCommissioner, funderOfCommissioner } from "../contracts/queries.js";
import { isCommissioner } from "../policy.js";
import { lastCompleteMonth } from "./releases.js";

export async function readCommissioning(db: Db, actor: Actor, now: Date): Promise<z.infer<typeof commissioningSchema>> {
  authorize(isCommissioner(actor), "This page is for commissioners.");
  const funder = await funderOfCommissioner(db, actor);
  const lastQuarter = quarterOf(lastCompleteMonth(now));
  // The last quarter that has ended: the one holding the last whole month, if that month ends it.
  const ended = quarterMonths(lastQuarter).to <= lastCompleteMonth(now) ? lastQuarter : previousQuarter(lastQuarter);
  const contractRows = await contractsForCommissioner(db, actor);
  const siteRows = await db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, actor.organisationId));
  const releases =
    contractRows.length === 0
      ? []
      : await db
          .select({ id: disclosureReleases.id, contractId: disclosureReleases.contractId, monthFrom: disclosureReleases.monthFrom, releasedAt: disclosureReleases.releasedAt })
          .from(disclosureReleases)
          .where(and(eq(disclosureReleases.kind, "quarterly_return"), inArray(disclosureReleases.contractId, contractRows.map((contract) => contract.id))));
  const latest = new Map<string, { id: string; at: number }>();
  for (const release of releases) {
    const key = `${release.contractId}:${release.monthFrom}`;
    const known = latest.get(key);
    if (!known || known.at < release.releasedAt.getTime()) latest.set(key, { id: release.id, at: release.releasedAt.getTime() });
  }
  return {
    funderName: funder?.name ?? null,
    seesNationalTrends: funder?.seesNationalTrends ?? false,
    lastQuarter: ended,
    contracts: contractRows.map((contract) => ({
      id: contract.id,
      name: contract.name,
      reference: contract.reference,
      startsOn: contract.startsOn,
      endsOn: contract.endsOn,
      siteNames: siteRows.filter((site) => contract.siteIds.includes(site.id)).map((site) => site.name).sort(),
      quarters: quartersOfPeriod(contract.startsOn, contract.endsOn)
        .filter((quarter) => quarter <= ended)
        .reverse()
        .map((quarter) => ({ quarter, releaseId: latest.get(`${contract.id}:${quarterMonths(quarter).from}`)?.id ?? null })),
    })),
  };
}

function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const number = Number(quarter.slice(6));
  return number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`;
}
