CREATE TABLE "contract_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"label" text NOT NULL,
	"metric" text NOT NULL,
	"measure" text NOT NULL,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"direction" text NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"name" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"value_pence" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"site_ids" jsonb NOT NULL,
	"programme_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contracts_period_check" CHECK ("contracts"."ends_on" >= "contracts"."starts_on"),
	CONSTRAINT "contracts_value_check" CHECK ("contracts"."value_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "disclosure_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"funder_id" uuid,
	"contract_id" uuid,
	"query" jsonb NOT NULL,
	"month_from" text NOT NULL,
	"month_to" text NOT NULL,
	"site_ids" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"report" jsonb NOT NULL,
	"rules" jsonb NOT NULL,
	"suppressed" jsonb NOT NULL,
	"pdf" "bytea",
	"csv" text,
	"pdf_sha256" text,
	"csv_sha256" text,
	"revises_id" uuid,
	"released_by" uuid,
	"released_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funder_commissioners" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"funder_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"sees_national_trends" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"steps_done" integer DEFAULT 0 NOT NULL,
	"steps_total" integer NOT NULL,
	"partial" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"release_id" uuid,
	"failure" text,
	"requested_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "disclosure_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "ndtms_settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "contract_kpis" ADD CONSTRAINT "contract_kpis_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_commissioners" ADD CONSTRAINT "funder_commissioners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funder_commissioners" ADD CONSTRAINT "funder_commissioners_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funders" ADD CONSTRAINT "funders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_release_id_disclosure_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."disclosure_releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_kpis_contract_idx" ON "contract_kpis" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "contracts_funder_idx" ON "contracts" USING btree ("funder_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_org_name_key" ON "contracts" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "disclosure_releases_org_idx" ON "disclosure_releases" USING btree ("organisation_id","released_at");--> statement-breakpoint
CREATE INDEX "disclosure_releases_contract_idx" ON "disclosure_releases" USING btree ("contract_id","month_from");--> statement-breakpoint
CREATE UNIQUE INDEX "funders_org_name_key" ON "funders" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "report_runs_org_idx" ON "report_runs" USING btree ("organisation_id","created_at");