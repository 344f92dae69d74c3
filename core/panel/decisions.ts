/**
 * What the panel decides for one case on its agenda: a summary of the discussion, a decision, the
 * actions that follow (each with an owner and a due date), and for a referring decision the
 * referral to the outside agency. Actions and external referrals then have small lifecycles of
 * their own:
 *
 *   action:    open ──complete──▶ done        open ──cancel(reason)──▶ cancelled     done | cancelled ──reopen──▶ open
 *   referral:  sent ──accept──▶ accepted ──close(outcome, returned on)──▶ closed
 *              sent ──decline(reason)──▶ declined ──close──▶ closed
 *
 * Dates are London calendar days as `YYYY-MM-DD`, compared as strings. Pure: the caller supplies
 * today and the meeting date, and records the result.
 */
import { z } from "zod";
import { idSchema } from "../api/common.js";

export const decisionKinds = [
  "organisation_led_support_plan",
  "refer_to_channel",
  "refer_to_safeguarding_hub",
  "refer_to_police",
  "no_further_action",
  "monitor_and_review",
] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** Channel (the government's Prevent process), the council's safeguarding hub (MASH), the police, or another named service. */
export const referralTargets = ["channel", "safeguarding_hub", "police", "other"] as const;
export type ReferralTarget = (typeof referralTargets)[number];

/** The agency each decision kind refers the case to; null for a decision the organisation carries out itself. */
export const referralImpliedBy: Record<DecisionKind, Exclude<ReferralTarget, "other"> | null> = {
  organisation_led_support_plan: null,
  refer_to_channel: "channel",
  refer_to_safeguarding_hub: "safeguarding_hub",
  refer_to_police: "police",
  no_further_action: null,
  monitor_and_review: null,
};

/** A decision that sends the case to an outside agency, which must then be tracked as a referral. */
export const isReferringDecision = (kind: DecisionKind): boolean => referralImpliedBy[kind] !== null;

const isDay = (value: string): boolean => z.iso.date().safeParse(value).success;
const day = (field: string) => z.iso.date({ message: `${field} must be a date as YYYY-MM-DD.` });
const text = (field: string, max: number) =>
  z.string().trim().min(1, { message: `${field} is required.` }).max(max, { message: `${field} must be at most ${max} characters.` });

// ── Actions ──────────────────────────────────────────────────────────────────

export const actionStatuses = ["open", "done", "cancelled"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionInputSchema = z.strictObject({
  description: text("The action's description", 1000),
  ownerId: idSchema,
  dueOn: day("The due date"),
});
export type ActionInput = z.infer<typeof actionInputSchema>;

export interface PanelAction extends ActionInput {
  status: ActionStatus;
}

/** An open action due before `today` (`YYYY-MM-DD`, London); an action due today is not yet overdue. */
export const isActionOverdue = (action: Pick<PanelAction, "status" | "dueOn">, today: string): boolean => action.status === "open" && action.dueOn < today;

export const actionEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("complete") }),
  z.strictObject({ type: z.literal("cancel"), reason: text("The reason for cancelling", 1000) }),
  /** For an action closed by mistake, or that turns out not to be finished. */
  z.strictObject({ type: z.literal("reopen") }),
]);
export type ActionEvent = z.infer<typeof actionEventSchema>;

const actionAllowed: Record<ActionStatus, readonly ActionEvent["type"][]> = { open: ["complete", "cancel"], done: ["reopen"], cancelled: ["reopen"] };

/** The action's status after `event`, or the reason it cannot happen. */
export function transitionAction(current: ActionStatus, event: ActionEvent): { ok: true; next: ActionStatus } | { ok: false; reason: string } {
  if (!actionAllowed[current].includes(event.type)) return { ok: false, reason: `An action that is ${current} cannot ${event.type}.` };
  const next: Record<ActionEvent["type"], ActionStatus> = { complete: "done", cancel: "cancelled", reopen: "open" };
  return { ok: true, next: next[event.type] };
}

// ── External referrals ───────────────────────────────────────────────────────

export const referralRecipientSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("channel") }),
  z.strictObject({ kind: z.literal("safeguarding_hub") }),
  z.strictObject({ kind: z.literal("police") }),
  z.strictObject({ kind: z.literal("other"), name: text("The name of the service", 200) }),
]);
export type ReferralRecipient = z.infer<typeof referralRecipientSchema>;

export const referralInputSchema = z.strictObject({ to: referralRecipientSchema, sentOn: day("The date sent") });
export type ReferralInput = z.infer<typeof referralInputSchema>;

export type ReferralStatus =
  | { state: "sent" }
  | { state: "accepted"; acceptedOn: string }
  | { state: "declined"; declinedOn: string; reason: string }
  | { state: "closed"; closedOn: string; outcome: string | null; returnedToOrganisationOn: string | null };

export interface ExternalReferral extends ReferralInput {
  status: ReferralStatus;
}

export const referralEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("accept"), on: day("The date accepted") }),
  z.strictObject({ type: z.literal("decline"), on: day("The date declined"), reason: text("The reason given", 2000) }),
  /** From accepted, `outcome` and `returnedToOrganisationOn` are required; from declined, both may be left out. */
  z.strictObject({ type: z.literal("close"), on: day("The date closed"), outcome: text("The outcome", 4000).optional(), returnedToOrganisationOn: day("The date the case returned").optional() }),
]);
export type ReferralEvent = z.infer<typeof referralEventSchema>;

