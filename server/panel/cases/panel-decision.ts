/**
 * The decision on an agenda case as the panel reads it: the staff view of the decision
 * (escalations/decision-view.ts) with every free text passed through the core's redaction for this
 * client, and no referral buttons (referrals are updated by staff on the case). Also who an action
 * may be given to: the meeting's attendees and the site's caseload staff.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DecisionView, PanelCase } from "../../../core/api/panel.js";
import { redactText, type ClientIdentity } from "../../../core/panel/redaction.js";
import { caseloadRoles } from "../../authz/site-roles.js";
import type { Db } from "../../db/client.js";
import { roleGrants, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import type { Vault } from "../../vault/vault.js";
import type { LoadedMeeting } from "../access/load-meeting.js";
import { decisionViewOf } from "../escalations/decision-view.js";

export async function panelDecisionView(
  db: Db,
  escalation: { id: string; siteId: string },
  reader: { actor: Actor; vault: Vault; key: SubjectKey; identity: ClientIdentity; caseReference: string; today: string },
): Promise<DecisionView | null> {
  // The referral's buttons are dropped below, whatever the view says.
  const view = { kase: { siteId: escalation.siteId, state: "open" }, isBreakGlass: false };
  const decision = await decisionViewOf(db, escalation.id, { ...reader, view });
  if (!decision) return null;
  return redactDecision(decision, reader.identity);
}

/**
 * Every text of a decision that staff wrote (the discussion, each action's wording and reason for
 * cancelling, the referral's decline reason and outcome) redacted for this client, and no referral
 * buttons. A text field added to the view must be added here too; the test reads them all.
 */
export function redactDecision(decision: DecisionView, identity: ClientIdentity): DecisionView {
  const redact = (text: string) => redactText(text, identity);
  const redactOrNull = (text: string | null) => (text === null ? null : redact(text));
  return {
    ...decision,
    discussionSummary: redact(decision.discussionSummary),
    actions: decision.actions.map((action) => ({ ...action, description: redact(action.description), cancelReason: redactOrNull(action.cancelReason) })),
    referral: decision.referral && {
      ...decision.referral,
      outcome: redactOrNull(decision.referral.outcome),
      declineReason: redactOrNull(decision.referral.declineReason),
      abilities: { accept: false, decline: false, close: false },
    },
  };
}

/** The meeting's attendees (with the body they come from) and the site's active caseload staff. */
export async function ownerOptions(db: Db, loaded: LoadedMeeting): Promise<PanelCase["ownerOptions"]> {
  const staff = await db
    .selectDistinct({ userId: users.id, name: users.displayName })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(and(eq(roleGrants.siteId, loaded.row.siteId), inArray(roleGrants.role, [...caseloadRoles]), eq(users.isActive, true)))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(500);
  const attendeeUsers = loaded.attendees.map(({ member }) => member.userId);
  const attendeeNames = attendeeUsers.length === 0 ? [] : await db.select({ userId: users.id, name: users.displayName }).from(users).where(and(inArray(users.id, attendeeUsers), eq(users.isActive, true)));
  const options = new Map<string, PanelCase["ownerOptions"][number]>();
  for (const { member } of loaded.attendees) {
    const name = attendeeNames.find((row) => row.userId === member.userId)?.name;
    if (name !== undefined) options.set(member.userId, { userId: member.userId, name, memberOrganisation: member.memberOrganisation });
  }
  for (const person of staff) if (!options.has(person.userId)) options.set(person.userId, { ...person, memberOrganisation: null });
  return [...options.values()];
}
