/**
 * The tables the loader fills with COPY, in load order, and the columns it writes to each (every
 * other column takes its default). Keep these in step with server/db/schema.ts: a renamed column
 * fails the COPY loudly rather than loading wrong data.
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
    "age_band_at_opening", "opened_at", "closed_at", "closure_reason", "closure_outcome", "version",
  ],
  case_events: ["organisation_id", "case_id", "at", "actor_user_id", "type", "from_state", "to_state", "reason", "details"],
  case_assignments: ["id", "organisation_id", "case_id", "user_id", "role", "assigned_by", "assigned_at", "ended_at"],
  case_access_grants: ["case_id", "user_id", "organisation_id", "granted_by", "granted_at"],
} as const;

export type CopyTable = keyof typeof copyColumns;
export const copyTables = Object.keys(copyColumns) as CopyTable[];

export function copyStatement(table: CopyTable, source = "STDIN"): string {
  return `COPY ${table} (${copyColumns[table].join(", ")}) FROM ${source}`;
}
