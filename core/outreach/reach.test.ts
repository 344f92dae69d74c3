import { describe, expect, it } from "vitest";
import { reachSummary } from "./reach.js";

describe("outreach.reach", () => {
  it("counts sessions, people, partners, training, resources and referrals, and outreach turning into engagement", () => {
    const summary = reachSummary(
      [
        { partnerId: "mosque", headcount: 120, resourcesHandedOut: 10, followUpContacts: 4 },
        { partnerId: "mosque", headcount: 90, resourcesHandedOut: 0, followUpContacts: 2 },
        { partnerId: "college", headcount: 60, resourcesHandedOut: 25, followUpContacts: 4 },
      ],
      [{ partnerId: "school", attendees: 14 }],
      [
        { partnerId: "mosque", source: "mosque", outreachSessionId: "s1", isEngaged: true },
        { partnerId: "mosque", source: "mosque", outreachSessionId: "s1", isEngaged: false },
        { partnerId: "college", source: "school", outreachSessionId: "s3", isEngaged: true },
        { partnerId: null, source: "self", outreachSessionId: null, isEngaged: true },
      ],
    );
    expect(summary).toEqual({
      sessionsDelivered: 3,
      peopleReached: 270,
      partnersActive: 3,
      trainingsDelivered: 1,
      peopleTrained: 14,
      resourcesDistributed: 35,
      referralsByPartner: { mosque: 2, college: 1 },
      referralsBySource: { mosque: 2, school: 1, self: 1 },
      conversion: { contacts: 10, referrals: 3, engaged: 2, referralRate: 0.3, engagementRate: 2 / 3 },
    });
  });

  it("has no rates to give for a quiet period", () => {
    expect(reachSummary([], [], []).conversion).toEqual({ contacts: 0, referrals: 0, engaged: 0, referralRate: null, engagementRate: null });
  });
});
