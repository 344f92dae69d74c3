/**
 * An escalation brings a case to the Community Safeguarding Panel: a caseworker or safeguarding
 * lead gives a reason, a risk summary and the latest assessment, and may mark it urgent.
 *
 *   submitted ──accept(meeting)──▶ accepted ──record_decision──▶ discussed (final)
 *     │  ▲                          │  ▲ move_to_meeting(meeting)
 *     │  └──── resubmit ─── returned ◀┘── take_off_agenda(reason)
 *     └──── return(reason) ───▶ returned
 *   submitted | accepted ──withdraw(reason)──▶ withdrawn (final)
 *
 * A discussed escalation is final: bringing the case back is a new escalation, a new record, so
 * each decision stays tied to what the panel was actually shown. Pure: the caller supplies who and
 * when, and records the result.
 */
import { z } from "zod";
import { idSchema } from "../api/common.js";
import { endOfLondonDay, londonDay } from "../london-time.js";
import { roleSchema, type Role } from "../roles.js";

export const escalationStates = ["submitted", "accepted", "returned", "discussed", "withdrawn"] as const;
export type EscalationState = (typeof escalationStates)[number];

/** Only these roles bring a case to the panel (issue 7, "Escalation"). */
export const escalatingRoles = ["caseworker", "safeguarding_lead"] as const satisfies readonly Role[];

const text = (field: string, max: number) =>
  z.string().trim().min(1, { message: `${field} is required.` }).max(max, { message: `${field} must be at most ${max} characters.` });

/** What the escalator writes; the same schema checks the API and the form. */
export const escalationInputSchema = z.strictObject({
  caseId: idSchema,
  reason: text("The reason", 2000),
  riskSummary: text("The risk summary", 8000),
  /** The latest submitted assessment; null only for an urgent escalation made before any assessment. */
  assessmentId: idSchema.nullable(),
  isUrgent: z.boolean(),
});
export type EscalationInput = z.infer<typeof escalationInputSchema>;

const actorSchema = z.strictObject({ userId: idSchema, role: roleSchema });
export type Actor = z.infer<typeof actorSchema>;

export const escalationEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("accept"), by: actorSchema, meetingId: idSchema }),
  z.strictObject({ type: z.literal("return"), by: actorSchema, reason: text("The reason for returning", 2000) }),
  /** `assessmentId` absent: the assessment already attached. */
  z.strictObject({ type: z.literal("resubmit"), by: actorSchema, reason: text("The reason", 2000), riskSummary: text("The risk summary", 8000), assessmentId: idSchema.optional() }),
  z.strictObject({ type: z.literal("move_to_meeting"), by: actorSchema, meetingId: idSchema }),
  z.strictObject({ type: z.literal("take_off_agenda"), by: actorSchema, reason: text("The reason for taking it off the agenda", 2000) }),
  z.strictObject({ type: z.literal("record_decision"), meetingId: idSchema, decisionId: idSchema }),
  z.strictObject({ type: z.literal("withdraw"), by: actorSchema, reason: text("The reason for withdrawing", 2000) }),
]);
export type EscalationEvent = z.infer<typeof escalationEventSchema>;
export type EscalationEventType = EscalationEvent["type"];

/** Where an escalation stands, with what each state needs: an accepted one always has a meeting. */
export type EscalationStatus =
  | { state: "submitted" }
  | { state: "accepted"; meetingId: string }
  | { state: "returned"; reason: string }
  | { state: "discussed"; meetingId: string; decisionId: string }
  | { state: "withdrawn"; reason: string };

export interface Escalation {
  caseId: string;
  escalatedBy: string;
  reason: string;
  riskSummary: string;
  assessmentId: string | null;
  isUrgent: boolean;
  status: EscalationStatus;
}

export type EscalationResult = { ok: true; next: Escalation } | { ok: false; reason: string };

/** A new escalation from `by`, submitted; refused for a role that does not escalate. */
export function escalate(by: Actor, input: EscalationInput): EscalationResult {
  if (!(escalatingRoles as readonly Role[]).includes(by.role)) return { ok: false, reason: "Only a caseworker or a safeguarding lead can escalate a case to the panel." };
  // The panel decides on the assessed picture; only an urgent escalation may come before one.
  if (input.assessmentId === null && !input.isUrgent) return { ok: false, reason: "A case is escalated with its latest assessment: submit one first, or mark the escalation urgent." };
  return { ok: true, next: { ...input, escalatedBy: by.userId, status: { state: "submitted" } } };
}

