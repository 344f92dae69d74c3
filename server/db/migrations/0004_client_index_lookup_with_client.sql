DROP INDEX "client_indexes_lookup_idx";--> statement-breakpoint
CREATE INDEX "client_indexes_lookup_idx" ON "client_indexes" USING btree ("organisation_id","kind","value","client_id");