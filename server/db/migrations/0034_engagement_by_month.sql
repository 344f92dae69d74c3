CREATE TABLE "case_engagement_months" (
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"month" date NOT NULL,
	"programme_key" text NOT NULL,
	"attendances" integer NOT NULL,
	"last_attended_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_engagement_months_case_id_month_site_id_programme_key_pk" PRIMARY KEY("case_id","month","site_id","programme_key")
);
--> statement-breakpoint
ALTER TABLE "case_engagement_months" ADD CONSTRAINT "case_engagement_months_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_engagement_months_period_idx" ON "case_engagement_months" USING btree ("organisation_id","month","site_id","case_id","programme_key","last_attended_at");--> statement-breakpoint
-- Filled in for the attendances there are, in one pass over each kind of session.
INSERT INTO "case_engagement_months" ("organisation_id", "site_id", "case_id", "month", "programme_key", "attendances", "last_attended_at")
SELECT a.organisation_id, a.site_id, a.case_id, date_trunc('month', a.at AT TIME ZONE 'Europe/London')::date, a.programme_key, count(*), max(a.at)
FROM (
  SELECT s.organisation_id, s.site_id, s.case_id, '' AS programme_key, s.starts_at AS at FROM "support_sessions" s WHERE s.attendance = 'attended'
  UNION ALL
  SELECT g.organisation_id, g.site_id, ga.case_id, g.programme_key, g.starts_at FROM "group_sessions" g JOIN "group_session_attendees" ga ON ga.group_session_id = g.id
) a
GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
-- Kept from then on by triggers, whatever writes the sessions (the app's use cases, a client merge,
-- an import, the demo): a case's rows for a London month are worked out again from its attended
-- support sessions and group attendances in that month when one of them is written, changed or
-- removed. The case row is locked first, as the first-contact trigger does (migration 0019), so
-- that of two writers at once the second, once it has the lock, reads the first's committed rows.
CREATE FUNCTION case_engagement_refresh(target uuid, at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  first_day date := date_trunc('month', at AT TIME ZONE 'Europe/London')::date;
  month_start timestamptz := first_day::timestamp AT TIME ZONE 'Europe/London';
  month_end timestamptz := (first_day + interval '1 month')::timestamp AT TIME ZONE 'Europe/London';
BEGIN
  PERFORM 1 FROM cases WHERE id = target FOR NO KEY UPDATE;
  DELETE FROM case_engagement_months WHERE case_id = target AND month = first_day;
  INSERT INTO case_engagement_months (organisation_id, site_id, case_id, month, programme_key, attendances, last_attended_at)
  SELECT a.organisation_id, a.site_id, target, first_day, a.programme_key, count(*), max(a.at)
  FROM (
    SELECT s.organisation_id, s.site_id, '' AS programme_key, s.starts_at AS at FROM support_sessions s
    WHERE s.case_id = target AND s.attendance = 'attended' AND s.starts_at >= month_start AND s.starts_at < month_end
    UNION ALL
    SELECT g.organisation_id, g.site_id, g.programme_key, g.starts_at FROM group_session_attendees ga JOIN group_sessions g ON g.id = ga.group_session_id
    WHERE ga.case_id = target AND g.starts_at >= month_start AND g.starts_at < month_end
  ) a
  GROUP BY a.organisation_id, a.site_id, a.programme_key;
END;
$$;--> statement-breakpoint
CREATE FUNCTION support_sessions_keep_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.attendance = 'attended' THEN
    PERFORM case_engagement_refresh(OLD.case_id, OLD.starts_at);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.attendance = 'attended' THEN
    PERFORM case_engagement_refresh(NEW.case_id, NEW.starts_at);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER support_sessions_engagement AFTER INSERT OR DELETE OR UPDATE OF attendance, starts_at, case_id, site_id ON support_sessions
  FOR EACH ROW EXECUTE FUNCTION support_sessions_keep_engagement();--> statement-breakpoint
-- An attendee's month is its group session's; the session is there while it has attendees (there is
-- no cascade: a group session goes only once its attendees have).
CREATE FUNCTION group_session_attendees_keep_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  session_at timestamptz;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT g.starts_at INTO session_at FROM group_sessions g WHERE g.id = OLD.group_session_id;
    IF session_at IS NOT NULL THEN PERFORM case_engagement_refresh(OLD.case_id, session_at); END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT g.starts_at INTO session_at FROM group_sessions g WHERE g.id = NEW.group_session_id;
    IF session_at IS NOT NULL THEN PERFORM case_engagement_refresh(NEW.case_id, session_at); END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER group_session_attendees_engagement AFTER INSERT OR DELETE OR UPDATE OF group_session_id, case_id ON group_session_attendees
  FOR EACH ROW EXECUTE FUNCTION group_session_attendees_keep_engagement();--> statement-breakpoint
-- A group session moved to another time, site or programme moves every attendee's attendance with it.
CREATE FUNCTION group_sessions_keep_engagement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  attendee uuid;
BEGIN
  FOR attendee IN SELECT DISTINCT ga.case_id FROM group_session_attendees ga WHERE ga.group_session_id = NEW.id LOOP
    PERFORM case_engagement_refresh(attendee, OLD.starts_at);
    IF date_trunc('month', NEW.starts_at AT TIME ZONE 'Europe/London') <> date_trunc('month', OLD.starts_at AT TIME ZONE 'Europe/London') THEN
      PERFORM case_engagement_refresh(attendee, NEW.starts_at);
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER group_sessions_engagement AFTER UPDATE OF starts_at, site_id, programme_key ON group_sessions
  FOR EACH ROW EXECUTE FUNCTION group_sessions_keep_engagement();
