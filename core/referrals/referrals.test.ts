import { describe, expect, it } from "vitest";
import { decide, feedbackFor } from "./referral-status.js";
import { londonDay, triageDueAt } from "./triage-target.js";

describe("referrals.triage target", () => {
  it.each([
    ["2026-11-23T09:00:00Z", 2, "2026-11-25"], // Monday → Wednesday
    ["2026-11-27T16:00:00Z", 2, "2026-12-01"], // Friday → Tuesday
    ["2026-11-28T10:00:00Z", 1, "2026-11-30"], // Saturday → Monday
    ["2026-06-05T23:30:00Z", 1, "2026-06-08"], // Friday 23:30 UTC is Saturday 00:30 in London (BST) → Monday
  ])("counts working days from %s (%i days) to the end of %s in London", (received, days, dueDay) => {
    const due = triageDueAt(new Date(received), days);
    expect(londonDay(due)).toBe(dueDay);
    expect(londonDay(new Date(due.getTime() + 1))).not.toBe(dueDay);
  });

  it("skips the organisation's bank holidays", () => {
    const due = triageDueAt(new Date("2026-12-24T10:00:00Z"), 2, new Set(["2026-12-25", "2026-12-28"]));
    // Thursday 24th: Friday and Monday are holidays, so Tuesday 29th is day 1 and Wednesday day 2.
    expect(londonDay(due)).toBe("2026-12-30");
  });
});

describe("referrals.decision", () => {
  it("allows one decision only", () => {
    expect(decide("received", "accept")).toEqual({ ok: true, next: "accepted" });
    expect(decide("declined", "accept").ok).toBe(false);
  });

  it("tells a family member only that the referral was received, whatever was decided", () => {
    for (const status of ["received", "accepted", "signposted", "declined"] as const) {
      expect(feedbackFor(status, "acknowledgement")).toBe("received");
    }
    expect(feedbackFor("declined", "decision")).toBe("declined");
  });
});
