ALTER TABLE "cases" ADD COLUMN "first_contact_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_contact_site_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_assessed_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_assessment_site_id" uuid;--> statement-breakpoint
-- A case's first contact is its earliest attended support session (of two at the same minute, the
-- lower id), and its first assessment the earliest day a submitted assessment was done (of two on
-- one day, the lower id), each with its site. Filled in for the cases there are, in one pass over
-- each table, before the indexes that read them are built.
UPDATE "cases" c SET "first_contact_at" = f.starts_at, "first_contact_site_id" = f.site_id, "first_assessed_on" = a.assessed_on, "first_assessment_site_id" = a.site_id
FROM (SELECT DISTINCT ON (s.case_id) s.case_id, s.starts_at, s.site_id FROM "support_sessions" s WHERE s.attendance = 'attended' ORDER BY s.case_id, s.starts_at, s.id) f
FULL JOIN (SELECT DISTINCT ON (x.case_id) x.case_id, x.assessed_on, x.site_id FROM "assessments" x WHERE x.submitted_at IS NOT NULL ORDER BY x.case_id, x.assessed_on, x.id) a ON a.case_id = f.case_id
WHERE c.id = coalesce(f.case_id, a.case_id);--> statement-breakpoint
CREATE INDEX "cases_first_contact_idx" ON "cases" USING btree ("first_contact_site_id","first_contact_at","organisation_id","referral_id","tier","client_id","age_band_at_opening") WHERE "cases"."first_contact_at" is not null;--> statement-breakpoint
CREATE INDEX "cases_first_assessment_idx" ON "cases" USING btree ("first_assessment_site_id","first_assessed_on","organisation_id","referral_id","tier","client_id","age_band_at_opening") WHERE "cases"."first_assessed_on" is not null;--> statement-breakpoint
-- Kept from then on by triggers, whatever writes the sessions and assessments (the app's use cases,
-- a client merge, the demo, a bulk load): worked out again for the case when one of its sessions or
-- assessments that counts is written, changed or removed. The case row is locked first, so that of
-- two writers at once the second, once it has the lock, reads the first's committed row.
CREATE FUNCTION cases_refresh_first_contact(target uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM cases WHERE id = target FOR NO KEY UPDATE;
  UPDATE cases c SET first_contact_at = f.starts_at, first_contact_site_id = f.site_id
  FROM (SELECT target AS case_id) k
  LEFT JOIN LATERAL (
    SELECT s.starts_at, s.site_id FROM support_sessions s WHERE s.case_id = k.case_id AND s.attendance = 'attended' ORDER BY s.starts_at, s.id LIMIT 1
  ) f ON true
  WHERE c.id = k.case_id AND (c.first_contact_at, c.first_contact_site_id) IS DISTINCT FROM (f.starts_at, f.site_id);
END;
$$;--> statement-breakpoint
CREATE FUNCTION cases_refresh_first_assessment(target uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM cases WHERE id = target FOR NO KEY UPDATE;
  UPDATE cases c SET first_assessed_on = f.assessed_on, first_assessment_site_id = f.site_id
  FROM (SELECT target AS case_id) k
  LEFT JOIN LATERAL (
    SELECT a.assessed_on, a.site_id FROM assessments a WHERE a.case_id = k.case_id AND a.submitted_at IS NOT NULL ORDER BY a.assessed_on, a.id LIMIT 1
  ) f ON true
  WHERE c.id = k.case_id AND (c.first_assessed_on, c.first_assessment_site_id) IS DISTINCT FROM (f.assessed_on, f.site_id);
END;
$$;--> statement-breakpoint
CREATE FUNCTION support_sessions_keep_first_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.attendance = 'attended' THEN PERFORM cases_refresh_first_contact(NEW.case_id); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.attendance = 'attended' THEN PERFORM cases_refresh_first_contact(OLD.case_id); END IF;
  ELSIF OLD.attendance = 'attended' OR NEW.attendance = 'attended' THEN
    PERFORM cases_refresh_first_contact(OLD.case_id);
    IF NEW.case_id <> OLD.case_id THEN PERFORM cases_refresh_first_contact(NEW.case_id); END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER support_sessions_first_contact AFTER INSERT OR DELETE OR UPDATE OF attendance, starts_at, case_id, site_id ON support_sessions
  FOR EACH ROW EXECUTE FUNCTION support_sessions_keep_first_contact();--> statement-breakpoint
CREATE FUNCTION assessments_keep_first_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.submitted_at IS NOT NULL THEN PERFORM cases_refresh_first_assessment(NEW.case_id); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.submitted_at IS NOT NULL THEN PERFORM cases_refresh_first_assessment(OLD.case_id); END IF;
  ELSIF OLD.submitted_at IS NOT NULL OR NEW.submitted_at IS NOT NULL THEN
    PERFORM cases_refresh_first_assessment(OLD.case_id);
    IF NEW.case_id <> OLD.case_id THEN PERFORM cases_refresh_first_assessment(NEW.case_id); END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER assessments_first_assessment AFTER INSERT OR DELETE OR UPDATE OF submitted_at, assessed_on, case_id, site_id ON assessments
  FOR EACH ROW EXECUTE FUNCTION assessments_keep_first_assessment();
