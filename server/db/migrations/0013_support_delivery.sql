CREATE TABLE "care_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"care_plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"reviewed_on" date NOT NULL,
	"progress" jsonb NOT NULL,
	"notes" "bytea",
	"next_review_on" date NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"care_plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"created_on" date NOT NULL,
	"content" "bytea" NOT NULL,
	"reason" "bytea",
	"based_on_assessment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"current_version" integer NOT NULL,
	"next_review_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"code" text NOT NULL,
	"achieved_on" date NOT NULL,
	"evidence" "bytea" NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"notification_id" uuid,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"claimed_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "group_session_attendees" (
	"group_session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "group_session_attendees_group_session_id_enrolment_id_pk" PRIMARY KEY("group_session_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"programme_key" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"venue" text NOT NULL,
	"topic" text,
	"facilitator_ids" jsonb NOT NULL,
	"anonymous_headcount" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_enrolment_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_phase_index" integer,
	"to_phase_index" integer,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" "bytea"
);
--> statement-breakpoint
CREATE TABLE "programme_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"programme_version_id" uuid NOT NULL,
	"state" text NOT NULL,
	"phase_index" integer NOT NULL,
	"enrolled_on" date NOT NULL,
	"enrolled_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"definition_hash" text NOT NULL,
	"is_retired" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_session_workers" (
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	CONSTRAINT "support_session_workers_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "support_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" text NOT NULL,
	"venue" text,
	"intervention_type" text NOT NULL,
	"attendance" text,
	"notes" "bytea",
	"notes_written_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_vocabulary" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"list" text NOT NULL,
	"code" text NOT NULL,
	"label" text,
	"specialism" text,
	"is_partner_delivered" boolean DEFAULT false NOT NULL,
	"is_retired" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" "bytea",
	"declared_by" uuid NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "worker_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"gender" text DEFAULT 'not_stated' NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"specialisms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_caseload" integer DEFAULT 15 NOT NULL,
	"vetting_checked_on" date,
	"vetting_expires_on" date,
	"vetting_reference" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_plan_reviews" ADD CONSTRAINT "care_plan_reviews_care_plan_id_care_plans_id_fk" FOREIGN KEY ("care_plan_id") REFERENCES "public"."care_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_versions" ADD CONSTRAINT "care_plan_versions_care_plan_id_care_plans_id_fk" FOREIGN KEY ("care_plan_id") REFERENCES "public"."care_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_session_attendees" ADD CONSTRAINT "group_session_attendees_group_session_id_group_sessions_id_fk" FOREIGN KEY ("group_session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_session_attendees" ADD CONSTRAINT "group_session_attendees_enrolment_id_programme_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."programme_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolment_events" ADD CONSTRAINT "programme_enrolment_events_enrolment_id_programme_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."programme_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_enrolments" ADD CONSTRAINT "programme_enrolments_programme_version_id_programme_versions_id_fk" FOREIGN KEY ("programme_version_id") REFERENCES "public"."programme_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_session_workers" ADD CONSTRAINT "support_session_workers_session_id_support_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."support_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_session_workers" ADD CONSTRAINT "support_session_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_sessions" ADD CONSTRAINT "support_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_sessions" ADD CONSTRAINT "support_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_conflicts" ADD CONSTRAINT "worker_conflicts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_conflicts" ADD CONSTRAINT "worker_conflicts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_profiles" ADD CONSTRAINT "worker_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_plan_reviews_plan_idx" ON "care_plan_reviews" USING btree ("care_plan_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "care_plan_reviews_case_idx" ON "care_plan_reviews" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plan_versions_key" ON "care_plan_versions" USING btree ("care_plan_id","version");--> statement-breakpoint
CREATE INDEX "care_plan_versions_case_idx" ON "care_plan_versions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_case_key" ON "care_plans" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "care_plans_site_review_idx" ON "care_plans" USING btree ("site_id","next_review_on");--> statement-breakpoint
CREATE INDEX "case_outcomes_case_idx" ON "case_outcomes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_outcomes_org_code_idx" ON "case_outcomes" USING btree ("organisation_id","code","achieved_on");--> statement-breakpoint
CREATE INDEX "email_outbox_unsent_idx" ON "email_outbox" USING btree ("created_at") WHERE "email_outbox"."sent_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_notification_key" ON "email_outbox" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "group_session_attendees_case_idx" ON "group_session_attendees" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "group_sessions_site_idx" ON "group_sessions" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE INDEX "programme_enrolment_events_enrolment_idx" ON "programme_enrolment_events" USING btree ("enrolment_id","at");--> statement-breakpoint
CREATE INDEX "programme_enrolments_case_idx" ON "programme_enrolments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "programme_enrolments_site_idx" ON "programme_enrolments" USING btree ("site_id","programme_version_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_versions_key" ON "programme_versions" USING btree (coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid),"key","version");--> statement-breakpoint
CREATE INDEX "support_session_workers_calendar_idx" ON "support_session_workers" USING btree ("user_id","starts_at");--> statement-breakpoint
CREATE INDEX "support_sessions_case_idx" ON "support_sessions" USING btree ("case_id","starts_at");--> statement-breakpoint
CREATE INDEX "support_sessions_unwritten_idx" ON "support_sessions" USING btree ("starts_at") WHERE "support_sessions"."notes_written_at" is null and ("support_sessions"."attendance" is null or "support_sessions"."attendance" = 'attended');--> statement-breakpoint
CREATE UNIQUE INDEX "support_vocabulary_key" ON "support_vocabulary" USING btree ("organisation_id","list","code");--> statement-breakpoint
CREATE INDEX "worker_conflicts_user_idx" ON "worker_conflicts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "worker_conflicts_client_idx" ON "worker_conflicts" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "notifications_created_idx" ON "notifications" USING btree ("created_at");
--> statement-breakpoint
-- A care plan is never edited in place: every version and every review is kept as written. A client
-- merge re-encrypts their texts under the kept client's key (the same words, new ciphertext): it
-- says so with a transaction-local setting, and may change nothing else.
CREATE FUNCTION care_plan_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'care plan history is kept: % cannot be deleted', TG_TABLE_NAME;
  END IF;
  IF coalesce(current_setting('pathways.rekeying', true), '') = 'on' THEN
    IF TG_TABLE_NAME = 'care_plan_versions' AND (to_jsonb(NEW) - 'content' - 'reason') = (to_jsonb(OLD) - 'content' - 'reason') THEN
      RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'care_plan_reviews' AND (to_jsonb(NEW) - 'notes') = (to_jsonb(OLD) - 'notes') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'care plan history is kept: % cannot be changed; record a new version', TG_TABLE_NAME;
END;
$$;--> statement-breakpoint
CREATE TRIGGER care_plan_versions_immutable BEFORE UPDATE OR DELETE ON care_plan_versions
  FOR EACH ROW EXECUTE FUNCTION care_plan_history_refuse_change();--> statement-breakpoint
CREATE TRIGGER care_plan_reviews_immutable BEFORE UPDATE OR DELETE ON care_plan_reviews
  FOR EACH ROW EXECUTE FUNCTION care_plan_history_refuse_change();
