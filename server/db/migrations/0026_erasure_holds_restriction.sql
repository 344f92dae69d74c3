CREATE TABLE "client_erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"request_id" uuid,
	"erased_by" uuid,
	"erased_at" timestamp with time zone NOT NULL,
	"merged_client_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tally" jsonb NOT NULL,
	CONSTRAINT "client_erasures_basis_check" CHECK ("client_erasures"."basis" in ('request', 'retention'))
);
--> statement-breakpoint
CREATE TABLE "processing_restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"reason" "bytea" NOT NULL,
	"review_on" date NOT NULL,
	"placed_by" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"lifted_by" uuid,
	"lifted_at" timestamp with time zone,
	"lift_reason" "bytea",
	CONSTRAINT "processing_restrictions_lifted_check" CHECK (("processing_restrictions"."lifted_at" is null) = ("processing_restrictions"."lifted_by" is null))
);
--> statement-breakpoint
CREATE TABLE "retention_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" "bytea" NOT NULL,
	"review_on" date,
	"placed_by" uuid NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"lifted_by" uuid,
	"lifted_at" timestamp with time zone,
	"lift_reason" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_holds_kind_check" CHECK ("retention_holds"."kind" in ('legal_claim', 'statutory_duty')),
	CONSTRAINT "retention_holds_lifted_check" CHECK (("retention_holds"."lifted_at" is null) = ("retention_holds"."lifted_by" is null))
);
--> statement-breakpoint
ALTER TABLE "client_erasures" ADD CONSTRAINT "client_erasures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_erasures" ADD CONSTRAINT "client_erasures_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_erasures" ADD CONSTRAINT "client_erasures_request_id_data_rights_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."data_rights_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_restrictions" ADD CONSTRAINT "processing_restrictions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_restrictions" ADD CONSTRAINT "processing_restrictions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_holds" ADD CONSTRAINT "retention_holds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_holds" ADD CONSTRAINT "retention_holds_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "client_erasures_client_key" ON "client_erasures" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_erasures_org_idx" ON "client_erasures" USING btree ("organisation_id","erased_at");--> statement-breakpoint
CREATE UNIQUE INDEX "processing_restrictions_in_force_key" ON "processing_restrictions" USING btree ("client_id") WHERE "processing_restrictions"."lifted_at" is null;--> statement-breakpoint
CREATE INDEX "processing_restrictions_org_idx" ON "processing_restrictions" USING btree ("organisation_id","placed_at");--> statement-breakpoint
CREATE INDEX "retention_holds_client_idx" ON "retention_holds" USING btree ("client_id","placed_at");--> statement-breakpoint
-- One guard for every write to a client's data, whatever code path makes it: while the client's
-- processing is restricted (UK GDPR Art 18) their record is read-only, and once they are erased
-- nothing new may be written about them (a write racing the erasure would otherwise bring back a
-- blind index or a case study). Arguments: how the row names its client (`client`: a client id
-- column; `case`: a case id column, the client read from the case), the column, and `lock` where a
-- row could make the person findable again (blind indexes, case studies in the clear): those take a
-- share lock on the client, so they wait for an erasure in progress and then see it. The erasure
-- itself sets `pathways.erasure` for its own transaction. The application turns the two codes into
-- 410 (erased) and 409 (restricted) answers (server/http/error-handler.ts).
CREATE FUNCTION client_data_refuse_held_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_versions jsonb[];
  row_version jsonb;
  target uuid;
  previous uuid;
  erased timestamptz;
  is_restricted boolean;
BEGIN
  IF current_setting('pathways.erasure', true) = 'on' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  row_versions := CASE TG_OP WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)] WHEN 'UPDATE' THEN ARRAY[to_jsonb(OLD), to_jsonb(NEW)] ELSE ARRAY[to_jsonb(NEW)] END;
  FOREACH row_version IN ARRAY row_versions LOOP
    IF TG_ARGV[0] = 'case' THEN
      SELECT c.client_id INTO target FROM cases c WHERE c.id = (row_version ->> TG_ARGV[1])::uuid;
    ELSE
      target := (row_version ->> TG_ARGV[1])::uuid;
    END IF;
    CONTINUE WHEN target IS NULL OR target IS NOT DISTINCT FROM previous;
    previous := target;
    IF TG_ARGV[2] = 'lock' THEN
      SELECT cl.erased_at INTO erased FROM clients cl WHERE cl.id = target FOR SHARE;
    ELSE
      SELECT cl.erased_at INTO erased FROM clients cl WHERE cl.id = target;
    END IF;
    IF erased IS NOT NULL THEN
      RAISE EXCEPTION 'client % has been erased', target USING ERRCODE = 'PW410';
    END IF;
    SELECT EXISTS (SELECT 1 FROM processing_restrictions r WHERE r.client_id = target AND r.lifted_at IS NULL) INTO is_restricted;
    IF is_restricted THEN
      RAISE EXCEPTION 'processing of client % is restricted', target USING ERRCODE = 'PW409';
    END IF;
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clients_refuse_held_write BEFORE UPDATE OR DELETE ON clients FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'id', 'plain');
--> statement-breakpoint
CREATE TRIGGER client_identities_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON client_identities FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER client_indexes_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON client_indexes FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'lock');
--> statement-breakpoint
CREATE TRIGGER consents_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON consents FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER relationships_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON relationships FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER referrals_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON referrals FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER cases_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER worker_conflicts_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON worker_conflicts FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('client', 'client_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER assessments_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON assessments FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER care_plans_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON care_plans FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER care_plan_versions_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON care_plan_versions FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER care_plan_reviews_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON care_plan_reviews FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER case_assignments_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON case_assignments FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER case_events_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER case_outcomes_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON case_outcomes FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER group_session_attendees_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON group_session_attendees FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER programme_enrolments_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON programme_enrolments FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER programme_enrolment_events_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON programme_enrolment_events FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER support_sessions_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON support_sessions FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER external_referrals_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON external_referrals FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER panel_actions_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON panel_actions FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER panel_conflicts_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON panel_conflicts FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER panel_decisions_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON panel_decisions FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER panel_escalations_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON panel_escalations FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER panel_excerpts_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON panel_excerpts FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'plain');
--> statement-breakpoint
CREATE TRIGGER content_items_refuse_held_write BEFORE INSERT OR UPDATE OR DELETE ON content_items FOR EACH ROW EXECUTE FUNCTION client_data_refuse_held_write('case', 'case_id', 'lock');
