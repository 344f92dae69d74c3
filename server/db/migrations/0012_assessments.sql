CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"instrument_version_id" uuid NOT NULL,
	"status" text NOT NULL,
	"assessed_on" date NOT NULL,
	"answers" "bytea" NOT NULL,
	"result" jsonb NOT NULL,
	"suggested_tier" text,
	"chosen_tier" text,
	"tier_rationale" "bytea",
	"requires_approval" boolean DEFAULT false NOT NULL,
	"amends_id" uuid,
	"superseded_by_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approval_note" "bytea",
	"returned_by" uuid,
	"returned_at" timestamp with time zone,
	"return_reason" "bytea"
);
--> statement-breakpoint
CREATE TABLE "instrument_settings" (
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"is_enabled" boolean NOT NULL,
	"requires_approval" boolean NOT NULL,
	"schedule" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "instrument_settings_organisation_id_key_pk" PRIMARY KEY("organisation_id","key")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_instrument_version_id_instrument_versions_id_fk" FOREIGN KEY ("instrument_version_id") REFERENCES "public"."instrument_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_settings" ADD CONSTRAINT "instrument_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_case_idx" ON "assessments" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_amends_idx" ON "assessments" USING btree ("amends_id");--> statement-breakpoint
-- Tiers are now named as the assessment names them: a panel referral (and a statutory referral).
UPDATE "cases" SET "tier" = 'panel_referral' WHERE "tier" = 'panel';--> statement-breakpoint
UPDATE "case_events" SET "details" = jsonb_set("details", '{tier}', '"panel_referral"') WHERE "details"->>'tier' = 'panel';--> statement-breakpoint
-- A submitted response is what was assessed: its answers, scores, version, date and decision never
-- change, and it is never removed. Only a draft may be edited or discarded. Its status, approval,
-- return and the link to a correction may still be set. A client merge re-encrypts the texts under
-- the kept client's key (the same words, new ciphertext): it says so with a transaction-local
-- setting, and may change nothing else.
CREATE FUNCTION assessments_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'a submitted assessment cannot be deleted';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF NEW.result IS DISTINCT FROM OLD.result OR NEW.instrument_version_id IS DISTINCT FROM OLD.instrument_version_id
    OR NEW.assessed_on IS DISTINCT FROM OLD.assessed_on OR NEW.chosen_tier IS DISTINCT FROM OLD.chosen_tier
    OR NEW.suggested_tier IS DISTINCT FROM OLD.suggested_tier OR NEW.case_id IS DISTINCT FROM OLD.case_id
    OR NEW.status = 'draft' THEN
    RAISE EXCEPTION 'a submitted assessment cannot be changed; record an amendment instead';
  END IF;
  IF coalesce(current_setting('pathways.rekeying', true), '') <> 'on' AND (
    NEW.answers IS DISTINCT FROM OLD.answers OR NEW.tier_rationale IS DISTINCT FROM OLD.tier_rationale
    OR (OLD.approval_note IS NOT NULL AND NEW.approval_note IS DISTINCT FROM OLD.approval_note)
    OR (OLD.return_reason IS NOT NULL AND NEW.return_reason IS DISTINCT FROM OLD.return_reason)
  ) THEN
    RAISE EXCEPTION 'a submitted assessment cannot be changed; record an amendment instead';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER assessments_submitted_immutable BEFORE UPDATE OR DELETE ON assessments
  FOR EACH ROW EXECUTE FUNCTION assessments_refuse_change();
