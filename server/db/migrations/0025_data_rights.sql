CREATE TABLE "data_rights_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_rights_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"client_id" uuid,
	"requester_relation" text NOT NULL,
	"requester_details" "bytea",
	"notes" "bytea",
	"identity_check_method" text,
	"identity_checked_by" uuid,
	"identity_checked_on" date,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"extension_ground" text,
	"extended_due_on" date,
	"extension_told_on" date,
	"status" text DEFAULT 'received' NOT NULL,
	"refusal_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "data_rights_requests_kind_check" CHECK ("data_rights_requests"."kind" in ('access', 'erasure', 'restriction')),
	CONSTRAINT "data_rights_requests_status_check" CHECK ("data_rights_requests"."status" in ('received', 'in_progress', 'on_hold', 'completed', 'refused', 'withdrawn')),
	CONSTRAINT "data_rights_requests_extension_check" CHECK (("data_rights_requests"."extension_ground" is null) = ("data_rights_requests"."extended_due_on" is null) and ("data_rights_requests"."extension_ground" is null) = ("data_rights_requests"."extension_told_on" is null)),
	CONSTRAINT "data_rights_requests_refusal_check" CHECK (("data_rights_requests"."status" = 'refused') = ("data_rights_requests"."refusal_reason" is not null)),
	CONSTRAINT "data_rights_requests_closed_check" CHECK (("data_rights_requests"."status" in ('completed', 'refused', 'withdrawn')) = ("data_rights_requests"."closed_at" is not null)),
	CONSTRAINT "data_rights_requests_due_check" CHECK ("data_rights_requests"."due_on" > "data_rights_requests"."received_on")
);
--> statement-breakpoint
CREATE TABLE "subject_access_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"released_by" uuid NOT NULL,
	"released_at" timestamp with time zone NOT NULL,
	"files" jsonb NOT NULL,
	"withheld" jsonb NOT NULL,
	"pdf" "bytea" NOT NULL,
	"json" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_access_withholdings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_rights_request_events" ADD CONSTRAINT "data_rights_request_events_request_id_data_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_rights_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_rights_requests" ADD CONSTRAINT "data_rights_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_rights_requests" ADD CONSTRAINT "data_rights_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_releases" ADD CONSTRAINT "subject_access_releases_request_id_data_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_rights_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_releases" ADD CONSTRAINT "subject_access_releases_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_access_withholdings" ADD CONSTRAINT "subject_access_withholdings_request_id_data_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_rights_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_rights_request_events_request_idx" ON "data_rights_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "data_rights_requests_org_reference_key" ON "data_rights_requests" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "data_rights_requests_org_status_idx" ON "data_rights_requests" USING btree ("organisation_id","status","due_on");--> statement-breakpoint
CREATE INDEX "data_rights_requests_client_idx" ON "data_rights_requests" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "subject_access_releases_request_idx" ON "subject_access_releases" USING btree ("request_id","released_at");--> statement-breakpoint
CREATE UNIQUE INDEX "subject_access_withholdings_item_key" ON "subject_access_withholdings" USING btree ("request_id","item_key");