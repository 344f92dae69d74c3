/**
 * A calendar as an iCalendar file (RFC 5545), served to calendar apps. Timed events are written in
 * London time with the Europe/London VTIMEZONE included, so a worker's phone shows them at the hour
 * the organisation means whatever zone it is in; a time in the hour that happens twice when the
 * clocks go back is written in UTC instead, as London time cannot say which of the two it is.
 * Due dates are all-day events. Pure: the caller gives the moment the file is made (DTSTAMP).
 */
import { contentLine, escapeText } from "./content-line.js";

export interface CalendarEvent {
  /** Stable for the item across every fetch, so an app updates the event instead of adding another. */
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** Grows each time the item changes (RFC 5545 §3.8.7.4). */
  sequence?: number | undefined;
  lastModified?: Date | undefined;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED" | undefined;
  categories?: readonly string[] | undefined;
  when: { kind: "timed"; start: Date; end: Date } | { kind: "all_day"; day: string };
}

export interface Calendar {
  name: string;
  description?: string | undefined;
  /** How often apps should fetch it again, in minutes (RFC 7986 REFRESH-INTERVAL). */
  refreshMinutes: number;
  events: readonly CalendarEvent[];
}

export const productId = "-//Pathways//Worker calendar//EN";
export const londonZone = "Europe/London";

/** Europe/London since 1996: summer time from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
const londonTimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${londonZone}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19810329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19961027T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: londonZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** `YYYYMMDDTHHMMSS` on the London wall clock. */
function londonLocal(at: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => londonParts.formatToParts(at).find((item) => item.type === type)?.value ?? "00";
  return `${part("year")}${part("month")}${part("day")}T${part("hour")}${part("minute")}${part("second")}`;
}

/** `YYYYMMDDTHHMMSSZ`. */
export function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** True when the London wall-clock reading of `at` also happens an hour earlier or later (autumn). */
function isAmbiguousInLondon(at: Date): boolean {
  const local = londonLocal(at);
  return londonLocal(new Date(at.getTime() - 3_600_000)) === local || londonLocal(new Date(at.getTime() + 3_600_000)) === local;
}

function dateTime(name: string, at: Date): string {
  return isAmbiguousInLondon(at) ? contentLine(name, utcStamp(at)) : contentLine(name, londonLocal(at), `;TZID=${londonZone}`);
}

const nextDay = (day: string): string => {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};
const compactDay = (day: string) => day.replace(/-/g, "");

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = ["BEGIN:VEVENT", contentLine("UID", escapeText(event.uid)), contentLine("DTSTAMP", utcStamp(stamp))];
  if (event.when.kind === "timed") {
    lines.push(dateTime("DTSTART", event.when.start), dateTime("DTEND", event.when.end));
  } else {
    // DTEND is exclusive: a one-day event ends at the start of the next day.
    lines.push(contentLine("DTSTART", compactDay(event.when.day), ";VALUE=DATE"), contentLine("DTEND", compactDay(nextDay(event.when.day)), ";VALUE=DATE"));
    lines.push("TRANSP:TRANSPARENT");
  }
  lines.push(contentLine("SUMMARY", escapeText(event.summary)));
  if (event.description) lines.push(contentLine("DESCRIPTION", escapeText(event.description)));
  if (event.location) lines.push(contentLine("LOCATION", escapeText(event.location)));
  if (event.url) lines.push(contentLine("URL", event.url, ";VALUE=URI"));
  if (event.categories && event.categories.length > 0) lines.push(contentLine("CATEGORIES", event.categories.map(escapeText).join(",")));
  if (event.status) lines.push(`STATUS:${event.status}`);
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`);
  if (event.lastModified) lines.push(contentLine("LAST-MODIFIED", utcStamp(event.lastModified)));
  lines.push("END:VEVENT");
  return lines;
}

/** The whole file, CRLF line ends, as RFC 5545 requires. */
export function serialiseCalendar(calendar: Calendar, stamp: Date): string {
  const refresh = `PT${calendar.refreshMinutes}M`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    contentLine("PRODID", productId),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    contentLine("NAME", escapeText(calendar.name)),
    contentLine("X-WR-CALNAME", escapeText(calendar.name)),
    ...(calendar.description ? [contentLine("DESCRIPTION", escapeText(calendar.description)), contentLine("X-WR-CALDESC", escapeText(calendar.description))] : []),
    contentLine("REFRESH-INTERVAL", refresh, ";VALUE=DURATION"),
    contentLine("X-PUBLISHED-TTL", refresh),
    contentLine("X-WR-TIMEZONE", londonZone),
    ...(calendar.events.some((event) => event.when.kind === "timed") ? londonTimezone : []),
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.join("\r\n")}\r\n`;
}
