import { describe, expect, it } from "vitest";
import type { LogSessionBody, OutreachSessionDetail } from "../../../../core/api/outreach-sessions.js";
import { mergedBody, sessionParts, type SessionPart, type Side } from "./session-versions.js";

const mine: LogSessionBody = { scheduleId: "s", occurrenceDay: "2026-11-20", topics: ["drugs"], staffIds: ["amina"], headcount: { total: 31 }, followUpContacts: 2, resources: [{ itemId: "kit", quantity: 5 }], notes: "Mine" };
const held = {
  headcount: { total: 30, byGender: { male: 20, female: 10 } },
  followUpContacts: 4,
  resources: [{ itemId: "leaflet", quantity: 12 }],
  topics: ["gangs"],
  staff: [{ id: "yusuf", displayName: "Yusuf" }],
  notes: "Held",
} as unknown as OutreachSessionDetail;

const all = (side: Side) => Object.fromEntries(sessionParts.map((part) => [part, side])) as Record<SessionPart, Side>;

describe("outreach.offline session versions", () => {
  it("keeps the entry's where and when, and takes each part from the side chosen", () => {
    expect(mergedBody(mine, held, all("mine"))).toEqual(mine);
    expect(mergedBody(mine, held, all("held"))).toEqual({ ...mine, topics: ["gangs"], staffIds: ["yusuf"], headcount: held.headcount, followUpContacts: 4, resources: [{ itemId: "leaflet", quantity: 12 }], notes: "Held" });
    expect(mergedBody(mine, held, { ...all("mine"), headcount: "held", staff: "held" })).toEqual({ ...mine, headcount: held.headcount, staffIds: ["yusuf"] });
  });
});
