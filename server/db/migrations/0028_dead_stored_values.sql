ALTER TABLE "retention_review_runs" DROP COLUMN "due_count";--> statement-breakpoint
ALTER TABLE "retention_review_runs" DROP COLUMN "held_count";--> statement-breakpoint
ALTER TABLE "data_rights_requests" DROP COLUMN "notes";