/**
 * The Community Safeguarding Panel's tables (re-exported from schema.ts, which migrations are
 * generated from). Each site's panel has members (staff and outside agencies, vetted, for a term),
 * meetings with attendees and conflicts declared per case, escalations brought from cases,
 * decisions with actions, and referrals made to outside bodies.
 *
 * Every free text that may describe a client (an escalation's reason and risk summary, a return
 * reason, chosen note excerpts, a discussion summary, action wording, a referral outcome) is
 * encrypted under the client's key, so erasing the client makes it unreadable and a client merge
 * re-encrypts it. Codes, dates and states stay in the clear for the dashboard and reporting.
 */
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, bytea, createdAt } from "./columns.js";
import { assessments, cases, sites, supportSessions, users } from "./schema.js";

/** A seat on a site's panel, held by a user account: a member of staff, or an outside person whose only role is panel member. */
export const panelMembers = pgTable(
  "panel_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** internal (staff) or external (an outside agency). */
    kind: text("kind").notNull(),
    /** The body they come from: "West Midlands Police", the council, a school; the organisation itself for staff. */
    memberOrganisation: text("member_organisation").notNull(),
    /** chair, vice_chair, member, adviser (core/panel/membership.ts). */
    panelRole: text("panel_role").notNull(),
    skills: jsonb("skills").$type<string[]>().notNull().default([]),
    vettingCheckedOn: date("vetting_checked_on", { mode: "string" }),
    vettingExpiresOn: date("vetting_expires_on", { mode: "string" }),
    termFrom: date("term_from", { mode: "string" }).notNull(),
    termTo: date("term_to", { mode: "string" }),
    isActive: boolean("is_active").notNull().default(true),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("panel_members_site_user_key").on(t.siteId, t.userId), index("panel_members_user_idx").on(t.userId)],
);

/** A meeting of a site's panel. Its cases are visible to attending members from `minutes_before` the start to `minutes_after` the end. */
export const panelMeetings = pgTable(
  "panel_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    startsAt: at("starts_at").notNull(),
    endsAt: at("ends_at").notNull(),
    /** A room or "online": where the panel meets, never a client's address. */
    location: text("location").notNull(),
    minutesBefore: integer("minutes_before").notNull(),
    minutesAfter: integer("minutes_after").notNull(),
    isCancelled: boolean("is_cancelled").notNull().default(false),
    /** Why it was cancelled ("the chair is ill"): about the meeting, never a client. */
    cancelReason: text("cancel_reason"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("panel_meetings_site_idx").on(t.siteId, t.startsAt)],
);

/** Who is expected at a meeting; `attended` is recorded at or after it (null until then). */
export const panelMeetingAttendees = pgTable(
  "panel_meeting_attendees",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => panelMeetings.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => panelMembers.id),
    organisationId: uuid("organisation_id").notNull(),
    attended: boolean("attended"),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] }), index("panel_meeting_attendees_member_idx").on(t.memberId)],
);

/** A conflict of interest a member declared (or the lead recorded for them) on one case at one meeting: that case is not shown to them. */
export const panelConflicts = pgTable(
  "panel_conflicts",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => panelMeetings.id),
    memberId: uuid("member_id")
      .notNull()
      .references(() => panelMembers.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    organisationId: uuid("organisation_id").notNull(),
    declaredBy: uuid("declared_by").notNull(),
    declaredAt: at("declared_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId, t.caseId] })],
);

/**
 * A case brought to the panel (core/panel/escalation.ts): submitted, accepted onto a meeting,
 * returned with a reason, discussed (a decision recorded) or withdrawn. The assessment attached is
 * the latest submitted one when escalated; an urgent escalation may have none yet.
 */
export const panelEscalations = pgTable(
  "panel_escalations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    assessmentId: uuid("assessment_id").references(() => assessments.id),
    escalatedBy: uuid("escalated_by").notNull(),
    isUrgent: boolean("is_urgent").notNull(),
    reason: bytea("reason").notNull(),
    riskSummary: bytea("risk_summary").notNull(),
    /** submitted, accepted, returned, discussed, withdrawn. */
    state: text("state").notNull(),
    meetingId: uuid("meeting_id").references(() => panelMeetings.id),
    /** Why it was returned, taken off an agenda or withdrawn: encrypted, shown to staff on the case. */
    stateReason: bytea("state_reason"),
    decisionId: uuid("decision_id"),
    submittedAt: at("submitted_at").notNull(),
    /** When the safeguarding leads were alerted to an urgent escalation. */
    alertedAt: at("alerted_at"),
    updatedAt: at("updated_at").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("panel_escalations_case_idx").on(t.caseId, t.submittedAt),
    index("panel_escalations_site_state_idx").on(t.siteId, t.state, t.submittedAt),
    index("panel_escalations_meeting_idx").on(t.meetingId),
    // Reporting (server/reporting/metrics): escalations raised at a site in a period.
    index("panel_escalations_site_submitted_idx").on(t.siteId, t.submittedAt),
    // One live escalation per case: a new one waits until the last is discussed or withdrawn.
    uniqueIndex("panel_escalations_live_key").on(t.caseId).where(sql`${t.state} in ('submitted', 'accepted', 'returned')`),
  ],
);

