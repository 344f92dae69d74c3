CREATE TABLE "import_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"columns" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imported_references" (
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference_index" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "imported_references_organisation_id_kind_reference_index_pk" PRIMARY KEY("organisation_id","kind","reference_index")
);
--> statement-breakpoint
CREATE TABLE "spreadsheet_import_chunks" (
	"import_id" uuid NOT NULL,
	"chunk" integer NOT NULL,
	"first_row" integer NOT NULL,
	"rows" "bytea" NOT NULL,
	CONSTRAINT "spreadsheet_import_chunks_import_id_chunk_pk" PRIMARY KEY("import_id","chunk")
);
--> statement-breakpoint
CREATE TABLE "spreadsheet_import_problems" (
	"import_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"field" text NOT NULL,
	"problem" text NOT NULL,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "spreadsheet_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"file_type" text NOT NULL,
	"status" text NOT NULL,
	"headers" "bytea",
	"row_count" integer NOT NULL,
	"chunk_count" integer NOT NULL,
	"kind" text,
	"columns" jsonb,
	"problem_rows" integer DEFAULT 0 NOT NULL,
	"duplicate_rows" integer DEFAULT 0 NOT NULL,
	"checked_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"chunks_done" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_skipped" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	"failure" text
);
--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_references" ADD CONSTRAINT "imported_references_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spreadsheet_import_chunks" ADD CONSTRAINT "spreadsheet_import_chunks_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spreadsheet_import_problems" ADD CONSTRAINT "spreadsheet_import_problems_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spreadsheet_imports" ADD CONSTRAINT "spreadsheet_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spreadsheet_imports" ADD CONSTRAINT "spreadsheet_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "import_mappings_org_name_key" ON "import_mappings" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "imported_references_entity_idx" ON "imported_references" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "spreadsheet_import_problems_idx" ON "spreadsheet_import_problems" USING btree ("import_id","row_number");--> statement-breakpoint
CREATE INDEX "spreadsheet_imports_org_idx" ON "spreadsheet_imports" USING btree ("organisation_id","created_at");