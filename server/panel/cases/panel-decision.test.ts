import { describe, expect, it } from "vitest";
import type { DecisionView } from "../../../core/api/panel.js";
import { redactDecision } from "./panel-decision.js";

const identity = { givenName: "Ayesha", familyName: "Rahman", otherNames: null, dateOfBirth: "2008-03-14", address: null, postcode: "B11 1AA", phone: null, email: null };
const named = "Ayesha Rahman of B11 1AA";
const action = {
  id: "a1",
  caseId: "c1",
  caseReference: "K-AAAA-BBBB",
  description: `Ring ${named}'s mother`,
  ownerUserId: "u1",
  ownerName: "Test User",
  dueOn: "2026-12-01",
  status: "cancelled" as const,
  isOverdue: false,
  completedAt: null,
  cancelReason: `${named} moved school`,
  meetingId: "m1",
  version: 2,
  abilities: { complete: false, cancel: false, reopen: true },
};
const decision: DecisionView = {
  id: "d1",
  meetingId: "m1",
  kind: "refer_to_channel",
  discussionSummary: `${named} is drawn into an online group`,
  decidedAt: "2026-11-24T10:00:00.000Z",
  recordedByName: "Test User",
  actions: [action],
  referral: {
    id: "r1",
    caseId: "c1",
    caseReference: "K-AAAA-BBBB",
    decisionId: "d1",
    target: "channel",
    targetName: null,
    sentOn: "2026-11-24",
    status: "closed",
    respondedOn: "2026-11-25",
    closedOn: "2026-11-26",
    declineReason: `${named} is known to us already`,
    outcome: `${named} was offered support`,
    returnedToOrganisationOn: null,
    recordedByName: "Test User",
    version: 3,
    abilities: { accept: true, decline: true, close: true },
  },
};

describe("panel.decision as the panel reads it", () => {
  it("redacts every text staff wrote about the client, in every part of the decision, and offers no referral buttons", () => {
    const seen = redactDecision(decision, identity);
    expect(JSON.stringify(seen)).not.toMatch(/Ayesha|Rahman|B11 1AA/);
    expect(seen.actions[0]).toMatchObject({ description: "Ring [name] of [postcode]'s mother", cancelReason: "[name] of [postcode] moved school" });
    expect(seen.referral).toMatchObject({ declineReason: "[name] of [postcode] is known to us already", abilities: { accept: false, decline: false, close: false } });
    // What is not about the client stays as it was.
    expect(seen).toMatchObject({ kind: "refer_to_channel", recordedByName: "Test User", actions: [{ ownerName: "Test User", dueOn: "2026-12-01" }] });
  });
});
