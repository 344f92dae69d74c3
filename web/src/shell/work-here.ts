/**
 * Which kinds of casework the user does at a site, as the server says in the session: the web app
 * offers what the server's own policies allow and never works it out from roles.
 */
import type { Session } from "../../../core/api/auth.js";

export interface WorkHere {
  /** Triage queue, recording referrals, client search. */
  worksCaseload: boolean;
  /** The case list (all of the site's cases, or only their own for mentors). */
  seesCases: boolean;
  canRequestEmergencyAccess: boolean;
}

export function workHere(session: Pick<Session, "siteAbilities" | "abilities">, siteId: string | null): WorkHere {
  const here = siteId === null ? undefined : session.siteAbilities[siteId];
  return {
    worksCaseload: here?.worksCaseload ?? false,
    seesCases: here?.seesCases ?? false,
    canRequestEmergencyAccess: session.abilities.requestEmergencyAccess,
  };
}
