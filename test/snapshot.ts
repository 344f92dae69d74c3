/**
 * A fingerprint of everything an organisation holds, to prove a refused request changed nothing.
 * Sessions are left out (being signed in touches them), and so is the audit event every commissioner
 * request leaves whatever its answer (issue 9: every commissioner query is audited, refusals too);
 * everything else is in.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../server/db/client.js";

export async function organisationSnapshot(db: Db, organisationId: string): Promise<Record<string, string>> {
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`select
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from organisations t where t.id = ${organisationId}) as organisations,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from sites t where t.organisation_id = ${organisationId}) as sites,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from users t where t.organisation_id = ${organisationId}) as users,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from role_grants t where t.organisation_id = ${organisationId}) as role_grants,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from invitations t join users u on u.id = t.user_id where u.organisation_id = ${organisationId}) as invitations,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from recovery_codes t join users u on u.id = t.user_id where u.organisation_id = ${organisationId}) as recovery_codes,
      (select md5(coalesce(string_agg(t::text, '|' order by t.subject_id), '')) from subject_keys t where t.organisation_id = ${organisationId}) as subject_keys,
      (select md5(coalesce(string_agg(t::text, '|' order by t.seq), '')) from audit_events t where t.organisation_id = ${organisationId} and t.action <> 'commissioner.request') as audit_events,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from referrals t where t.organisation_id = ${organisationId}) as referrals,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from clients t where t.organisation_id = ${organisationId}) as clients,
      (select md5(coalesce(string_agg(t::text, '|' order by t.client_id), '')) from client_identities t join clients c on c.id = t.client_id where c.organisation_id = ${organisationId}) as client_identities,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from client_indexes t where t.organisation_id = ${organisationId}) as client_indexes,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from consents t where t.organisation_id = ${organisationId}) as consents,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from relationships t where t.organisation_id = ${organisationId}) as relationships,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from cases t where t.organisation_id = ${organisationId}) as cases,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from case_events t where t.organisation_id = ${organisationId}) as case_events,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from case_assignments t where t.organisation_id = ${organisationId}) as case_assignments,
      (select md5(coalesce(string_agg(t::text, '|' order by t.case_id, t.user_id), '')) from case_access_grants t where t.organisation_id = ${organisationId}) as case_access_grants,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from break_glass_accesses t where t.organisation_id = ${organisationId}) as break_glass,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from client_merges t where t.organisation_id = ${organisationId}) as client_merges,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from notifications t where t.organisation_id = ${organisationId}) as notifications,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from instrument_versions t where t.organisation_id = ${organisationId}) as instrument_versions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.key), '')) from instrument_settings t where t.organisation_id = ${organisationId}) as instrument_settings,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from assessments t where t.organisation_id = ${organisationId}) as assessments,
      (select md5(coalesce(string_agg(t::text, '|' order by t.user_id), '')) from worker_profiles t where t.organisation_id = ${organisationId}) as worker_profiles,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from worker_conflicts t where t.organisation_id = ${organisationId}) as worker_conflicts,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from support_vocabulary t where t.organisation_id = ${organisationId}) as support_vocabulary,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from care_plans t where t.organisation_id = ${organisationId}) as care_plans,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from care_plan_versions t where t.organisation_id = ${organisationId}) as care_plan_versions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from care_plan_reviews t where t.organisation_id = ${organisationId}) as care_plan_reviews,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from support_sessions t where t.organisation_id = ${organisationId}) as support_sessions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.session_id, t.user_id), '')) from support_session_workers t where t.organisation_id = ${organisationId}) as support_session_workers,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from programme_versions t where t.organisation_id = ${organisationId}) as programme_versions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from programme_enrolments t where t.organisation_id = ${organisationId}) as programme_enrolments,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from programme_enrolment_events t where t.organisation_id = ${organisationId}) as programme_enrolment_events,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from group_sessions t where t.organisation_id = ${organisationId}) as group_sessions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.group_session_id, t.enrolment_id), '')) from group_session_attendees t where t.organisation_id = ${organisationId}) as group_session_attendees,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from case_outcomes t where t.organisation_id = ${organisationId}) as case_outcomes,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from email_outbox t where t.organisation_id = ${organisationId}) as email_outbox,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_members t where t.organisation_id = ${organisationId}) as panel_members,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_meetings t where t.organisation_id = ${organisationId}) as panel_meetings,
      (select md5(coalesce(string_agg(t::text, '|' order by t.meeting_id, t.member_id), '')) from panel_meeting_attendees t where t.organisation_id = ${organisationId}) as panel_meeting_attendees,
      (select md5(coalesce(string_agg(t::text, '|' order by t.meeting_id, t.member_id, t.case_id), '')) from panel_conflicts t where t.organisation_id = ${organisationId}) as panel_conflicts,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_escalations t where t.organisation_id = ${organisationId}) as panel_escalations,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_escalation_events t where t.organisation_id = ${organisationId}) as panel_escalation_events,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_excerpts t where t.organisation_id = ${organisationId}) as panel_excerpts,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_decisions t where t.organisation_id = ${organisationId}) as panel_decisions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from panel_actions t where t.organisation_id = ${organisationId}) as panel_actions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from external_referrals t where t.organisation_id = ${organisationId}) as external_referrals,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from outreach_partners t where t.organisation_id = ${organisationId}) as outreach_partners,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from outreach_stock_items t where t.organisation_id = ${organisationId}) as outreach_stock_items,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from outreach_stock_movements t where t.organisation_id = ${organisationId}) as outreach_stock_movements,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from outreach_schedules t where t.organisation_id = ${organisationId}) as outreach_schedules,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from outreach_sessions t where t.organisation_id = ${organisationId}) as outreach_sessions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from training_courses t where t.organisation_id = ${organisationId}) as training_courses,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from training_deliveries t where t.organisation_id = ${organisationId}) as training_deliveries,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from training_attendees t where t.organisation_id = ${organisationId}) as training_attendees,
      (select md5(coalesce(string_agg(t::text, '|' order by t.referral_id), '')) from referral_attributions t where t.organisation_id = ${organisationId}) as referral_attributions,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from funders t where t.organisation_id = ${organisationId}) as funders,
      (select md5(coalesce(string_agg(t::text, '|' order by t.user_id), '')) from funder_commissioners t join funders f on f.id = t.funder_id where f.organisation_id = ${organisationId}) as funder_commissioners,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from contracts t where t.organisation_id = ${organisationId}) as contracts,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from contract_kpis t where t.organisation_id = ${organisationId}) as contract_kpis,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from content_items t where t.organisation_id = ${organisationId}) as content_items,
      (select md5(coalesce(string_agg(t::text, '|' order by t.item_id, t.language), '')) from content_versions t where t.organisation_id = ${organisationId}) as content_versions,
      (select md5(coalesce(string_agg(t.id::text, '|' order by t.id), '')) from content_images t where t.organisation_id = ${organisationId}) as content_images,
      (select md5(coalesce(string_agg(t::text, '|' order by t.organisation_id), '')) from site_settings t where t.organisation_id = ${organisationId}) as site_settings`,
  );
  if (!row) throw new Error("no snapshot");
  return row;
}