const referralAllowed: Record<ReferralStatus["state"], readonly ReferralEvent["type"][]> = { sent: ["accept", "decline"], accepted: ["close"], declined: ["close"], closed: [] };

/** The referral after `event`, or the reason it cannot happen. Its dates run in order: sent, then accepted or declined, then closed. */
export function transitionReferral(current: ExternalReferral, event: ReferralEvent): { ok: true; next: ExternalReferral } | { ok: false; reason: string } {
  const { state } = current.status;
  if (!referralAllowed[state].includes(event.type)) return { ok: false, reason: `A referral that is ${state} cannot ${event.type}.` };
  if (event.on < current.sentOn) return { ok: false, reason: `The date (${event.on}) is before the referral was sent (${current.sentOn}).` };
  const lastStep = current.status.state === "accepted" ? current.status.acceptedOn : current.status.state === "declined" ? current.status.declinedOn : null;
  if (lastStep !== null && event.on < lastStep) return { ok: false, reason: `The date (${event.on}) is before the referral was ${state} (${lastStep}).` };
  const to = (status: ReferralStatus) => ({ ok: true as const, next: { ...current, status } });
  switch (event.type) {
    case "accept":
      return to({ state: "accepted", acceptedOn: event.on });
    case "decline":
      return to({ state: "declined", declinedOn: event.on, reason: event.reason });
    case "close": {
      const returned = event.returnedToOrganisationOn ?? null;
      if (state === "accepted") {
        // The issue tracks what the agency did and when the case came back; closing without them loses both.
        if (event.outcome === undefined) return { ok: false, reason: "Closing an accepted referral needs its outcome." };
        if (returned === null) return { ok: false, reason: "Closing an accepted referral needs the date the case returned to the organisation." };
      }
      if (returned !== null && returned < current.sentOn) return { ok: false, reason: `The case cannot return (${returned}) before the referral was sent (${current.sentOn}).` };
      return to({ state: "closed", closedOn: event.on, outcome: event.outcome ?? null, returnedToOrganisationOn: returned });
    }
  }
}

// ── The decision on one agenda case ──────────────────────────────────────────

export const maxActions = 20;

const decisionShape = z.strictObject({
  discussionSummary: text("The summary of the discussion", 10_000),
  kind: z.enum(decisionKinds, { message: `The decision must be one of: ${decisionKinds.join(", ")}.` }),
  actions: z.array(actionInputSchema).max(maxActions, { message: `A decision can have at most ${maxActions} actions.` }),
  referral: referralInputSchema.optional(),
});
export type DecisionInput = z.infer<typeof decisionShape>;

/** Checks that hold between the parts of a decision, reported on the part that is wrong. */
function checkReferral(decision: DecisionInput, problem: (path: (string | number)[], message: string) => void): void {
  const implied = referralImpliedBy[decision.kind];
  if (implied !== null && decision.referral === undefined) problem(["referral"], `A decision to ${decision.kind.replace(/_/g, " ")} needs the referral's details.`);
  if (decision.referral === undefined) return;
  if (decision.kind === "no_further_action") return problem(["referral"], "A decision of no further action has no referral.");
  const to = decision.referral.to.kind;
  if (implied !== null && to !== implied) problem(["referral", "to", "kind"], `A decision to ${decision.kind.replace(/_/g, " ")} refers to ${implied.replace(/_/g, " ")}, not ${to.replace(/_/g, " ")}.`);
  // A support plan may include a referral to another service (housing, say); Channel, the hub and the police are panel decisions of their own.
  if (implied === null && to !== "other") problem(["referral", "to", "kind"], `A referral to ${to.replace(/_/g, " ")} needs the decision to refer to ${to.replace(/_/g, " ")}.`);
}

/** A decision, checked across its parts: a referring decision includes its referral, to the right agency. */
export const decisionSchema = decisionShape.superRefine((decision, context) => {
  checkReferral(decision, (path, message) => context.addIssue({ code: "custom", path, message }));
});

/** The decision schema for a meeting held on `meetingOn`: no action may fall due before the meeting. */
export function decisionSchemaForMeeting(meetingOn: string) {
  if (!isDay(meetingOn)) throw new RangeError("meetingOn must be a date as YYYY-MM-DD.");
  return decisionShape.superRefine((decision, context) => {
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: "custom", path, message });
    checkReferral(decision, problem);
    decision.actions.forEach((action, a) => {
      // Zod runs this check even when a date failed its format; that date already has its own message.
      if (isDay(action.dueOn) && action.dueOn < meetingOn) problem(["actions", a, "dueOn"], `Action ${a + 1} is due on ${action.dueOn}, before the meeting on ${meetingOn}.`);
    });
  });
}

/** Checks a decision for a meeting; answers the decision, or a message per problem naming the field. */
export function parseDecision(input: unknown, meetingOn: string): { ok: true; decision: DecisionInput } | { ok: false; problems: string[] } {
  const parsed = decisionSchemaForMeeting(meetingOn).safeParse(input);
  if (parsed.success) return { ok: true, decision: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(decision)"}: ${issue.message}`) };
}
