/**
 * What part of the panel a user works in at a site, from the roles the session lists: the site's
 * safeguarding leads run it, its team managers oversee it, panel members attend its meetings. The
 * server decides every page's data (404 or 403 otherwise); this only chooses what to offer. An
 * account whose only role is panel member (an outside agency's, or a member of staff's seat) sees
 * nothing but the panel.
 */
import type { Session } from "../../../core/api/auth.js";
import type { Role } from "../../../core/roles.js";

export interface PanelHere {
  /** Runs the panel: members, meetings, agenda (a safeguarding lead). */
  runsPanel: boolean;
  /** Sees the dashboard, the members and everyone's actions (safeguarding leads and team managers). */
  overseesPanel: boolean;
  /** Attends meetings as a member. */
  isMember: boolean;
}

const holds = (session: Pick<Session, "grants">, siteId: string | null, roles: readonly Role[]): boolean =>
  siteId !== null && session.grants.some((grant) => grant.siteId === siteId && roles.includes(grant.role));

export function panelHere(session: Pick<Session, "grants">, siteId: string | null): PanelHere {
  return {
    runsPanel: holds(session, siteId, ["safeguarding_lead"]),
    overseesPanel: holds(session, siteId, ["safeguarding_lead", "team_manager"]),
    isMember: holds(session, siteId, ["panel_member"]),
  };
}

/** Whether every role the user holds is panel member: they land on their meetings and see nothing else. */
export function isPanelOnly(session: Pick<Session, "grants">): boolean {
  return session.grants.length > 0 && session.grants.every((grant) => grant.role === "panel_member");
}
