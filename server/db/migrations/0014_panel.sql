CREATE TABLE "external_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_id" uuid,
	"target" text NOT NULL,
	"target_name" text,
	"sent_on" date NOT NULL,
	"status" text NOT NULL,
	"responded_on" date,
	"closed_on" date,
	"decline_reason" "bytea",
	"outcome" "bytea",
	"returned_to_organisation_on" date,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"description" "bytea" NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"cancel_reason" "bytea",
	"reminded_on" date,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_conflicts" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"declared_by" uuid NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "panel_conflicts_meeting_id_member_id_case_id_pk" PRIMARY KEY("meeting_id","member_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "panel_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"escalation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"discussion_summary" "bytea" NOT NULL,
	"recorded_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_escalation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"escalation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"meeting_id" uuid
);
--> statement-breakpoint
CREATE TABLE "panel_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"assessment_id" uuid,
	"escalated_by" uuid NOT NULL,
	"is_urgent" boolean NOT NULL,
	"reason" "bytea" NOT NULL,
	"risk_summary" "bytea" NOT NULL,
	"state" text NOT NULL,
	"meeting_id" uuid,
	"state_reason" "bytea",
	"decision_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"alerted_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_excerpts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"escalation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"text" "bytea" NOT NULL,
	"chosen_by" uuid NOT NULL,
	"chosen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_meeting_attendees" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"attended" boolean,
	CONSTRAINT "panel_meeting_attendees_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "panel_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text NOT NULL,
	"minutes_before" integer NOT NULL,
	"minutes_after" integer NOT NULL,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"cancel_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"member_organisation" text NOT NULL,
	"panel_role" text NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"vetting_checked_on" date,
	"vetting_expires_on" date,
	"term_from" date NOT NULL,
	"term_to" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_referrals" ADD CONSTRAINT "external_referrals_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_referrals" ADD CONSTRAINT "external_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_referrals" ADD CONSTRAINT "external_referrals_decision_id_panel_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."panel_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_actions" ADD CONSTRAINT "panel_actions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_actions" ADD CONSTRAINT "panel_actions_decision_id_panel_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."panel_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_actions" ADD CONSTRAINT "panel_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_conflicts" ADD CONSTRAINT "panel_conflicts_meeting_id_panel_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."panel_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_conflicts" ADD CONSTRAINT "panel_conflicts_member_id_panel_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."panel_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_conflicts" ADD CONSTRAINT "panel_conflicts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_decisions" ADD CONSTRAINT "panel_decisions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_decisions" ADD CONSTRAINT "panel_decisions_escalation_id_panel_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."panel_escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_decisions" ADD CONSTRAINT "panel_decisions_meeting_id_panel_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."panel_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_decisions" ADD CONSTRAINT "panel_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_escalation_events" ADD CONSTRAINT "panel_escalation_events_escalation_id_panel_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."panel_escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_escalations" ADD CONSTRAINT "panel_escalations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_escalations" ADD CONSTRAINT "panel_escalations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_escalations" ADD CONSTRAINT "panel_escalations_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_escalations" ADD CONSTRAINT "panel_escalations_meeting_id_panel_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."panel_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_excerpts" ADD CONSTRAINT "panel_excerpts_escalation_id_panel_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."panel_escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_excerpts" ADD CONSTRAINT "panel_excerpts_session_id_support_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."support_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_meeting_attendees" ADD CONSTRAINT "panel_meeting_attendees_meeting_id_panel_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."panel_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_meeting_attendees" ADD CONSTRAINT "panel_meeting_attendees_member_id_panel_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."panel_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_meetings" ADD CONSTRAINT "panel_meetings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_referrals_case_idx" ON "external_referrals" USING btree ("case_id","sent_on");--> statement-breakpoint
CREATE INDEX "external_referrals_site_idx" ON "external_referrals" USING btree ("site_id","status");--> statement-breakpoint
CREATE INDEX "panel_actions_decision_idx" ON "panel_actions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "panel_actions_open_idx" ON "panel_actions" USING btree ("site_id","due_on") WHERE "panel_actions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "panel_actions_owner_idx" ON "panel_actions" USING btree ("owner_user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_decisions_escalation_key" ON "panel_decisions" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "panel_decisions_meeting_idx" ON "panel_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "panel_decisions_site_idx" ON "panel_decisions" USING btree ("site_id","decided_at");--> statement-breakpoint
CREATE INDEX "panel_escalation_events_escalation_idx" ON "panel_escalation_events" USING btree ("escalation_id","at");--> statement-breakpoint
CREATE INDEX "panel_escalations_case_idx" ON "panel_escalations" USING btree ("case_id","submitted_at");--> statement-breakpoint
CREATE INDEX "panel_escalations_site_state_idx" ON "panel_escalations" USING btree ("site_id","state","submitted_at");--> statement-breakpoint
CREATE INDEX "panel_escalations_meeting_idx" ON "panel_escalations" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_escalations_live_key" ON "panel_escalations" USING btree ("case_id") WHERE "panel_escalations"."state" in ('submitted', 'accepted', 'returned');--> statement-breakpoint
CREATE INDEX "panel_excerpts_escalation_idx" ON "panel_excerpts" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "panel_meeting_attendees_member_idx" ON "panel_meeting_attendees" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "panel_meetings_site_idx" ON "panel_meetings" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "panel_members_site_user_key" ON "panel_members" USING btree ("site_id","user_id");--> statement-breakpoint
CREATE INDEX "panel_members_user_idx" ON "panel_members" USING btree ("user_id");