/**
 * What part of the panel a user works in at a site, as the server says in the session
 * (`siteAbilities[site].panel`): the site's safeguarding leads and team managers run and oversee
 * it, anyone with an active seat attends its meetings. The server decides every page's data (404 or
 * 403 otherwise); this only chooses what to offer. An account whose only role is panel member (an
 * outside agency's) sees nothing but the panel.
 */
import type { Session } from "../../../core/api/auth.js";

export interface PanelHere {
  /** Sees the dashboard, the escalation queue, the members and everyone's actions (safeguarding leads and team managers). */
  overseesPanel: boolean;
  /** Attends meetings as a member. */
  isMember: boolean;
}

export function panelHere(session: Pick<Session, "siteAbilities">, siteId: string | null): PanelHere {
  const part = siteId === null ? null : (session.siteAbilities[siteId]?.panel ?? null);
  return { overseesPanel: part === "runs", isMember: part === "member" };
}

/** Whether the user oversees the panel at any of their sites (where "/panel" shows the dashboard). */
export function overseesPanelAnywhere(session: Pick<Session, "siteAbilities">): boolean {
  return Object.values(session.siteAbilities).some((here) => here.panel === "runs");
}

/** Whether every role the user holds is panel member: they land on their meetings and see nothing else. */
export function isPanelOnly(session: Pick<Session, "grants">): boolean {
  return session.grants.length > 0 && session.grants.every((grant) => grant.role === "panel_member");
}