const allowed: Record<EscalationState, readonly EscalationEventType[]> = {
  submitted: ["accept", "return", "withdraw"],
  accepted: ["move_to_meeting", "take_off_agenda", "record_decision", "withdraw"],
  returned: ["resubmit"],
  discussed: [],
  withdrawn: [],
};

/** The events that may happen to an escalation in this state, for the UI to offer (who may do them is checked on the event). */
export const availableEvents = (current: Escalation): readonly EscalationEventType[] => allowed[current.status.state];

const leadOnly = new Set<EscalationEventType>(["accept", "return", "move_to_meeting", "take_off_agenda"]);

/** The escalation after `event`, or the reason it cannot happen. */
export function transition(current: Escalation, event: EscalationEvent): EscalationResult {
  const { status } = current;
  if (!allowed[status.state].includes(event.type)) {
    return { ok: false, reason: `An escalation that is ${status.state} cannot ${event.type.replace(/_/g, " ")}.` };
  }
  if (leadOnly.has(event.type) && "by" in event && event.by.role !== "safeguarding_lead") {
    return { ok: false, reason: `Only a safeguarding lead can ${event.type.replace(/_/g, " ")} an escalation.` };
  }
  const to = (next: EscalationStatus): EscalationResult => ({ ok: true, next: { ...current, status: next } });
  switch (event.type) {
    case "accept":
      return to({ state: "accepted", meetingId: event.meetingId });
    case "return":
    case "take_off_agenda":
      return to({ state: "returned", reason: event.reason });
    case "move_to_meeting":
      if (status.state === "accepted" && status.meetingId === event.meetingId) return { ok: false, reason: "The escalation is already on that meeting's agenda." };
      return to({ state: "accepted", meetingId: event.meetingId });
    case "record_decision":
      // A decision from a meeting the case is not on the agenda of is a mistake, not a move.
      if (status.state !== "accepted" || status.meetingId !== event.meetingId) return { ok: false, reason: "The decision is from a meeting whose agenda does not hold this escalation." };
      return to({ state: "discussed", meetingId: event.meetingId, decisionId: event.decisionId });
    case "resubmit":
      if (event.by.userId !== current.escalatedBy) return { ok: false, reason: "Only the person who escalated the case can resubmit it." };
      return {
        ok: true,
        next: { ...current, reason: event.reason, riskSummary: event.riskSummary, assessmentId: event.assessmentId ?? current.assessmentId, status: { state: "submitted" } },
      };
    case "withdraw":
      if (event.by.userId !== current.escalatedBy && event.by.role !== "safeguarding_lead") {
        return { ok: false, reason: "Only the person who escalated the case or a safeguarding lead can withdraw it." };
      }
      return to({ state: "withdrawn", reason: event.reason });
  }
}

/** Every reachable escalation has this shape; used by the property tests and by the database check. */
export function isValidEscalation(escalation: Escalation): boolean {
  const { status } = escalation;
  switch (status.state) {
    case "submitted":
      return true;
    case "accepted":
      return status.meetingId !== "";
    case "discussed":
      return status.meetingId !== "" && status.decisionId !== "";
    case "returned":
    case "withdrawn":
      return status.reason.trim() !== "";
  }
}

/**
 * An urgent escalation's alert must reach the safeguarding lead the same day it was submitted
 * (issue 7): the deadline is the end of that London calendar day, not 24 hours later.
 */
export function urgentAlertDeadline(submittedAt: Date): Date {
  if (Number.isNaN(submittedAt.getTime())) throw new RangeError("submittedAt must be a real date.");
  return endOfLondonDay(londonDay(submittedAt));
}

/** True while an urgent escalation's alert has not reached the safeguarding lead and its deadline has passed. */
export function isUrgentAlertOverdue(escalation: { isUrgent: boolean; submittedAt: Date; alertedAt: Date | null }, now: Date): boolean {
  if (!escalation.isUrgent || escalation.alertedAt !== null) return false;
  return now.getTime() > urgentAlertDeadline(escalation.submittedAt).getTime();
}
