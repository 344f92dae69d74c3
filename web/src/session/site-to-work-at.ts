/**
 * Which site the user is working at: the one they chose on this device if it is still theirs, else
 * the first of their sites. Someone whose roles are all organisation-wide (an administrator, the data
 * protection officer, a commissioner) works for the whole organisation, not at a site, even though
 * the session lists every site for them.
 */
import type { Session } from "../../../core/api/auth.js";

export type SiteSummary = Session["sites"][number];

export function worksAtSites(grants: Session["grants"]): boolean {
  return grants.some((grant) => grant.siteId !== null);
}

export function siteToWorkAt(session: Pick<Session, "sites" | "grants">, chosenId: string | null): SiteSummary | null {
  if (!worksAtSites(session.grants)) return null;
  return session.sites.find((candidate) => candidate.id === chosenId) ?? session.sites[0] ?? null;
}
