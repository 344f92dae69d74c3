/**
 * Request and response shapes for the Community Safeguarding Panel: escalations from a case and
 * the safeguarding lead's queue, panel members, meetings with attendees, agendas and conflicts,
 * the redacted case summary a member reads within the access window, decisions with actions,
 * external referrals, the panel dashboard. The web forms validate with the same schemas.
 *
 * What a panel member receives about a case is only ever `redactedCaseSummarySchema`'s fields:
 * initials, an age band, the case reference and the panel texts after redaction.
 */
import { z } from "zod";
import { supportTiers } from "../cases/case-state-machine.js";
import { ageBands, ethnicityCodes, religions, sexes } from "../clients/demographics.js";
import { actionStatuses, decisionKinds, decisionSchema, referralInputSchema, referralTargets } from "../panel/decisions.js";
import { escalationStates } from "../panel/escalation.js";
import { checkMembership, memberKinds, membershipShape, panelRoles } from "../panel/membership.js";
import { refusalReasons } from "../panel/access.js";
import { vulnerabilityDomains } from "../referrals/vocabulary.js";
import { displayTextSchema, idSchema } from "./common.js";

export { decisionKinds, escalationStates, memberKinds, panelRoles, referralTargets };

const versionSchema = z.number().int().min(1);
const reasonText = (field: string, max = 2000) =>
  z.string().trim().min(1, { message: `${field} is required.` }).max(max, { message: `${field} must be at most ${max} characters.` });
const siteQuery = { siteId: idSchema.optional() };

export const escalationParamsSchema = z.strictObject({ escalationId: idSchema });
export const memberParamsSchema = z.strictObject({ memberId: idSchema });
export const meetingParamsSchema = z.strictObject({ meetingId: idSchema });
export const meetingCaseParamsSchema = z.strictObject({ meetingId: idSchema, caseId: idSchema });
export const actionParamsSchema = z.strictObject({ actionId: idSchema });
export const externalReferralParamsSchema = z.strictObject({ referralId: idSchema });
export const decisionParamsSchema = z.strictObject({ decisionId: idSchema });

// ── Escalations ──────────────────────────────────────────────────────────────

/** From a case: why, the risk as the escalator sees it, and whether it is urgent. The latest submitted assessment is attached by the server. */
export const escalateBodySchema = z.strictObject({
  reason: reasonText("The reason"),
  riskSummary: reasonText("The risk summary", 8000),
  isUrgent: z.boolean(),
});
export type EscalateBody = z.infer<typeof escalateBodySchema>;

/** A step in an escalation's life, with the version seen (409 when stale). */
export const escalationEventBodySchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("accept"), meetingId: idSchema, version: versionSchema }),
  z.strictObject({ type: z.literal("return"), reason: reasonText("The reason for returning"), version: versionSchema }),
  z.strictObject({ type: z.literal("resubmit"), reason: reasonText("The reason"), riskSummary: reasonText("The risk summary", 8000), version: versionSchema }),
  z.strictObject({ type: z.literal("move_to_meeting"), meetingId: idSchema, version: versionSchema }),
  z.strictObject({ type: z.literal("take_off_agenda"), reason: reasonText("The reason for taking it off the agenda"), version: versionSchema }),
  z.strictObject({ type: z.literal("withdraw"), reason: reasonText("The reason for withdrawing"), version: versionSchema }),
]);
export type EscalationEventBody = z.infer<typeof escalationEventBodySchema>;

/** The session-note passages the safeguarding lead shows the panel; each must be found word for word in that session's notes. */
export const maxExcerpts = 10;
export const excerptsBodySchema = z.strictObject({
  excerpts: z
    .array(z.strictObject({ sessionId: idSchema, text: reasonText("The excerpt", 1500) }))
    .max(maxExcerpts, { message: `At most ${maxExcerpts} excerpts.` }),
  version: versionSchema,
});
export type ExcerptsBody = z.infer<typeof excerptsBodySchema>;

export const escalationListQuerySchema = z.strictObject({
  ...siteQuery,
  state: z.enum(escalationStates).optional(),
});

const meetingRefSchema = z.object({ id: idSchema, startsAt: z.iso.datetime(), endsAt: z.iso.datetime(), location: z.string() });

