/**
 * A site's outreach calendar for a window of London days: every occurrence of its schedules (each
 * marked logged, with its session, or loggable once it has started), and the sessions logged on
 * their own. A session logged for a day the schedule no longer has (skipped or changed since)
 * still shows, so nothing logged drops out of sight. By start.
 */
import { and, asc, between, eq, or } from "drizzle-orm";
import type { OutreachCalendar, OutreachCalendarEntry, OutreachCalendarQuery } from "../../../core/api/outreach-sessions.js";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../../../core/london-time.js";
import { occurrences } from "../../../core/outreach/schedule.js";
import { isLoggableAt } from "../../../core/outreach/session-log.js";
import type { OutreachSessionType, OutreachTopic } from "../../../core/outreach/vocabulary.js";
import type { Db } from "../../db/client.js";
import { outreachSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { outreachSiteOf } from "../options.js";
import { canWorkOutreach } from "../policy.js";
import { scheduleOf } from "./presenter.js";
import { schedulesOfSite } from "./queries.js";
import { partnersNamed, staffList, staffNamed } from "./site-choices.js";

/** Two months of a busy site; the bound keeps a mistake from becoming a huge answer. */
const maxSessionsInWindow = 3_000;

export async function readCalendar(db: Db, actor: Actor, query: OutreachCalendarQuery, now: Date): Promise<OutreachCalendar> {
  const siteId = outreachSiteOf(actor, query.siteId);
  const canLog = canWorkOutreach(actor, siteId);
  const [schedules, sessions] = await Promise.all([
    schedulesOfSite(db, actor.organisationId, siteId),
    db
      .select()
      .from(outreachSessions)
      .where(
        and(
          eq(outreachSessions.organisationId, actor.organisationId),
          eq(outreachSessions.siteId, siteId),
          or(between(outreachSessions.startsAt, startOfLondonDay(query.from), endOfLondonDay(query.to)), between(outreachSessions.occurrenceDay, query.from, query.to)),
        ),
      )
      .orderBy(asc(outreachSessions.startsAt))
      .limit(maxSessionsInWindow),
  ]);
  const logged = new Map(sessions.filter((session) => session.scheduleId !== null).map((session) => [`${session.scheduleId}/${session.occurrenceDay}`, session]));
  const [partners, names] = await Promise.all([
    partnersNamed(db, actor.organisationId, [...schedules.map((schedule) => schedule.partnerId), ...sessions.flatMap((session) => (session.partnerId ? [session.partnerId] : []))]),
    staffNamed(db, actor.organisationId, [...schedules.flatMap((schedule) => schedule.staffIds), ...sessions.flatMap((session) => session.staffIds)]),
  ]);

  const entries: OutreachCalendarEntry[] = [];
  const shown = new Set<string>();
  for (const schedule of schedules) {
    for (const occurrence of occurrences(scheduleOf(schedule), query.from, query.to)) {
      const session = logged.get(`${schedule.id}/${occurrence.day}`);
      if (session) shown.add(session.id);
      entries.push({
        kind: "occurrence",
        scheduleId: schedule.id,
        day: occurrence.day,
        startsAt: occurrence.startsAt.toISOString(),
        endsAt: occurrence.endsAt.toISOString(),
        partner: partners.get(schedule.partnerId) ?? null,
        venue: "",
        sessionType: schedule.sessionType as OutreachSessionType,
        topics: (session?.topics ?? schedule.topics) as OutreachTopic[],
        // Once logged, the people who were there; before, the people who usually go.
        staff: staffList(session?.staffIds ?? schedule.staffIds, names),
        session: session ? { id: session.id, headcountTotal: session.headcountTotal } : null,
        canLog: canLog && !session && isLoggableAt(occurrence.startsAt, now),
      });
    }
  }
  for (const session of sessions) {
    if (shown.has(session.id)) continue;
    entries.push({
      kind: session.scheduleId ? "occurrence" : "one_off",
      scheduleId: session.scheduleId,
      day: session.occurrenceDay ?? londonDay(session.startsAt),
      startsAt: session.startsAt.toISOString(),
      endsAt: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000).toISOString(),
      partner: session.partnerId ? (partners.get(session.partnerId) ?? null) : null,
      venue: session.venue,
      sessionType: session.sessionType as OutreachSessionType,
      topics: session.topics as OutreachTopic[],
      staff: staffList(session.staffIds, names),
      session: { id: session.id, headcountTotal: session.headcountTotal },
      canLog: false,
    });
  }
  entries.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || (a.partner?.name ?? a.venue).localeCompare(b.partner?.name ?? b.venue));
  return { siteId, from: query.from, to: query.to, today: londonDay(now), items: entries, abilities: { log: canLog } };
}
