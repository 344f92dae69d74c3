/**
 * The public list of who funds the organisation's work (issue 10), built from the grants marked
 * disclosed and nothing else: each funder's name, and per disclosed grant its purpose, its period
 * (to the day it ended, when ended early) and its amount only where that was disclosed too.
 * Restrictions, sites, programmes, spend and undisclosed grants never reach this query's answer.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { PublicFunding } from "../../core/api/funding.js";
import { lastDayOf } from "../../core/funding/grants.js";
import type { Db } from "../db/client.js";
import { fundingGrants } from "../db/funding-schema.js";
import { funders } from "../db/schema.js";

/** More disclosed grants than a page would list: the oldest fall off. */
const maxPublicGrants = 500;

export async function publicFundingOf(db: Db, organisation: { id: string; name: string }): Promise<PublicFunding> {
  const rows = await db
    .select({
      funderId: funders.id,
      funderName: funders.name,
      purpose: fundingGrants.purpose,
      startsOn: fundingGrants.startsOn,
      endsOn: fundingGrants.endsOn,
      endedOn: fundingGrants.endedOn,
      amountPence: fundingGrants.amountPence,
      isAmountDisclosed: fundingGrants.isAmountDisclosed,
    })
    .from(fundingGrants)
    .innerJoin(funders, eq(funders.id, fundingGrants.funderId))
    .where(and(eq(fundingGrants.organisationId, organisation.id), eq(fundingGrants.isDisclosed, true)))
    .orderBy(sql`lower(${funders.name})`, asc(funders.id), desc(fundingGrants.startsOn), asc(fundingGrants.id))
    .limit(maxPublicGrants);
  const byFunder = new Map<string, PublicFunding["funders"][number]>();
  for (const row of rows) {
    const funder = byFunder.get(row.funderId) ?? { name: row.funderName, grants: [] };
    byFunder.set(row.funderId, funder);
    funder.grants.push({ purpose: row.purpose, startsOn: row.startsOn, endsOn: lastDayOf(row), amountPence: row.isAmountDisclosed ? row.amountPence : null });
  }
  return { organisationName: organisation.name, funders: [...byFunder.values()] };
}