export const escalationSummarySchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseReference: z.string(),
  siteId: idSchema,
  siteName: z.string(),
  state: z.enum(escalationStates),
  isUrgent: z.boolean(),
  submittedAt: z.iso.datetime(),
  escalatedByName: z.string().nullable(),
  meeting: meetingRefSchema.nullable(),
  decisionKind: z.enum(decisionKinds).nullable(),
  version: z.number().int(),
});
export type EscalationSummary = z.infer<typeof escalationSummarySchema>;

/** Where text written for the panel still holds something identifying, for the writer to reword (the panel's copy is redacted regardless). */
export const identifyingWarningSchema = z.object({
  field: z.enum(["reason", "riskSummary", "excerpt", "discussionSummary", "action"]),
  kinds: z.array(z.enum(["name", "date_of_birth", "address", "postcode", "phone", "email"])),
});

/** What escalating would warn about, before anything is saved: the writer rewords, or goes ahead knowing the panel sees those words blacked out. */
export const escalationPreviewSchema = z.object({ warnings: z.array(identifyingWarningSchema) });

export const escalationDetailSchema = escalationSummarySchema.extend({
  reason: z.string(),
  riskSummary: z.string(),
  /** Why it was returned, taken off an agenda or withdrawn. */
  stateReason: z.string().nullable(),
  assessment: z.object({ id: idSchema, instrumentTitle: z.string(), assessedOn: z.iso.date() }).nullable(),
  excerpts: z.array(z.object({ id: idSchema, sessionId: idSchema, sessionDate: z.iso.date(), text: z.string() })),
  history: z.array(z.object({ type: z.string(), at: z.iso.datetime(), actorName: z.string().nullable(), meetingId: idSchema.nullable() })),
  decision: z.lazy(() => decisionViewSchema).nullable(),
  warnings: z.array(identifyingWarningSchema),
  /** Meetings it may be accepted onto or moved to (scheduled, not cancelled, not yet ended), for the safeguarding lead. */
  meetingOptions: z.array(meetingRefSchema),
  abilities: z.object({
    accept: z.boolean(),
    return: z.boolean(),
    resubmit: z.boolean(),
    moveToMeeting: z.boolean(),
    takeOffAgenda: z.boolean(),
    withdraw: z.boolean(),
    chooseExcerpts: z.boolean(),
  }),
});
export type EscalationDetail = z.infer<typeof escalationDetailSchema>;

export const caseEscalationListSchema = z.object({
  items: z.array(escalationSummarySchema),
  /** May the viewer escalate this case now (a caseworker or safeguarding lead on an open case with no live escalation)? */
  abilities: z.object({ escalate: z.boolean() }),
  /** Why not, when there is a live escalation already or no assessment (then only urgent is offered). */
  hasLiveEscalation: z.boolean(),
  latestAssessment: z.object({ id: idSchema, instrumentTitle: z.string(), assessedOn: z.iso.date() }).nullable(),
});
export type CaseEscalationList = z.infer<typeof caseEscalationListSchema>;

export const escalationQueueSchema = z.object({ items: z.array(escalationSummarySchema) });

// ── Members ──────────────────────────────────────────────────────────────────

const membershipBody = z.strictObject(membershipShape);
const withMembershipChecks = <T extends z.ZodType<{ vetting: { checkedOn: string; expiresOn: string } | null; term: { from: string; to: string | null } }>>(schema: T) =>
  schema.superRefine((value, context) => checkMembership(value, (path, message) => context.addIssue({ code: "custom", path, message })));

/** A new seat: a member of staff (an existing account at the site) or an outside person (invited to an account holding only the panel member role). */
export const createMemberBodySchema = withMembershipChecks(
  z.discriminatedUnion("kind", [
    membershipBody.extend({ kind: z.literal("internal"), siteId: idSchema, userId: idSchema }),
    membershipBody.extend({
      kind: z.literal("external"),
      siteId: idSchema,
      displayName: displayTextSchema(120),
      email: z.email({ message: "Must be an email address." }).max(254),
    }),
  ]),
);
export type CreateMemberBody = z.infer<typeof createMemberBodySchema>;

export const updateMemberBodySchema = withMembershipChecks(membershipBody.extend({ version: versionSchema }));
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

