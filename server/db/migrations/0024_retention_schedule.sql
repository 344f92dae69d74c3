CREATE TABLE "retention_deletion_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"deletion_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"reference" text NOT NULL,
	"age_group" text NOT NULL,
	"rule" jsonb NOT NULL,
	"due_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_deletions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"record_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_review_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"age_group" text NOT NULL,
	"rule" jsonb NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"holds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_listed_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_review_entries_status_check" CHECK ("retention_review_entries"."status" in ('due', 'held'))
);
--> statement-breakpoint
CREATE TABLE "retention_review_runs" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"due_count" integer NOT NULL,
	"held_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"organisation_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"adult_years_after_closure" integer NOT NULL,
	"child_until_birthday" integer NOT NULL,
	"child_aged_17_until_birthday" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "retention_rules_organisation_id_record_type_pk" PRIMARY KEY("organisation_id","record_type"),
	CONSTRAINT "retention_rules_bounds_check" CHECK ("retention_rules"."adult_years_after_closure" between 1 and 75 and "retention_rules"."child_until_birthday" between 18 and 100 and "retention_rules"."child_aged_17_until_birthday" between 18 and 100)
);
--> statement-breakpoint
ALTER TABLE "retention_deletion_items" ADD CONSTRAINT "retention_deletion_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_deletion_items" ADD CONSTRAINT "retention_deletion_items_deletion_id_retention_deletions_id_fk" FOREIGN KEY ("deletion_id") REFERENCES "public"."retention_deletions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_deletions" ADD CONSTRAINT "retention_deletions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_deletions" ADD CONSTRAINT "retention_deletions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_review_entries" ADD CONSTRAINT "retention_review_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_review_runs" ADD CONSTRAINT "retention_review_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_deletion_items_deletion_idx" ON "retention_deletion_items" USING btree ("deletion_id","reference");--> statement-breakpoint
CREATE INDEX "retention_deletion_items_org_idx" ON "retention_deletion_items" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "retention_deletions_org_idx" ON "retention_deletions" USING btree ("organisation_id","approved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_review_entries_record_key" ON "retention_review_entries" USING btree ("organisation_id","record_type","record_id");--> statement-breakpoint
CREATE INDEX "retention_review_entries_queue_idx" ON "retention_review_entries" USING btree ("organisation_id","status","due_on");