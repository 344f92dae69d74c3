/**
 * Who may do what with escalations on a case they can already see (cases/scope.ts decides seeing):
 *
 * - Escalating: a caseworker or safeguarding lead of the case's site (core `escalatingRoles`), on an
 *   open case, never through emergency (break-glass) access, and not while one is live.
 * - Accepting onto a meeting, returning, moving and taking off an agenda, choosing note excerpts:
 *   the site's safeguarding lead, who runs the panel.
 * - Resubmitting: the person who escalated. Withdrawing: they or the site's safeguarding lead.
 * - A site's queue and panel dashboard: its safeguarding leads and team managers.
 */
import { availableEvents, escalatingRoles, type Escalation, type EscalationEventType } from "../../../core/panel/escalation.js";
import type { Role } from "../../../core/roles.js";
import type { EscalationDetail } from "../../../core/api/panel.js";
import { holdsAt, managerRoles, sitesWhere } from "../../authz/site-roles.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { isSiteLead } from "../access/panel-case-access.js";

export interface EscalationCaseView {
  kase: { siteId: string; state: string };
  isBreakGlass: boolean;
}


export function canEscalate(actor: Actor, view: EscalationCaseView): boolean {
  if (view.isBreakGlass || view.kase.state === "closed") return false;
  return holdsAt(actor, escalatingRoles, view.kase.siteId);
}

const leadEvents: readonly EscalationEventType[] = ["accept", "return", "move_to_meeting", "take_off_agenda"];

/** Whether the actor's role allows `type` (whether the escalation's state allows it is the core's rule). */
export function mayApply(actor: Actor, type: EscalationEventType, escalation: { siteId: string; escalatedBy: string }, view: EscalationCaseView): boolean {
  if (view.isBreakGlass || type === "record_decision") return false;
  if (leadEvents.includes(type)) return isSiteLead(actor, escalation.siteId);
  if (type === "resubmit") return actor.userId === escalation.escalatedBy;
  return actor.userId === escalation.escalatedBy || isSiteLead(actor, escalation.siteId);
}

export function canChooseExcerpts(actor: Actor, escalation: { siteId: string }, view: EscalationCaseView): boolean {
  return !view.isBreakGlass && isSiteLead(actor, escalation.siteId);
}

export function escalationAbilities(actor: Actor, current: Escalation, row: { siteId: string; escalatedBy: string; state: string }, view: EscalationCaseView): EscalationDetail["abilities"] {
  const can = (type: EscalationEventType) => availableEvents(current).includes(type) && mayApply(actor, type, row, view);
  return {
    accept: can("accept"),
    return: can("return"),
    resubmit: can("resubmit"),
    moveToMeeting: can("move_to_meeting"),
    takeOffAgenda: can("take_off_agenda"),
    withdraw: can("withdraw"),
    chooseExcerpts: (row.state === "submitted" || row.state === "accepted") && canChooseExcerpts(actor, row, view),
  };
}

/** The role the core's rules see the actor in at a site: the panel's lead before a caseworker. */
export function roleAt(actor: Actor, siteId: string): Role {
  const order: readonly Role[] = ["safeguarding_lead", "caseworker", "team_manager", "mentor"];
  return order.find((role) => holdsAt(actor, [role], siteId)) ?? "mentor";
}

/** The site whose panel work (queue, dashboard) the actor asks for: the one named, or their first where they manage. */
export function panelSiteOf(actor: Actor, siteId: string | undefined): string {
  const managed = sitesWhere(actor, managerRoles);
  const chosen = siteId ?? managed[0];
  if (chosen === undefined || !managed.includes(chosen)) throw new AppError("forbidden", "Only the site's safeguarding leads and team managers see its panel work.");
  return chosen;
}
