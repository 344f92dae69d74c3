CREATE INDEX "assessments_site_completed_idx" ON "assessments" USING btree ("site_id","assessed_on","organisation_id","case_id") WHERE "assessments"."submitted_at" is not null;--> statement-breakpoint
CREATE INDEX "assessments_case_completed_idx" ON "assessments" USING btree ("case_id","assessed_on") WHERE "assessments"."submitted_at" is not null;--> statement-breakpoint
CREATE INDEX "case_outcomes_site_achieved_idx" ON "case_outcomes" USING btree ("site_id","achieved_on","organisation_id","code","case_id");--> statement-breakpoint
CREATE INDEX "cases_site_opened_idx" ON "cases" USING btree ("site_id","opened_at","organisation_id","id","tier","referral_id","client_id","age_band_at_opening");--> statement-breakpoint
CREATE INDEX "cases_site_closed_idx" ON "cases" USING btree ("site_id","closed_at","organisation_id","opened_at","id","closure_outcome","tier","referral_id","client_id","age_band_at_opening") WHERE "cases"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX "cases_open_reporting_idx" ON "cases" USING btree ("site_id","organisation_id","opened_at","id","tier","referral_id","client_id","age_band_at_opening") WHERE "cases"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "cases_reporting_idx" ON "cases" USING btree ("id","client_id","tier","age_band_at_opening","referral_id");--> statement-breakpoint
CREATE INDEX "clients_merged_idx" ON "clients" USING btree ("id","merged_into_id") WHERE "clients"."merged_into_id" is not null;--> statement-breakpoint
CREATE INDEX "clients_demographics_idx" ON "clients" USING btree ("id","sex","ethnicity");--> statement-breakpoint
CREATE INDEX "group_session_attendees_session_idx" ON "group_session_attendees" USING btree ("group_session_id","case_id");--> statement-breakpoint
CREATE INDEX "programme_enrolment_events_completed_idx" ON "programme_enrolment_events" USING btree ("organisation_id","at","enrolment_id") WHERE "programme_enrolment_events"."type" = 'complete';--> statement-breakpoint
CREATE INDEX "programme_enrolments_site_enrolled_idx" ON "programme_enrolments" USING btree ("site_id","enrolled_on","organisation_id","id","programme_version_id","case_id");--> statement-breakpoint
CREATE INDEX "referrals_site_received_idx" ON "referrals" USING btree ("site_id","received_at","organisation_id","id","source_id","client_id","reasons");--> statement-breakpoint
CREATE INDEX "referrals_site_decided_idx" ON "referrals" USING btree ("site_id","decided_at","organisation_id","id","triage_due_at","source_id","client_id","reasons") WHERE "referrals"."decided_at" is not null;--> statement-breakpoint
CREATE INDEX "referrals_reporting_idx" ON "referrals" USING btree ("id","received_at","source_id","reasons");--> statement-breakpoint
CREATE INDEX "support_sessions_site_attended_idx" ON "support_sessions" USING btree ("site_id","starts_at","organisation_id","case_id") WHERE "support_sessions"."attendance" = 'attended';--> statement-breakpoint
CREATE INDEX "support_sessions_case_attended_idx" ON "support_sessions" USING btree ("case_id","starts_at") WHERE "support_sessions"."attendance" = 'attended';--> statement-breakpoint
CREATE INDEX "external_referrals_site_sent_idx" ON "external_referrals" USING btree ("site_id","sent_on");--> statement-breakpoint
CREATE INDEX "panel_escalations_site_submitted_idx" ON "panel_escalations" USING btree ("site_id","submitted_at");