export const memberSchema = z.object({
  id: idSchema,
  siteId: idSchema,
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  kind: z.enum(memberKinds),
  memberOrganisation: z.string(),
  panelRole: z.enum(panelRoles),
  skills: z.array(z.string()),
  vetting: z.object({ checkedOn: z.iso.date(), expiresOn: z.iso.date() }).nullable(),
  term: z.object({ from: z.iso.date(), to: z.iso.date().nullable() }),
  isActive: z.boolean(),
  /** Null while the member may see their meetings' cases; otherwise the first reason they may not (vetting expired, outside their term…). */
  accessBlockedBy: z.enum(refusalReasons).nullable(),
  /** Vetting missing, expired, or expiring within 60 days. */
  vettingDueSoon: z.boolean(),
  /** An outside member who has not yet set up their sign-in. */
  invitationPending: z.boolean(),
  version: z.number().int(),
});
export type PanelMemberView = z.infer<typeof memberSchema>;

export const memberListQuerySchema = z.strictObject(siteQuery);
export const memberListSchema = z.object({
  items: z.array(memberSchema),
  /** Staff at the site who are not yet members, for adding an internal member. */
  staffOptions: z.array(z.object({ userId: idSchema, name: z.string() })),
  abilities: z.object({ manage: z.boolean() }),
});

export const createdMemberSchema = z.object({
  member: memberSchema,
  /** For an outside member: the one-time link to set up their sign-in (shown once; also emailed when mail is set up). */
  invitationUrl: z.string().nullable(),
});

// ── Meetings ─────────────────────────────────────────────────────────────────

/** At most a week either side: members read the papers beforehand and check decisions after, then access lapses. */
export const maxWindowMinutes = 7 * 24 * 60;
const windowMinutes = (field: string) =>
  z.number({ message: `${field} must be a number of minutes.` }).int().min(0, { message: `${field} cannot be negative.` }).max(maxWindowMinutes, { message: `${field} must be at most a week (${maxWindowMinutes} minutes).` });

const meetingShape = {
  startsAt: z.iso.datetime({ offset: true, message: "Must be a date and time." }),
  endsAt: z.iso.datetime({ offset: true, message: "Must be a date and time." }),
  location: displayTextSchema(200),
  minutesBefore: windowMinutes("The time before"),
  minutesAfter: windowMinutes("The time after"),
  attendeeIds: z
    .array(idSchema)
    .max(40, { message: "At most 40 attendees." })
    .refine((ids) => new Set(ids).size === ids.length, { message: "Each member once." }),
};
const meetingTimes = (value: { startsAt: string; endsAt: string }, context: z.RefinementCtx) => {
  const starts = Date.parse(value.startsAt);
  const ends = Date.parse(value.endsAt);
  if (ends <= starts) context.addIssue({ code: "custom", path: ["endsAt"], message: "The meeting must end after it starts." });
  else if (ends - starts > 12 * 3_600_000) context.addIssue({ code: "custom", path: ["endsAt"], message: "A meeting lasts at most 12 hours." });
};

export const createMeetingBodySchema = z.strictObject({ siteId: idSchema, ...meetingShape }).superRefine(meetingTimes);
export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;
export const updateMeetingBodySchema = z.strictObject({ ...meetingShape, version: versionSchema }).superRefine(meetingTimes);
export type UpdateMeetingBody = z.infer<typeof updateMeetingBodySchema>;
export const cancelMeetingBodySchema = z.strictObject({ reason: displayTextSchema(500), version: versionSchema });

export const attendanceBodySchema = z.strictObject({
  attendance: z.array(z.strictObject({ memberId: idSchema, attended: z.boolean() })).min(1).max(40),
});
/** A conflict of interest on one agenda case; `memberId` left out means the signed-in member's own. */
export const conflictBodySchema = z.strictObject({ caseId: idSchema, memberId: idSchema.optional() });

export const meetingListQuerySchema = z.strictObject({ ...siteQuery, when: z.enum(["upcoming", "past"]).default("upcoming") });

export const meetingSummarySchema = z.object({
  id: idSchema,
  siteId: idSchema,
  siteName: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  location: z.string(),
  isCancelled: z.boolean(),
  agendaCount: z.number().int(),
  decidedCount: z.number().int(),
  /** When the agenda's cases become visible to attending members and stop being visible. */
  access: z.object({ opensAt: z.iso.datetime(), closesAt: z.iso.datetime() }),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema), abilities: z.object({ schedule: z.boolean() }) });

