CREATE TABLE "funding_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"amount_pence" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"ended_on" date,
	"restrictions" text DEFAULT '' NOT NULL,
	"site_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"programme_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_disclosed" boolean DEFAULT false NOT NULL,
	"is_amount_disclosed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "funding_grants_period_check" CHECK ("funding_grants"."ends_on" >= "funding_grants"."starts_on" and ("funding_grants"."ended_on" is null or ("funding_grants"."ended_on" >= "funding_grants"."starts_on" and "funding_grants"."ended_on" <= "funding_grants"."ends_on"))),
	CONSTRAINT "funding_grants_amount_check" CHECK ("funding_grants"."amount_pence" >= 0),
	CONSTRAINT "funding_grants_disclosure_check" CHECK ("funding_grants"."is_disclosed" or not "funding_grants"."is_amount_disclosed")
);
--> statement-breakpoint
CREATE TABLE "service_unit_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"cost_pence" bigint NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"derivation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_unit_costs_cost_check" CHECK ("service_unit_costs"."cost_pence" > 0)
);
--> statement-breakpoint
CREATE TABLE "spend_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid,
	"month" text NOT NULL,
	"category" text NOT NULL,
	"amount_pence" bigint NOT NULL,
	"description" text NOT NULL,
	"grant_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "spend_entries_month_check" CHECK ("spend_entries"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "spend_entries_amount_check" CHECK ("spend_entries"."amount_pence" > 0)
);
--> statement-breakpoint
ALTER TABLE "funding_grants" ADD CONSTRAINT "funding_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_grants" ADD CONSTRAINT "funding_grants_funder_id_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."funders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_unit_costs" ADD CONSTRAINT "service_unit_costs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spend_entries" ADD CONSTRAINT "spend_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spend_entries" ADD CONSTRAINT "spend_entries_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spend_entries" ADD CONSTRAINT "spend_entries_grant_id_funding_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."funding_grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funding_grants_org_idx" ON "funding_grants" USING btree ("organisation_id","starts_on");--> statement-breakpoint
CREATE INDEX "funding_grants_funder_idx" ON "funding_grants" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "funding_grants_disclosed_idx" ON "funding_grants" USING btree ("organisation_id") WHERE "funding_grants"."is_disclosed";--> statement-breakpoint
CREATE UNIQUE INDEX "service_unit_costs_org_name_key" ON "service_unit_costs" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "spend_entries_org_month_idx" ON "spend_entries" USING btree ("organisation_id","month","category","site_id","amount_pence");--> statement-breakpoint
CREATE INDEX "spend_entries_grant_idx" ON "spend_entries" USING btree ("grant_id") WHERE "spend_entries"."grant_id" is not null;