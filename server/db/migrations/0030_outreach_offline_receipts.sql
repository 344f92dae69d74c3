CREATE TABLE "outreach_offline_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outreach_offline_receipts" ADD CONSTRAINT "outreach_offline_receipts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_offline_receipts" ADD CONSTRAINT "outreach_offline_receipts_session_id_outreach_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."outreach_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outreach_offline_receipts_entry_key" ON "outreach_offline_receipts" USING btree ("organisation_id","entry_id");--> statement-breakpoint
CREATE INDEX "outreach_offline_receipts_session_idx" ON "outreach_offline_receipts" USING btree ("session_id");