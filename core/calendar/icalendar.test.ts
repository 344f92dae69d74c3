import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { serialiseCalendar, type CalendarEvent } from "./icalendar.js";

const stamp = new Date("2025-03-01T09:00:00Z");

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

const eventsOf = (text: string) => parse(text).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));

const timed = (uid: string, start: string, end: string, extra: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid,
  summary: `Session ${uid}`,
  when: { kind: "timed", start: new Date(start), end: new Date(end) },
  ...extra,
});

describe("calendar.serialiseCalendar", () => {
  it("writes a calendar a parser reads back with every field, CRLF line ends and no line over 75 octets", () => {
    const text = serialiseCalendar(
      {
        name: "Pathways: my work",
        description: "Sessions, reviews; panels, all in one",
        refreshMinutes: 60,
        events: [
          timed("session-1@pathways", "2025-03-05T10:00:00Z", "2025-03-05T11:00:00Z", {
            summary: "Session: case C-2025-0001",
            description: "Site: Birmingham, Sparkbrook\nSign in: https://pathways.example.org/cases/1",
            location: "Birmingham; Sparkbrook",
            url: "https://pathways.example.org/cases/1",
            sequence: 3,
            lastModified: new Date("2025-02-28T16:30:00Z"),
            status: "CONFIRMED",
            categories: ["Session", "Pathways"],
          }),
        ],
      },
      stamp,
    );
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Pathways: my work");
    expect(calendar.getFirstPropertyValue("description")).toBe("Sessions, reviews; panels, all in one");
    const [event] = eventsOf(text);
    expect(event!.uid).toBe("session-1@pathways");
    expect(event!.summary).toBe("Session: case C-2025-0001");
    expect(event!.description).toBe("Site: Birmingham, Sparkbrook\nSign in: https://pathways.example.org/cases/1");
    expect(event!.location).toBe("Birmingham; Sparkbrook");
    expect(event!.sequence).toBe(3);
    expect(event!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event!.component.getFirstPropertyValue("url")).toBe("https://pathways.example.org/cases/1");
    expect(event!.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2025-03-01T09:00:00Z");
    expect(event!.component.getFirstPropertyValue("last-modified")?.toString()).toBe("2025-02-28T16:30:00Z");
    expect(event!.component.getFirstProperty("categories")?.getValues()).toEqual(["Session", "Pathways"]);
  });

  it("gives London times with the Europe/London zone that read back as the same instants in winter and summer", () => {
    const winter = timed("w", "2025-01-15T09:30:00Z", "2025-01-15T10:30:00Z");
    const summer = timed("s", "2025-07-15T09:30:00Z", "2025-07-15T10:30:00Z");
    const text = serialiseCalendar({ name: "c", refreshMinutes: 60, events: [winter, summer] }, stamp);
    expect(text).toContain("DTSTART;TZID=Europe/London:20250115T093000");
    expect(text).toContain("DTSTART;TZID=Europe/London:20250715T103000");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
    const [readWinter, readSummer] = eventsOf(text);
    expect(readWinter!.startDate.toJSDate().toISOString()).toBe("2025-01-15T09:30:00.000Z");
    expect(readWinter!.endDate.toJSDate().toISOString()).toBe("2025-01-15T10:30:00.000Z");
    expect(readSummer!.startDate.toJSDate().toISOString()).toBe("2025-07-15T09:30:00.000Z");
    expect(readSummer!.startDate.zone?.tzid).toBe("Europe/London");
  });

  it("writes a time in the repeated autumn hour in UTC, so it cannot be read as the other 01:30", () => {
    // 26 October 2025: 01:30 happens at 00:30 UTC (summer time) and again at 01:30 UTC.
    const first = timed("first", "2025-10-26T00:30:00Z", "2025-10-26T02:30:00Z");
    const second = timed("second", "2025-10-26T01:30:00Z", "2025-10-26T02:30:00Z");
    const text = serialiseCalendar({ name: "c", refreshMinutes: 60, events: [first, second] }, stamp);
    expect(text).toContain("DTSTART:20251026T003000Z");
    expect(text).toContain("DTSTART:20251026T013000Z");
    const [readFirst, readSecond] = eventsOf(text);
    expect(readFirst!.startDate.toJSDate().toISOString()).toBe("2025-10-26T00:30:00.000Z");
    expect(readSecond!.startDate.toJSDate().toISOString()).toBe("2025-10-26T01:30:00.000Z");
    expect(readFirst!.endDate.toJSDate().toISOString()).toBe("2025-10-26T02:30:00.000Z");
  });

  it("writes a due date as an all-day event that ends at the start of the next day and leaves the time free", () => {
    const text = serialiseCalendar({ name: "c", refreshMinutes: 60, events: [{ uid: "due", summary: "Review due", when: { kind: "all_day", day: "2025-12-31" } }] }, stamp);
    expect(text).toContain("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\nTRANSP:TRANSPARENT");
    expect(text).not.toContain("VTIMEZONE");
    const [event] = eventsOf(text);
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe("2025-12-31");
    expect(event!.endDate.toString()).toBe("2026-01-01");
  });

  it("folds long Urdu text without breaking a letter, and reads it back whole", () => {
    const summary = "سیشن: کیس C-2025-0001 — برمنگھم، اسپارک بروک؛ Pathways میں سائن ان کریں اور مزید دیکھیں";
    const description = `${summary}\n${"نظرثانی واجب ہے، ".repeat(12)}`;
    const text = serialiseCalendar({ name: "میرا کام", refreshMinutes: 60, events: [timed("u", "2025-03-05T10:00:00Z", "2025-03-05T11:00:00Z", { summary, description })] }, stamp);
    const lines = text.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    const [event] = eventsOf(text);
    expect(event!.summary).toBe(summary);
    expect(event!.description).toBe(description);
    expect(parse(text).getFirstPropertyValue("x-wr-calname")).toBe("میرا کام");
  });
});
