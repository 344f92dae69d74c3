CREATE TABLE "audit_alert_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"off_caseload_clients" integer NOT NULL,
	"off_caseload_minutes" integer NOT NULL,
	"is_out_of_hours_on" boolean NOT NULL,
	"workday_start" text NOT NULL,
	"workday_end" text NOT NULL,
	"working_days" integer[] NOT NULL,
	"break_glass_uses" integer NOT NULL,
	"break_glass_days" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"user_id" uuid NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"threshold" integer NOT NULL,
	"finding_key" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" "bytea",
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_chain_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"requested_by" uuid,
	"is_intact" boolean NOT NULL,
	"checked_events" integer NOT NULL,
	"first_broken_seq" bigint,
	"problem" text
);
--> statement-breakpoint
CREATE TABLE "audit_detection_watermarks" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "audit_events_client_idx";--> statement-breakpoint
ALTER TABLE "audit_alert_settings" ADD CONSTRAINT "audit_alert_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_alert_settings" ADD CONSTRAINT "audit_alert_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_alerts" ADD CONSTRAINT "audit_alerts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_alerts" ADD CONSTRAINT "audit_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_alerts" ADD CONSTRAINT "audit_alerts_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_chain_checks" ADD CONSTRAINT "audit_chain_checks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_chain_checks" ADD CONSTRAINT "audit_chain_checks_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_detection_watermarks" ADD CONSTRAINT "audit_detection_watermarks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_alerts_finding_key" ON "audit_alerts" USING btree ("organisation_id","finding_key");--> statement-breakpoint
CREATE INDEX "audit_alerts_org_status_idx" ON "audit_alerts" USING btree ("organisation_id","status","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "audit_alerts_user_rule_idx" ON "audit_alerts" USING btree ("user_id","rule","last_at");--> statement-breakpoint
CREATE INDEX "audit_chain_checks_org_idx" ON "audit_chain_checks" USING btree ("organisation_id","checked_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_client_at_idx" ON "audit_events" USING btree ("client_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_events_org_at_idx" ON "audit_events" USING btree ("organisation_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_events_org_action_at_idx" ON "audit_events" USING btree ("organisation_id","action","at","id");--> statement-breakpoint
CREATE INDEX "audit_events_org_site_at_idx" ON "audit_events" USING btree ("organisation_id","site_id","at","id");