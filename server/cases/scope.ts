/**
 * The one definition of which cases an actor may see, as a SQL condition every case query uses:
 * - caseworkers, team managers and safeguarding leads: their sites' cases that are not restricted;
 * - anyone assigned to a case (mentors and specialists see only these): that case, if not restricted;
 * - restricted cases (radicalisation, Channel, or marked restricted): only the people named on them;
 * - anyone with live break-glass access to the case.
 */
import { and, eq, inArray, not, or, sql, type SQL } from "drizzle-orm";
import { caseloadRoles, sitesWhere } from "../authz/site-roles.js";
import { breakGlassAccesses, caseAccessGrants, caseAssignments, cases } from "../db/schema.js";
import type { Actor } from "../http/context.js";

/** Who is asking: a signed-in actor, or a calendar feed's owner read live from their grants. */
export type CaseViewer = Pick<Actor, "userId" | "organisationId" | "grants">;

/** `includeBreakGlass: false` tells whether the actor would see the case without emergency access. */
export function visibleCases(actor: CaseViewer, now: Date, options: { includeBreakGlass?: boolean } = {}): SQL {
  const siteIds = sitesWhere(actor, caseloadRoles);
  const assigned = sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.caseId} = ${cases.id}
    and ${caseAssignments.userId} = ${actor.userId} and ${caseAssignments.endedAt} is null)`;
  const named = sql`exists (select 1 from ${caseAccessGrants} where ${caseAccessGrants.caseId} = ${cases.id}
    and ${caseAccessGrants.userId} = ${actor.userId})`;
  const brokenGlass = sql`exists (select 1 from ${breakGlassAccesses} where ${breakGlassAccesses.caseId} = ${cases.id}
    and ${breakGlassAccesses.userId} = ${actor.userId} and ${breakGlassAccesses.expiresAt} > ${now.toISOString()})`;
  return and(
    eq(cases.organisationId, actor.organisationId),
    or(
      and(not(cases.isRestricted), or(siteIds.length > 0 ? inArray(cases.siteId, siteIds) : sql`false`, assigned)),
      and(cases.isRestricted, named),
      options.includeBreakGlass === false ? sql`false` : brokenGlass,
    ),
  ) as SQL;
}
