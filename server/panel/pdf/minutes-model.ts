/**
 * What a meeting's printed minutes say, as blocks for the care plans' page writer
 * (care-plans/pdf/render-summary.ts): the meeting (day, time, place), who attended with the body
 * they come from and their role on the panel, apologies, then per agenda case its reference,
 * initials and age band, the decision, the discussion summary and the actions with owner and due
 * day. Every text about a case goes through the core's redaction for that client, so no name, date
 * of birth, address or contact detail is printed. Also the full-detail case record of one decision
 * for the case file, which names the client. Pure, so the words can be tested without a page.
 */
import type { AgeBand } from "../../../core/clients/demographics.js";
import type { DecisionKind, ReferralTarget } from "../../../core/panel/decisions.js";
import type { PanelRole } from "../../../core/panel/membership.js";
import { redactText, type ClientIdentity } from "../../../core/panel/redaction.js";
import type { Block, SummaryModel } from "../../care-plans/pdf/summary-model.js";

export const decisionLabels: Record<DecisionKind, string> = {
  organisation_led_support_plan: "Support plan led by the organisation",
  refer_to_channel: "Refer to Channel",
  refer_to_safeguarding_hub: "Refer to the council's safeguarding hub",
  refer_to_police: "Refer to the police",
  no_further_action: "No further action",
  monitor_and_review: "Monitor and review",
};
const roleLabels: Record<PanelRole, string> = { chair: "Chair", vice_chair: "Vice-chair", member: "Member", adviser: "Adviser" };
const targetLabels: Record<ReferralTarget, string> = { channel: "Channel", safeguarding_hub: "Council safeguarding hub", police: "Police", other: "Other service" };
const ageBandLabel = (band: AgeBand) => (band === "unknown" ? "age not known" : band === "under_10" ? "under 10" : band === "65_plus" ? "65 or over" : `aged ${band.replace("_", "–")}`);

const dayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" });
const longDay = (day: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));

export interface MinutesMeeting {
  organisationName: string;
  siteName: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  isCancelled: boolean;
  attendees: readonly { name: string; memberOrganisation: string; panelRole: PanelRole; attended: boolean | null }[];
}

export interface MinutesDecision {
  kind: DecisionKind;
  discussionSummary: string;
  actions: readonly { description: string; ownerName: string; dueOn: string }[];
  referral: { target: ReferralTarget; targetName: string | null; sentOn: string; status: string } | null;
}

export interface MinutesCase {
  reference: string;
  initials: string | null;
  ageBand: AgeBand;
  /** Used only to redact the texts; never printed in the minutes. */
  identity: ClientIdentity;
  decision: MinutesDecision | null;
}

const model = (title: string, blocks: Block[]): SummaryModel => ({ language: "en", direction: "ltr", isFallback: false, title, blocks });

function meetingBlocks(meeting: MinutesMeeting, title: string): Block[] {
  const present = meeting.attendees.filter((attendee) => attendee.attended !== false);
  const apologies = meeting.attendees.filter((attendee) => attendee.attended === false);
  const person = (attendee: MinutesMeeting["attendees"][number]) => `${attendee.name}, ${attendee.memberOrganisation} (${roleLabels[attendee.panelRole]})`;
  return [
    { kind: "organisation", text: `${meeting.organisationName} · ${meeting.siteName}` },
    { kind: "title", text: title },
    { kind: "intro", text: `${dayFormat.format(meeting.startsAt)}, ${timeFormat.format(meeting.startsAt)} to ${timeFormat.format(meeting.endsAt)}, ${meeting.location}` },
    ...(meeting.isCancelled ? [{ kind: "notice" as const, text: "This meeting was cancelled." }] : []),
    { kind: "heading", text: "Present" },
    ...(present.length > 0 ? present.map((attendee) => ({ kind: "detail" as const, text: person(attendee) })) : [{ kind: "detail" as const, text: "None recorded." }]),
    { kind: "heading", text: "Apologies" },
    ...(apologies.length > 0 ? apologies.map((attendee) => ({ kind: "detail" as const, text: person(attendee) })) : [{ kind: "detail" as const, text: "None." }]),
  ];
}

function decisionBlocks(decision: MinutesDecision | null, clean: (text: string) => string): Block[] {
  if (!decision) return [{ kind: "detail", text: "No decision recorded." }];
  return [
    { kind: "detail", text: `Decision: ${decisionLabels[decision.kind]}` },
    { kind: "text", text: clean(decision.discussionSummary), isTyped: true },
    ...decision.actions.map((action, index) => ({ kind: "detail" as const, text: `Action ${index + 1}: ${clean(action.description)}. Owner: ${clean(action.ownerName)}. Due ${longDay(action.dueOn)}.`, isTyped: true })),
    ...(decision.referral ? [{ kind: "detail" as const, text: `Referral: ${decision.referral.targetName ?? targetLabels[decision.referral.target]}, sent ${longDay(decision.referral.sentOn)} (${decision.referral.status}).` }] : []),
  ];
}

/** The minutes for the panel and the meeting's record: redacted throughout. */
export function minutesModel(meeting: MinutesMeeting, cases: readonly MinutesCase[], printedOn: string): SummaryModel {
  const caseBlocks = cases.flatMap((item): Block[] => {
    const clean = (text: string) => redactText(text, item.identity);
    return [{ kind: "item", text: `${item.reference} · ${item.initials ?? "No initials"} · ${ageBandLabel(item.ageBand)}` }, ...decisionBlocks(item.decision, clean)];
  });
  return model("Community Safeguarding Panel: minutes", [
    ...meetingBlocks(meeting, "Community Safeguarding Panel: minutes"),
    { kind: "heading", text: "Cases" },
    ...(caseBlocks.length > 0 ? caseBlocks : [{ kind: "detail" as const, text: "No cases." }]),
    { kind: "footer", text: `Confidential: for panel members. Printed on ${longDay(printedOn)}.` },
  ]);
}

export interface CaseRecordCase {
  reference: string;
  clientName: string;
  dateOfBirth: string | null;
  escalation: { reason: string; riskSummary: string };
}

/** The case file's record of one decision, in full: for staff who see the case. */
export function caseRecordModel(meeting: MinutesMeeting, kase: CaseRecordCase, decision: MinutesDecision, printedOn: string): SummaryModel {
  const title = "Community Safeguarding Panel: decision for the case file";
  return model(title, [
    ...meetingBlocks(meeting, title),
    { kind: "heading", text: "Case" },
    { kind: "item", text: `${kase.reference} · ${kase.clientName}${kase.dateOfBirth ? ` · born ${longDay(kase.dateOfBirth)}` : ""}` },
    { kind: "detail", text: "Why it was brought to the panel:" },
    { kind: "text", text: kase.escalation.reason, isTyped: true },
    { kind: "detail", text: "The risk as the escalator saw it:" },
    { kind: "text", text: kase.escalation.riskSummary, isTyped: true },
    { kind: "heading", text: "Decision" },
    ...decisionBlocks(decision, (text) => text),
    { kind: "footer", text: `Confidential: for the case file. Printed on ${longDay(printedOn)}.` },
  ]);
}
