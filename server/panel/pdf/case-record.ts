/**
 * The full record of one panel decision for the case file: the client named, the escalation's
 * reasons and the decision's texts unredacted. Only for people who see the case through the one
 * visibility rule (cases/scope.ts); anyone else is told it does not exist. Printing is audited.
 */
import { and, eq } from "drizzle-orm";
import { londonDay } from "../../../core/london-time.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { SummaryModel } from "../../care-plans/pdf/summary-model.js";
import { findCaseFor, type CaseRow } from "../../cases/queries.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import { panelDecisions, panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { loadMeeting } from "../access/load-meeting.js";
import { panelFields } from "../fields.js";
import type { MeetingContext } from "../meetings/read-meeting.js";
import { caseRecordModel } from "./minutes-model.js";
import { minutesDecision, minutesMeeting } from "./minutes-sources.js";

export async function prepareCaseRecord(tx: Db, actor: Actor, decisionId: string, context: MeetingContext): Promise<{ model: SummaryModel; organisationName: string }> {
  const [found] = await tx
    .select({ decision: panelDecisions, escalation: panelEscalations })
    .from(panelDecisions)
    .innerJoin(panelEscalations, eq(panelEscalations.id, panelDecisions.escalationId))
    .where(and(eq(panelDecisions.id, decisionId), eq(panelDecisions.organisationId, actor.organisationId)))
    .limit(1);
  if (!found) throw notFound("Decision");
  let kase: CaseRow;
  let isBreakGlass: boolean;
  try {
    ({ kase, isBreakGlass } = await findCaseFor(tx, actor, found.decision.caseId, context.now));
  } catch {
    throw notFound("Decision");
  }
  const loaded = (await loadMeeting(tx, actor.organisationId, found.decision.meetingId))!;
  const key = await context.vault.loadSubjectKey(tx, kase.clientId);
  const identity = await readIdentity(tx, context.vault, kase.clientId);
  const open = (field: string, sealed: Uint8Array) => context.vault.decrypt(key, field, sealed);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    // Printed through emergency access, it says so, as every other read does.
    action: isBreakGlass ? "panel.case_record_printed_break_glass" : "panel.case_record_printed",
    entityType: "panel_decision",
    entityId: decisionId,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { caseId: kase.id, meetingId: found.decision.meetingId },
  });
  const meeting = await minutesMeeting(tx, loaded);
  const model = caseRecordModel(
    meeting,
    {
      reference: kase.reference,
      clientName: [identity.givenName, identity.familyName].filter(Boolean).join(" "),
      dateOfBirth: identity.dateOfBirth,
      escalation: { reason: open(panelFields.escalationReason, found.escalation.reason), riskSummary: open(panelFields.escalationRiskSummary, found.escalation.riskSummary) },
    },
    (await minutesDecision(tx, context.vault, key, found.escalation.id))!,
    londonDay(context.now),
  );
  return { model, organisationName: meeting.organisationName };
}