export const attendeeSchema = z.object({
  memberId: idSchema,
  userId: idSchema,
  name: z.string(),
  memberOrganisation: z.string(),
  panelRole: z.enum(panelRoles),
  kind: z.enum(memberKinds),
  attended: z.boolean().nullable(),
  /** Null when this member may see the agenda's cases (within the window); otherwise why not. For the safeguarding lead. */
  accessBlockedBy: z.enum(refusalReasons).nullable(),
});

/** One case on an agenda as the viewer may see it: panel members get initials and an age band, never a name. */
export const agendaItemSchema = z.object({
  escalationId: idSchema,
  caseId: idSchema,
  caseReference: z.string(),
  initials: z.string().nullable(),
  ageBand: z.enum(ageBands),
  isUrgent: z.boolean(),
  vulnerabilityDomains: z.array(z.enum(vulnerabilityDomains)),
  decision: z.object({ id: idSchema, kind: z.enum(decisionKinds) }).nullable(),
  /** For the safeguarding lead: the members who declared a conflict on this case. */
  conflictedMemberIds: z.array(idSchema),
});

export const meetingDetailSchema = meetingSummarySchema.extend({
  version: z.number().int(),
  /** Why it was cancelled, when it was. */
  cancelReason: z.string().nullable(),
  minutesBefore: z.number().int(),
  minutesAfter: z.number().int(),
  attendees: z.array(attendeeSchema),
  /** The cases the viewer may see now; empty for a member outside the access window. */
  agenda: z.array(agendaItemSchema),
  /** For a member: agenda cases kept from them because they declared a conflict. */
  hiddenForConflict: z.number().int(),
  /** For the signed-in member, if they attend: whether the window is open now. */
  myAccess: z.object({ memberId: idSchema, isOpen: z.boolean(), opensAt: z.iso.datetime(), closesAt: z.iso.datetime() }).nullable(),
  /** Accepted escalations at the site not yet on any agenda, for the lead to add. */
  awaitingAgenda: z.array(escalationSummarySchema),
  /** Members of the site's panel, for choosing attendees. */
  memberOptions: z.array(z.object({ memberId: idSchema, name: z.string(), memberOrganisation: z.string(), accessBlockedBy: z.enum(refusalReasons).nullable() })),
  abilities: z.object({ edit: z.boolean(), cancel: z.boolean(), recordAttendance: z.boolean(), declareConflict: z.boolean(), printMinutes: z.boolean() }),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

// ── A case as the panel sees it ──────────────────────────────────────────────

export const redactedCaseSummarySchema = z.object({
  initials: z.string().nullable(),
  ageBand: z.enum(ageBands),
  sex: z.enum(sexes).nullable(),
  ethnicity: z.enum(ethnicityCodes).nullable(),
  religion: z.enum(religions).nullable(),
  preferredLanguage: z.string().nullable(),
  case: z.object({
    reference: z.string(),
    siteName: z.string(),
    tier: z.enum(supportTiers).nullable(),
    vulnerabilityDomains: z.array(z.enum(vulnerabilityDomains)),
    openedOn: z.iso.date(),
  }),
  assessment: z.object({ needs: z.partialRecord(z.enum(vulnerabilityDomains), z.number()), flags: z.array(z.string()) }).nullable(),
  escalation: z.object({ reason: z.string(), riskSummary: z.string() }),
  excerpts: z.array(z.object({ text: z.string(), sessionDate: z.iso.date() })),
  redactedPassages: z.number().int(),
});
export type RedactedCaseSummaryView = z.infer<typeof redactedCaseSummarySchema>;

export const actionViewSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseReference: z.string(),
  description: z.string(),
  ownerUserId: idSchema,
  ownerName: z.string().nullable(),
  dueOn: z.iso.date(),
  status: z.enum(actionStatuses),
  isOverdue: z.boolean(),
  completedAt: z.iso.datetime().nullable(),
  /** Why it was cancelled, when it was. */
  cancelReason: z.string().nullable(),
  meetingId: idSchema,
  version: z.number().int(),
  abilities: z.object({ complete: z.boolean(), cancel: z.boolean(), reopen: z.boolean() }),
});
export type ActionView = z.infer<typeof actionViewSchema>;

