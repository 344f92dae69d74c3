/** Reads what the minutes and the case record print: the meeting with its attendees, and a decision with its texts opened. */
import { asc, eq } from "drizzle-orm";
import { decisionKinds, referralTargets } from "../../../core/panel/decisions.js";
import type { PanelRole } from "../../../core/panel/membership.js";
import type { Db } from "../../db/client.js";
import { externalReferrals, organisations, panelActions, panelDecisions } from "../../db/schema.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import type { Vault } from "../../vault/vault.js";
import type { LoadedMeeting } from "../access/load-meeting.js";
import { namesOf } from "../escalations/decision-view.js";
import { panelFields } from "../fields.js";
import { siteName } from "../meetings/queries.js";
import type { MinutesDecision, MinutesMeeting } from "./minutes-model.js";

export async function minutesMeeting(db: Db, loaded: LoadedMeeting): Promise<MinutesMeeting> {
  const names = await namesOf(db, loaded.attendees.map(({ member }) => member.userId));
  const [organisation] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, loaded.row.organisationId)).limit(1);
  return {
    organisationName: organisation?.name ?? "",
    siteName: await siteName(db, loaded.row.siteId),
    startsAt: loaded.row.startsAt,
    endsAt: loaded.row.endsAt,
    location: loaded.row.location,
    isCancelled: loaded.row.isCancelled,
    attendees: loaded.attendees.map(({ member, attended }) => ({ name: names.get(member.userId) ?? "", memberOrganisation: member.memberOrganisation, panelRole: member.panelRole as PanelRole, attended })),
  };
}

/** The decision on an escalation with its texts opened under the client's key, or null while none is recorded. */
export async function minutesDecision(db: Db, vault: Vault, key: SubjectKey, escalationId: string): Promise<MinutesDecision | null> {
  const [decision] = await db.select().from(panelDecisions).where(eq(panelDecisions.escalationId, escalationId)).limit(1);
  if (!decision) return null;
  const [actions, [referral]] = await Promise.all([
    db.select().from(panelActions).where(eq(panelActions.decisionId, decision.id)).orderBy(asc(panelActions.dueOn), asc(panelActions.id)),
    db.select().from(externalReferrals).where(eq(externalReferrals.decisionId, decision.id)).limit(1),
  ]);
  const owners = await namesOf(db, actions.map((action) => action.ownerUserId));
  return {
    kind: decisionKinds.find((kind) => kind === decision.kind) ?? "monitor_and_review",
    discussionSummary: vault.decrypt(key, panelFields.discussionSummary, decision.discussionSummary),
    actions: actions.map((action) => ({ description: vault.decrypt(key, panelFields.actionDescription, action.description), ownerName: owners.get(action.ownerUserId) ?? "", dueOn: action.dueOn })),
    referral: referral ? { target: referralTargets.find((target) => target === referral.target) ?? "other", targetName: referral.targetName, sentOn: referral.sentOn, status: referral.status } : null,
  };
}
