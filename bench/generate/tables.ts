/**
 * The tables the loader fills with COPY from each range of clients, in load order, and the columns
 * it writes to each (every other column takes its default). Keep these in step with
 * server/db/schema.ts: a renamed column fails the COPY loudly rather than loading wrong data.
 */
export const copyColumns = {
  clients: [
    "id", "organisation_id", "reference", "sex", "ethnicity", "religion", "first_language", "preferred_language",
    "is_interpreter_needed", "preferred_worker_gender", "disability", "postcode_district", "created_at",
  ],
  subject_keys: ["subject_id", "organisation_id", "master_key_version", "wrapped_key", "created_at"],
  client_identities: [
    "client_id", "given_name", "family_name", "other_names", "date_of_birth", "address", "postcode", "phone", "email", "nhs_number", "updated_at",
  ],
  client_indexes: ["organisation_id", "client_id", "kind", "value"],
  referrals: [
    "id", "organisation_id", "site_id", "reference", "channel", "source_id", "status", "urgency", "reasons", "is_restricted",
    "preferred_language", "is_interpreter_needed", "preferred_worker_gender", "subject_given_name", "subject_family_name",
    "subject_date_of_birth", "subject_phone", "subject_email", "subject_postcode", "concern", "referrer_name", "referrer_phone",
    "referrer_email", "referrer_organisation", "referrer_relationship", "referrer_contact_index", "is_referrer_consent_given",
    "is_subject_aware", "received_at", "triage_due_at", "decided_at", "decided_by", "decision_reason", "signposted_to", "client_id",
    "created_by",
  ],
  cases: [
    "id", "organisation_id", "site_id", "client_id", "referral_id", "reference", "state", "tier", "is_restricted",
    "age_band_at_opening", "opened_at", "closed_at", "closure_reason", "closure_outcome", "version", "first_contact_at", "first_contact_site_id",
    "first_assessed_on", "first_assessment_site_id",
  ],
  case_events: ["organisation_id", "case_id", "at", "actor_user_id", "type", "from_state", "to_state", "reason", "details"],
  case_assignments: ["id", "organisation_id", "case_id", "user_id", "role", "assigned_by", "assigned_at", "ended_at"],
  case_access_grants: ["case_id", "user_id", "organisation_id", "granted_by", "granted_at"],
  assessments: [
    "id", "organisation_id", "site_id", "case_id", "instrument_version_id", "status", "assessed_on", "answers", "result", "suggested_tier",
    "chosen_tier", "tier_rationale", "requires_approval", "created_by", "created_at", "updated_at", "version", "submitted_by", "submitted_at",
    "approved_by", "approved_at",
  ],
  support_sessions: [
    "id", "organisation_id", "site_id", "case_id", "starts_at", "duration_minutes", "mode", "venue", "intervention_type", "attendance", "notes",
    "notes_written_at", "created_by", "created_at", "updated_at",
  ],
  support_session_workers: ["session_id", "user_id", "organisation_id", "starts_at"],
  programme_enrolments: ["id", "organisation_id", "site_id", "case_id", "programme_version_id", "state", "phase_index", "enrolled_on", "enrolled_by", "created_at", "version"],
  programme_enrolment_events: ["organisation_id", "enrolment_id", "case_id", "at", "actor_user_id", "type", "from_phase_index", "to_phase_index", "details", "note"],
  // The groups' sessions, named by every attendee's row and made unique when the load ends (generate-data.ts).
  bench_group_sessions: [
    "id", "organisation_id", "site_id", "programme_key", "starts_at", "duration_minutes", "venue", "topic", "facilitator_ids", "anonymous_headcount", "created_by",
    "created_at", "updated_at",
  ],
  group_session_attendees: ["group_session_id", "enrolment_id", "organisation_id", "case_id"],
  case_outcomes: ["id", "organisation_id", "site_id", "case_id", "code", "achieved_on", "evidence", "recorded_by", "recorded_at"],
  panel_escalations: [
    "id", "organisation_id", "site_id", "case_id", "assessment_id", "escalated_by", "is_urgent", "reason", "risk_summary", "state", "meeting_id",
    "state_reason", "decision_id", "submitted_at", "updated_at", "version",
  ],
  panel_escalation_events: ["organisation_id", "escalation_id", "type", "actor_user_id", "at", "meeting_id"],
  panel_decisions: ["id", "organisation_id", "site_id", "escalation_id", "meeting_id", "case_id", "kind", "discussion_summary", "recorded_by", "decided_at"],
  panel_actions: ["organisation_id", "site_id", "decision_id", "case_id", "description", "owner_user_id", "due_on", "status", "completed_at", "completed_by", "updated_at", "version"],
  external_referrals: [
    "organisation_id", "site_id", "case_id", "decision_id", "target", "target_name", "sent_on", "status", "responded_on", "closed_on", "decline_reason",
    "outcome", "returned_to_organisation_on", "recorded_by", "created_at", "updated_at", "version",
  ],
} as const;

export type CopyTable = keyof typeof copyColumns;
export const copyTables = Object.keys(copyColumns) as CopyTable[];

export function copyStatement(table: CopyTable, source = "STDIN"): string {
  return `COPY ${table} (${copyColumns[table].join(", ")}) FROM ${source}`;
}