export const externalReferralSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseReference: z.string(),
  decisionId: idSchema.nullable(),
  target: z.enum(referralTargets),
  targetName: z.string().nullable(),
  sentOn: z.iso.date(),
  status: z.enum(["sent", "accepted", "declined", "closed"]),
  respondedOn: z.iso.date().nullable(),
  closedOn: z.iso.date().nullable(),
  /** The reason the body gave, when it declined. */
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  returnedToOrganisationOn: z.iso.date().nullable(),
  recordedByName: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ accept: z.boolean(), decline: z.boolean(), close: z.boolean() }),
});
export type ExternalReferralView = z.infer<typeof externalReferralSchema>;

export const decisionViewSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  kind: z.enum(decisionKinds),
  discussionSummary: z.string(),
  decidedAt: z.iso.datetime(),
  recordedByName: z.string().nullable(),
  actions: z.array(actionViewSchema),
  referral: externalReferralSchema.nullable(),
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

/** What an attending member reads during the window: the redacted summary, the decision once made, and who actions can go to. */
export const panelCaseSchema = z.object({
  meetingId: idSchema,
  caseId: idSchema,
  escalationId: idSchema,
  isUrgent: z.boolean(),
  summary: redactedCaseSummarySchema,
  decision: decisionViewSchema.nullable(),
  /** The first instant the viewer no longer sees this case (the window's end), for the page to say so. */
  visibleUntil: z.iso.datetime(),
  /** People an action may be given to: the meeting's attendees and the site's caseload staff. */
  ownerOptions: z.array(z.object({ userId: idSchema, name: z.string(), memberOrganisation: z.string().nullable() })),
  abilities: z.object({ recordDecision: z.boolean(), declareConflict: z.boolean() }),
});
export type PanelCase = z.infer<typeof panelCaseSchema>;

export const recordDecisionBodySchema = decisionSchema;
export type RecordDecisionBody = z.infer<typeof recordDecisionBodySchema>;

// ── Actions, external referrals, dashboard ───────────────────────────────────

export const actionListQuerySchema = z.strictObject({
  ...siteQuery,
  /** open (the default), overdue, or all. */
  status: z.enum(["open", "overdue", "all"]).default("open"),
  /** Only the signed-in user's own actions. */
  mine: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
});
export const actionListSchema = z.object({ items: z.array(actionViewSchema) });
export const actionEventRequestSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("complete"), version: versionSchema }),
  z.strictObject({ type: z.literal("cancel"), reason: reasonText("The reason for cancelling", 1000), version: versionSchema }),
  z.strictObject({ type: z.literal("reopen"), version: versionSchema }),
]);
export type ActionEventRequest = z.infer<typeof actionEventRequestSchema>;

export const createExternalReferralBodySchema = referralInputSchema;
export const externalReferralEventBodySchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("accept"), on: z.iso.date({ message: "Must be a date as YYYY-MM-DD." }), version: versionSchema }),
  z.strictObject({ type: z.literal("decline"), on: z.iso.date({ message: "Must be a date as YYYY-MM-DD." }), reason: reasonText("The reason given"), version: versionSchema }),
  z.strictObject({
    type: z.literal("close"),
    on: z.iso.date({ message: "Must be a date as YYYY-MM-DD." }),
    outcome: reasonText("The outcome", 4000).optional(),
    returnedToOrganisationOn: z.iso.date({ message: "Must be a date as YYYY-MM-DD." }).optional(),
    version: versionSchema,
  }),
]);
export type ExternalReferralEventBody = z.infer<typeof externalReferralEventBodySchema>;
export const caseExternalReferralListSchema = z.object({ items: z.array(externalReferralSchema), abilities: z.object({ add: z.boolean() }) });

export const dashboardQuerySchema = z.strictObject(siteQuery);
export const panelDashboardSchema = z.object({
  siteId: idSchema,
  year: z.number().int(),
  awaitingMeeting: z.array(escalationSummarySchema),
  decisionsByKind: z.record(z.enum(decisionKinds), z.number().int()),
  overdueActions: z.array(actionViewSchema),
  timeToDecision: z.object({ count: z.number().int(), medianDays: z.number().nullable(), p90Days: z.number().nullable() }),
  upcomingMeetings: z.array(meetingSummarySchema),
  openExternalReferrals: z.number().int(),
});
export type PanelDashboard = z.infer<typeof panelDashboardSchema>;
