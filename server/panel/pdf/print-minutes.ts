/**
 * The minutes of a meeting, for its safeguarding lead (every agenda case) and for an attending
 * member while their window is open (the cases open to them: none they are conflicted on). Anyone
 * else is told the meeting does not exist. Printing is audited with the cases it covered. What is
 * printed is redacted (minutes-model.ts); the PDF is drawn by the caller after the transaction.
 */
import { panelAccess } from "../../../core/panel/access.js";
import { ageBandOn } from "../../../core/clients/demographics.js";
import { londonDay } from "../../../core/london-time.js";
import { initialsOf } from "../../../core/panel/redaction.js";
import { recordAudit } from "../../audit/record-audit.js";
import { readIdentity } from "../../clients/identity-store.js";
import { keyUnlessErased } from "../../data-protection/key-unless-erased.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import type { SummaryModel } from "../../care-plans/pdf/summary-model.js";
import { panelMemberOf } from "../access/load-meeting.js";
import { agendaCases } from "../meetings/agenda-items.js";
import { isMemberWindowOpen } from "../meetings/policy.js";
import { findMeetingFor } from "../meetings/queries.js";
import type { MeetingContext } from "../meetings/read-meeting.js";
import { minutesModel, type MinutesCase } from "./minutes-model.js";
import { minutesDecision, minutesMeeting } from "./minutes-sources.js";

export async function prepareMinutes(tx: Db, actor: Actor, meetingId: string, context: MeetingContext): Promise<{ model: SummaryModel; organisationName: string }> {
  const viewer = await findMeetingFor(tx, actor, meetingId);
  if (!viewer.isLead && !isMemberWindowOpen(viewer, context.now)) throw notFound("Meeting");
  const { loaded } = viewer;
  const me = viewer.member && !viewer.isLead ? panelMemberOf(viewer.member) : null;
  const escalations = me ? loaded.agenda.filter((escalation) => panelAccess(me, loaded.meeting, escalation.caseId, context.now).allowed) : loaded.agenda;
  const casesById = await agendaCases(tx, escalations.map((escalation) => escalation.caseId));
  const today = londonDay(context.now);
  const cases: MinutesCase[] = [];
  for (const escalation of escalations) {
    const kase = casesById.get(escalation.caseId)!;
    const identity = await readIdentity(tx, context.vault, kase.clientId);
    // An erased client's case keeps its reference; what the panel decided was written under their key and is gone.
    const key = await keyUnlessErased(tx, context.vault, kase.clientId);
    cases.push({
      reference: kase.reference,
      initials: initialsOf(identity.givenName, identity.familyName),
      ageBand: ageBandOn(identity.dateOfBirth, today),
      identity,
      decision: key ? await minutesDecision(tx, context.vault, key, escalation.id) : null,
    });
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "panel.minutes_printed",
    entityType: "panel_meeting",
    entityId: meetingId,
    siteId: loaded.row.siteId,
    requestId: context.requestId,
    details: { caseIds: escalations.map((escalation) => escalation.caseId), asLead: viewer.isLead },
  });
  const meeting = await minutesMeeting(tx, loaded);
  return { model: minutesModel(meeting, cases, today), organisationName: meeting.organisationName };
}
