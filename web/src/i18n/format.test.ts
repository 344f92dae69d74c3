import { describe, expect, it } from "vitest";
import { formatDay, formatRelative, isolate, isolateReference, localIsoDate } from "./format.js";

describe("i18n.format", () => {
  const now = new Date("2025-03-10T12:00:00Z");

  it("says how long ago in the largest unit that fits", () => {
    expect(formatRelative("2025-03-10T11:30:00Z", "en", now)).toBe("30 minutes ago");
    expect(formatRelative("2025-03-10T07:00:00Z", "en", now)).toBe("5 hours ago");
    expect(formatRelative("2025-03-07T12:00:00Z", "en", now)).toBe("3 days ago");
    expect(formatRelative("2025-03-12T12:00:00Z", "en", now)).toBe("in 2 days");
  });

  it("keeps a reference in one piece and in its own direction inside a sentence", () => {
    expect(isolate("Amina")).toBe("\u2068Amina\u2069");
    expect(isolateReference("C-7K2M-9QXP")).toBe("\u2068C\u20117K2M\u20119QXP\u2069");
  });

  it("shows a calendar day as that day, whatever the time zone", () => {
    expect(formatDay("2025-03-14", "en")).toBe("14 Mar 2025");
    expect(localIsoDate(new Date(2025, 0, 5, 23, 30))).toBe("2025-01-05");
  });
});
