CREATE TABLE "sign_in_decoys" (
	"email_hash" text PRIMARY KEY NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "purpose" text DEFAULT 'invitation' NOT NULL;--> statement-breakpoint
CREATE INDEX "sign_in_decoys_updated_idx" ON "sign_in_decoys" USING btree ("updated_at");