CREATE TABLE "instrument_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"definition_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "instrument_versions" ADD CONSTRAINT "instrument_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instrument_versions_key" ON "instrument_versions" USING btree (coalesce("organisation_id", '00000000-0000-0000-0000-000000000000'::uuid),"key","version");--> statement-breakpoint
-- A version, once stored, is what old responses were given with: it is never changed or removed.
CREATE FUNCTION instrument_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'instrument versions cannot be changed or deleted; store a new version instead';
END;
$$;--> statement-breakpoint
CREATE TRIGGER instrument_versions_no_update_delete BEFORE UPDATE OR DELETE ON instrument_versions
  FOR EACH ROW EXECUTE FUNCTION instrument_versions_refuse_change();