/** Every step of an escalation, for its history on the case: codes and people only, reasons stay encrypted on the escalation. */
export const panelEscalationEvents = pgTable(
  "panel_escalation_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    escalationId: uuid("escalation_id")
      .notNull()
      .references(() => panelEscalations.id),
    type: text("type").notNull(),
    actorUserId: uuid("actor_user_id").notNull(),
    at: at("at").notNull(),
    meetingId: uuid("meeting_id"),
  },
  (t) => [index("panel_escalation_events_escalation_idx").on(t.escalationId, t.at)],
);

/** A passage of a session's notes the safeguarding lead chose to show the panel, encrypted; nothing else from the notes reaches it. */
export const panelExcerpts = pgTable(
  "panel_excerpts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    escalationId: uuid("escalation_id")
      .notNull()
      .references(() => panelEscalations.id),
    caseId: uuid("case_id").notNull(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => supportSessions.id),
    text: bytea("text").notNull(),
    chosenBy: uuid("chosen_by").notNull(),
    chosenAt: at("chosen_at").notNull(),
  },
  (t) => [index("panel_excerpts_escalation_idx").on(t.escalationId)],
);

/** The panel's decision on one escalated case at one meeting, with the discussion summary (encrypted). */
export const panelDecisions = pgTable(
  "panel_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    escalationId: uuid("escalation_id")
      .notNull()
      .references(() => panelEscalations.id),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => panelMeetings.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind").notNull(),
    discussionSummary: bytea("discussion_summary").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    decidedAt: at("decided_at").notNull(),
  },
  (t) => [
    uniqueIndex("panel_decisions_escalation_key").on(t.escalationId),
    index("panel_decisions_meeting_idx").on(t.meetingId),
    index("panel_decisions_site_idx").on(t.siteId, t.decidedAt),
  ],
);

/** An action the panel agreed: its wording (encrypted), an owner (a user, or a named person at an outside body), a due day and a status. */
export const panelActions = pgTable(
  "panel_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => panelDecisions.id),
    caseId: uuid("case_id").notNull(),
    description: bytea("description").notNull(),
    /** A member of staff at the site or a panel member (outside members have accounts too, so reminders reach them). */
    ownerUserId: uuid("owner_user_id")
      .notNull()
      .references(() => users.id),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** open, done, cancelled. */
    status: text("status").notNull(),
    completedAt: at("completed_at"),
    completedBy: uuid("completed_by"),
    /** Why it was cancelled, encrypted: it may describe the client. Cleared when reopened. */
    cancelReason: bytea("cancel_reason"),
    /** The last day an overdue reminder was sent, so one goes at most daily. */
    remindedOn: date("reminded_on", { mode: "string" }),
    updatedAt: at("updated_at").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("panel_actions_decision_idx").on(t.decisionId),
    index("panel_actions_open_idx").on(t.siteId, t.dueOn).where(sql`${t.status} = 'open'`),
    index("panel_actions_owner_idx").on(t.ownerUserId, t.status),
  ],
);

/**
 * A referral to an outside body (Channel, the council's safeguarding hub, police, another service),
 * made on a panel decision or directly from the case: sent, then accepted or declined, then closed
 * with an outcome (encrypted) and the day the case came back to the organisation.
 */
export const externalReferrals = pgTable(
  "external_referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    decisionId: uuid("decision_id").references(() => panelDecisions.id),
    /** channel, safeguarding_hub, police, other. */
    target: text("target").notNull(),
    /** The service's name, for `other`. */
    targetName: text("target_name"),
    sentOn: date("sent_on", { mode: "string" }).notNull(),
    /** sent, accepted, declined, closed. */
    status: text("status").notNull(),
    respondedOn: date("responded_on", { mode: "string" }),
    closedOn: date("closed_on", { mode: "string" }),
    /** The reason the body gave for declining, encrypted. */
    declineReason: bytea("decline_reason"),
    outcome: bytea("outcome"),
    returnedToOrganisationOn: date("returned_to_organisation_on", { mode: "string" }),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("external_referrals_case_idx").on(t.caseId, t.sentOn), index("external_referrals_site_idx").on(t.siteId, t.status),
    // Reporting (server/reporting/metrics): referrals sent to outside agencies from a site in a period.
    index("external_referrals_site_sent_idx").on(t.siteId, t.sentOn),
  ],
);
