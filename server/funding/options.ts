/** What the funding forms offer: the organisation's sites, programmes, funders, and the grants spend can be charged to. */
import type { FundingOptions } from "../../core/api/funding.js";
import type { FunderKind } from "../../core/reporting/contracts.js";
import type { Db } from "../db/client.js";
import { listProgrammes } from "../programmes/catalogue.js";
import { fundersOf, sitesOf } from "../reporting/contracts/queries.js";
import { grantsOf, maxGrantsListed } from "./queries.js";

export async function fundingOptionsOf(db: Db, organisationId: string): Promise<FundingOptions> {
  const [sites, programmes, funders, grants] = await Promise.all([sitesOf(db, organisationId), listProgrammes(db, organisationId), fundersOf(db, organisationId, { includeInactive: true }), grantsOf(db, organisationId)]);
  return {
    sites,
    programmes: programmes.map((programme) => ({ code: programme.key, title: programme.title, isRetired: programme.isRetired })),
    funders: funders.map(({ funder }) => ({ id: funder.id, name: funder.name, kind: funder.kind as FunderKind, isActive: funder.isActive })),
    grants: grants.slice(0, maxGrantsListed).map(({ grant, funderName }) => ({ id: grant.id, funderName, purpose: grant.purpose, startsOn: grant.startsOn, endsOn: grant.endsOn, endedOn: grant.endedOn, siteIds: grant.siteIds })),
  };
}
