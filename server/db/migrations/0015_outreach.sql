CREATE TABLE "outreach_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pathways" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agreements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"session_type" text NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"recurrence" jsonb NOT NULL,
	"skipped_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"staff_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outreach_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"partner_id" uuid,
	"venue" text DEFAULT '' NOT NULL,
	"schedule_id" uuid,
	"occurrence_day" date,
	"session_type" text NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"staff_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"headcount_total" integer NOT NULL,
	"headcount" jsonb NOT NULL,
	"follow_up_contacts" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "outreach_sessions_headcount_check" CHECK ("outreach_sessions"."headcount_total" >= 0 and "outreach_sessions"."follow_up_contacts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "outreach_stock_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"language" text,
	"label" text,
	"level" integer DEFAULT 0 NOT NULL,
	"low_at" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "outreach_stock_items_level_check" CHECK ("outreach_stock_items"."level" >= 0)
);
--> statement-breakpoint
CREATE TABLE "outreach_stock_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"change" integer NOT NULL,
	"reason" text NOT NULL,
	"session_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_attributions" (
	"referral_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"partner_id" uuid,
	"outreach_session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_attributions_some_check" CHECK ("referral_attributions"."partner_id" is not null or "referral_attributions"."outreach_session_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "training_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"attendee_organisation" text DEFAULT '' NOT NULL,
	"email" text,
	"consent_recorded_at" timestamp with time zone NOT NULL,
	"consent_recorded_by" uuid NOT NULL,
	"before" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"after" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certificate_number" text NOT NULL,
	"refresher_due_on" date,
	"refresher_reminded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"confidence_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"refresher_months" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"partner_id" uuid,
	"delivered_on" date NOT NULL,
	"trainer_id" uuid NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"confidence_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outreach_partners" ADD CONSTRAINT "outreach_partners_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_schedules" ADD CONSTRAINT "outreach_schedules_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_schedules" ADD CONSTRAINT "outreach_schedules_partner_id_outreach_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."outreach_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_partner_id_outreach_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."outreach_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_sessions" ADD CONSTRAINT "outreach_sessions_schedule_id_outreach_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."outreach_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_stock_items" ADD CONSTRAINT "outreach_stock_items_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_stock_movements" ADD CONSTRAINT "outreach_stock_movements_item_id_outreach_stock_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."outreach_stock_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_stock_movements" ADD CONSTRAINT "outreach_stock_movements_session_id_outreach_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."outreach_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_attributions" ADD CONSTRAINT "referral_attributions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_attributions" ADD CONSTRAINT "referral_attributions_partner_id_outreach_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."outreach_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_attributions" ADD CONSTRAINT "referral_attributions_outreach_session_id_outreach_sessions_id_fk" FOREIGN KEY ("outreach_session_id") REFERENCES "public"."outreach_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_delivery_id_training_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."training_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_deliveries" ADD CONSTRAINT "training_deliveries_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_deliveries" ADD CONSTRAINT "training_deliveries_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_deliveries" ADD CONSTRAINT "training_deliveries_partner_id_outreach_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."outreach_partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_deliveries" ADD CONSTRAINT "training_deliveries_trainer_id_users_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outreach_partners_site_idx" ON "outreach_partners" USING btree ("site_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_partners_site_name_key" ON "outreach_partners" USING btree ("site_id",lower("name"));--> statement-breakpoint
CREATE INDEX "outreach_schedules_site_idx" ON "outreach_schedules" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "outreach_sessions_site_idx" ON "outreach_sessions" USING btree ("site_id","starts_at");--> statement-breakpoint
CREATE INDEX "outreach_sessions_partner_idx" ON "outreach_sessions" USING btree ("partner_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_sessions_occurrence_key" ON "outreach_sessions" USING btree ("schedule_id","occurrence_day");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_stock_items_site_code_key" ON "outreach_stock_items" USING btree ("site_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_stock_items_site_label_key" ON "outreach_stock_items" USING btree ("site_id",lower("label"));--> statement-breakpoint
CREATE INDEX "outreach_stock_movements_item_idx" ON "outreach_stock_movements" USING btree ("item_id","created_at");--> statement-breakpoint
CREATE INDEX "outreach_stock_movements_session_idx" ON "outreach_stock_movements" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "referral_attributions_partner_idx" ON "referral_attributions" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "referral_attributions_session_idx" ON "referral_attributions" USING btree ("outreach_session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendees_certificate_key" ON "training_attendees" USING btree ("certificate_number");--> statement-breakpoint
CREATE INDEX "training_attendees_delivery_idx" ON "training_attendees" USING btree ("delivery_id");--> statement-breakpoint
CREATE INDEX "training_attendees_refresher_idx" ON "training_attendees" USING btree ("refresher_due_on") WHERE "training_attendees"."refresher_reminded_on" is null;--> statement-breakpoint
CREATE INDEX "training_deliveries_site_idx" ON "training_deliveries" USING btree ("site_id","delivered_on");--> statement-breakpoint
CREATE INDEX "training_deliveries_partner_idx" ON "training_deliveries" USING btree ("partner_id");