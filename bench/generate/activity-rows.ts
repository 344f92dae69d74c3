/**
 * Loads what the sites do beyond their cases (data/site-activity.ts): outreach partners and
 * sessions, trainings with their attendees and certificate numbers ("PW-TR-2024-000123", one
 * series as the app numbers them, the sequence moved past the last so the app carries on), and the
 * panel's meetings. Written on the main thread before the clients, since escalations and
 * decisions name the meetings.
 */
import { refresherDueOn } from "../../core/outreach/training.js";
import { at } from "../../server/demo/demo-history-clock.js";
import type { BenchDatabase } from "../lib/database.js";
import { siteActivity } from "../data/site-activity.js";
import { meetingAt, meetingId } from "../data/support-schedule.js";
import { copyFromStdin } from "./copy-in.js";
import { copyLine } from "./copy-text.js";
import type { BenchSite } from "./organisation.js";

const columns = {
  outreach_partners: ["id", "organisation_id", "site_id", "name", "type", "languages", "pathways", "created_by", "created_at", "updated_at"],
  outreach_sessions: [
    "id", "organisation_id", "site_id", "partner_id", "venue", "session_type", "topics", "starts_at", "duration_minutes", "staff_ids", "headcount_total", "headcount",
    "follow_up_contacts", "created_by", "created_at", "updated_at",
  ],
  training_deliveries: ["id", "organisation_id", "site_id", "course_id", "partner_id", "delivered_on", "trainer_id", "location", "confidence_questions", "created_by", "created_at", "updated_at"],
  training_attendees: [
    "id", "organisation_id", "delivery_id", "name", "role", "attendee_organisation", "consent_recorded_at", "consent_recorded_by", "before", "after", "certificate_number",
    "refresher_due_on", "created_at",
  ],
  panel_meetings: ["id", "organisation_id", "site_id", "starts_at", "ends_at", "location", "minutes_before", "minutes_after", "created_by", "created_at", "updated_at"],
} as const;
type ActivityTable = keyof typeof columns;

export interface Course {
  id: string;
  confidenceQuestions: string[];
  refresherMonths: number | null;
}

export async function loadSiteActivity(database: BenchDatabase, input: { seed: number; organisationId: string; sites: readonly BenchSite[]; courses: readonly Course[] }): Promise<Record<ActivityTable, number>> {
  const lines = Object.fromEntries(Object.keys(columns).map((table) => [table, [] as string[]])) as Record<ActivityTable, string[]>;
  const { organisationId } = input;
  const trainings: { year: string; line: (number: string) => string }[] = [];
  for (const [siteIndex, site] of input.sites.entries()) {
    const activity = siteActivity(input.seed, siteIndex, input.courses.map((course) => course.confidenceQuestions.length));
    const created = new Date("2018-01-01T09:00:00Z");
    for (const partner of activity.partners) {
      lines.outreach_partners.push(copyLine([partner.id, organisationId, site.siteId, partner.name, partner.type, partner.languages, partner.pathways, site.manager, created, created]));
    }
    for (const session of activity.sessions) {
      const ended = new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
      lines.outreach_sessions.push(copyLine([
        session.id, organisationId, site.siteId, session.partnerId, session.venue, session.sessionType, session.topics, session.startsAt, session.durationMinutes,
        [site.manager], session.headcount.total, session.headcount, session.followUpContacts, site.manager, ended, ended,
      ]));
    }
    for (const training of activity.trainings) {
      const course = input.courses[training.courseIndex]!;
      const heldAt = at(training.deliveredOn, 18);
      lines.training_deliveries.push(copyLine([
        training.id, organisationId, site.siteId, course.id, training.partnerId, training.deliveredOn, site.manager, training.location, course.confidenceQuestions, site.manager, heldAt, heldAt,
      ]));
      const dueOn = course.refresherMonths ? refresherDueOn(training.deliveredOn, course.refresherMonths) : null;
      for (const attendee of training.attendees) {
        trainings.push({
          year: training.deliveredOn.slice(0, 4),
          line: (number) =>
            copyLine([
              attendee.id, organisationId, training.id, attendee.name, attendee.role, attendee.organisation, heldAt, site.manager, attendee.before, attendee.after,
              number, dueOn, heldAt,
            ]),
        });
      }
    }
    for (const number of activity.meetings) {
      const startsAt = meetingAt(number);
      const scheduled = new Date(startsAt.getTime() - 28 * 86_400_000);
      lines.panel_meetings.push(copyLine([meetingId(input.seed, siteIndex, number), organisationId, site.siteId, startsAt, new Date(startsAt.getTime() + 2 * 3_600_000), "Panel room", 72 * 60, 24 * 60, site.manager, scheduled, scheduled]));
    }
  }
  // Certificate numbers in the order the trainings were given, as the app's one series hands them out.
  trainings.sort((a, b) => a.year.localeCompare(b.year));
  trainings.forEach((training, index) => lines.training_attendees.push(training.line(`PW-TR-${training.year}-${String(index + 1).padStart(6, "0")}`)));

  for (const table of Object.keys(columns) as ActivityTable[]) await copyRows(database, `COPY ${table} (${columns[table].join(", ")}) FROM`, lines[table].join(""));
  await database.query("SELECT setval('training_certificate_numbers', $1::bigint)", [Math.max(1, trainings.length)]);
  return Object.fromEntries(Object.entries(lines).map(([table, rows]) => [table, rows.length])) as Record<ActivityTable, number>;
}

async function copyRows(database: BenchDatabase, statement: string, text: string): Promise<void> {
  if (text.length === 0) return;
  const bytes = Buffer.from(text, "utf8");
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      await copyFromStdin(client, `${statement} STDIN`, bytes);
    } finally {
      client.release();
    }
    return;
  }
  await database.pglite!.query(`${statement} '/dev/blob'`, [], { blob: new Blob([bytes]) });
}
