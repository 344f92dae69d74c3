CREATE TABLE "social_value_calculations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scope" jsonb NOT NULL,
	"scope_key" text NOT NULL,
	"month_from" text NOT NULL,
	"month_to" text NOT NULL,
	"site_id" uuid,
	"contract_id" uuid,
	"programme_code" text,
	"sequence" integer NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"cost_basis" jsonb NOT NULL,
	"published" jsonb,
	"published_counts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_value_calculations_months_check" CHECK ("social_value_calculations"."month_from" <= "social_value_calculations"."month_to")
);
--> statement-breakpoint
CREATE TABLE "social_value_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"entry" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_value_entries_version_check" CHECK ("social_value_entries"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "social_value_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"outcome_code" text NOT NULL,
	"version" integer NOT NULL,
	"lines" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "social_value_mappings_version_check" CHECK ("social_value_mappings"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "social_value_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"discounting" jsonb NOT NULL,
	"optimism_bias" jsonb NOT NULL,
	"target_price_year" text,
	"deflators" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "social_value_calculations" ADD CONSTRAINT "social_value_calculations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_calculations" ADD CONSTRAINT "social_value_calculations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_calculations" ADD CONSTRAINT "social_value_calculations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_calculations" ADD CONSTRAINT "social_value_calculations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_entries" ADD CONSTRAINT "social_value_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_entries" ADD CONSTRAINT "social_value_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_mappings" ADD CONSTRAINT "social_value_mappings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_mappings" ADD CONSTRAINT "social_value_mappings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_settings" ADD CONSTRAINT "social_value_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_value_settings" ADD CONSTRAINT "social_value_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "social_value_calculations_sequence_key" ON "social_value_calculations" USING btree ("organisation_id","scope_key","sequence");--> statement-breakpoint
CREATE INDEX "social_value_calculations_org_idx" ON "social_value_calculations" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "social_value_calculations_contract_idx" ON "social_value_calculations" USING btree ("contract_id","created_at") WHERE "social_value_calculations"."contract_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "social_value_entries_version_key" ON "social_value_entries" USING btree ("organisation_id","code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "social_value_mappings_version_key" ON "social_value_mappings" USING btree ("organisation_id","outcome_code","version");