/**
 * A worker's own calendar as its events: the sessions they deliver, the reviews and
 * re-assessments due on cases they hold as key worker, and the panel meetings they sit on. Built
 * only from references, dates, sites and a panel meeting's room: a feed leaves the organisation
 * (it is read by Google's, Microsoft's or Apple's servers), so it never carries a client's name or
 * anything from notes. Written in the worker's language (English or Urdu).
 */
import type { Calendar, CalendarEvent } from "./icalendar.js";
import { feedWords, type FeedLanguage } from "./feed-words.js";

interface CaseItem {
  caseId: string;
  caseReference: string;
  siteName: string;
}

export type WorkerFeedItem =
  | (CaseItem & { kind: "session"; id: string; startsAt: Date; durationMinutes: number; attendance: string | null; version: number; updatedAt: Date })
  | (CaseItem & { kind: "care_plan_review"; planId: string; dueOn: string; updatedAt: Date })
  | (CaseItem & { kind: "reassessment"; instrumentKey: string; instrumentTitle: string; dueOn: string })
  | { kind: "panel_meeting"; id: string; siteName: string; location: string; startsAt: Date; endsAt: Date; isCancelled: boolean; version: number; updatedAt: Date };

/** Calendar apps fetch again on their own schedule; this is the pace we ask for. */
export const feedRefreshMinutes = 60;

/** UIDs are the record's own id: stable across fetches and unique everywhere. */
const uid = (kind: string, id: string) => `${kind}-${id}@pathways`;

function event(item: WorkerFeedItem, language: FeedLanguage, baseUrl: string): CalendarEvent {
  const words = feedWords[language];
  const footer = words.footer;
  if (item.kind === "panel_meeting") {
    const url = `${baseUrl}/panel/meetings/${item.id}`;
    return {
      uid: uid("panel-meeting", item.id),
      summary: words.panelMeeting(item.siteName),
      description: [words.site(item.siteName), words.place(item.location), words.signIn(url), "", footer].join("\n"),
      location: item.location,
      url,
      status: item.isCancelled ? "CANCELLED" : "CONFIRMED",
      sequence: item.version - 1,
      lastModified: item.updatedAt,
      categories: [words.panelCategory],
      when: { kind: "timed", start: item.startsAt, end: item.endsAt },
    };
  }
  const url = `${baseUrl}/cases/${item.caseId}`;
  const lines = (first: string) => [first, words.site(item.siteName), words.signIn(url), "", footer].join("\n");
  switch (item.kind) {
    case "session":
      return {
        uid: uid("session", item.id),
        summary: words.session(item.caseReference),
        description: lines(words.attendance(item.attendance)),
        location: item.siteName,
        url,
        status: item.attendance === "cancelled" ? "CANCELLED" : "CONFIRMED",
        sequence: item.version - 1,
        lastModified: item.updatedAt,
        categories: [words.sessionCategory],
        when: { kind: "timed", start: item.startsAt, end: new Date(item.startsAt.getTime() + item.durationMinutes * 60_000) },
      };
    case "care_plan_review":
      return {
        uid: uid("care-plan-review", item.planId),
        summary: words.carePlanReview(item.caseReference),
        description: lines(words.carePlanReviewLine),
        url,
        lastModified: item.updatedAt,
        categories: [words.dueCategory],
        when: { kind: "all_day", day: item.dueOn },
      };
    case "reassessment":
      return {
        // One event per case and instrument: the due date moves as assessments are given.
        uid: uid(`reassessment-${item.instrumentKey}`, item.caseId),
        summary: words.reassessment(item.instrumentTitle, item.caseReference),
        description: lines(words.reassessmentLine(item.instrumentTitle)),
        url,
        categories: [words.dueCategory],
        when: { kind: "all_day", day: item.dueOn },
      };
  }
}

/** The feed's calendar: its name and description in the worker's language, and every item as an event. */
export function workerCalendar(items: readonly WorkerFeedItem[], options: { language: FeedLanguage; publicUrl: string }): Calendar {
  const words = feedWords[options.language];
  const baseUrl = options.publicUrl.replace(/\/+$/, "");
  return {
    name: words.calendarName,
    description: words.calendarDescription,
    refreshMinutes: feedRefreshMinutes,
    events: items.map((item) => event(item, options.language, baseUrl)),
  };
}
