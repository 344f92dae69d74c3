import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionEventSchema,
  actionStatuses,
  decisionKinds,
  decisionSchema,
  isActionOverdue,
  isReferringDecision,
  parseDecision,
  referralEventSchema,
  referralImpliedBy,
  referralInputSchema,
  transitionAction,
  transitionReferral,
  type ActionEvent,
  type ActionStatus,
  type ExternalReferral,
  type ReferralEvent,
  type ReferralStatus,
} from "./decisions.js";

const owner = "00000000-0000-4000-8000-000000000100";
const meetingOn = "2026-03-10";
const action = { description: "Arrange a mentor from the mosque's youth programme", ownerId: owner, dueOn: "2026-03-24" };

describe("panel.decisions kinds", () => {
  it("says which decisions refer the case out, and to whom", () => {
    expect(decisionKinds.filter(isReferringDecision)).toEqual(["refer_to_channel", "refer_to_safeguarding_hub", "refer_to_police"]);
    expect(referralImpliedBy).toEqual({
      organisation_led_support_plan: null,
      refer_to_channel: "channel",
      refer_to_safeguarding_hub: "safeguarding_hub",
      refer_to_police: "police",
      no_further_action: null,
      monitor_and_review: null,
    });
  });
});

describe("panel.decisions actions", () => {
  it.each([
    ["an open action due yesterday", { status: "open", dueOn: "2026-03-09" }, true],
    ["an open action due today", { status: "open", dueOn: "2026-03-10" }, false],
    ["an open action due tomorrow", { status: "open", dueOn: "2026-03-11" }, false],
    ["a done action due last month", { status: "done", dueOn: "2026-02-01" }, false],
    ["a cancelled action due last month", { status: "cancelled", dueOn: "2026-02-01" }, false],
    ["an open action due at the end of last year", { status: "open", dueOn: "2025-12-31" }, true],
  ] as const)("judges overdue on 2026-03-10: %s", (_what, a, isOverdue) => {
    expect(isActionOverdue(a, "2026-03-10")).toBe(isOverdue);
  });

  const cancel: ActionEvent = { type: "cancel", reason: "The family declined." };
  it.each([
    ["open", { type: "complete" }, { ok: true, next: "done" }],
    ["open", cancel, { ok: true, next: "cancelled" }],
    ["done", { type: "reopen" }, { ok: true, next: "open" }],
    ["cancelled", { type: "reopen" }, { ok: true, next: "open" }],
    ["open", { type: "reopen" }, { ok: false, reason: "An action that is open cannot reopen." }],
    ["done", { type: "complete" }, { ok: false, reason: "An action that is done cannot complete." }],
    ["done", cancel, { ok: false, reason: "An action that is done cannot cancel." }],
    ["cancelled", { type: "complete" }, { ok: false, reason: "An action that is cancelled cannot complete." }],
    ["cancelled", cancel, { ok: false, reason: "An action that is cancelled cannot cancel." }],
  ] as const)("moves an action that is %s on %o: %o", (from, event, result) => {
    expect(transitionAction(from, event)).toEqual(result);
  });

  it("always lands on a known status, whatever events are tried", () => {
    const event = fc.constantFrom<ActionEvent>({ type: "complete" }, cancel, { type: "reopen" });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let status: ActionStatus = "open";
        for (const e of events) {
          const result = transitionAction(status, e);
          if (result.ok) status = result.next;
          expect(actionStatuses).toContain(status);
        }
      }),
    );
  });

  it("needs a reason to cancel", () => {
    expect(actionEventSchema.safeParse({ type: "cancel", reason: " " }).success).toBe(false);
    expect(actionEventSchema.safeParse(cancel).success).toBe(true);
  });
});

describe("panel.decisions external referrals", () => {
  const sent: ExternalReferral = { to: { kind: "channel" }, sentOn: "2026-03-11", status: { state: "sent" } };
  const withStatus = (status: ReferralStatus): ExternalReferral => ({ ...sent, status });
  const accepted = withStatus({ state: "accepted", acceptedOn: "2026-03-20" });
  const declined = withStatus({ state: "declined", declinedOn: "2026-03-20", reason: "Threshold not met." });
  const closed = withStatus({ state: "closed", closedOn: "2026-06-01", outcome: "Mentoring completed", returnedToOrganisationOn: "2026-06-01" });
  const accept: ReferralEvent = { type: "accept", on: "2026-03-20" };
  const decline: ReferralEvent = { type: "decline", on: "2026-03-20", reason: "Threshold not met." };
  const close: ReferralEvent = { type: "close", on: "2026-06-01", outcome: "Mentoring completed", returnedToOrganisationOn: "2026-06-01" };

  it.each([
    ["accepts a sent referral", sent, accept, accepted.status],
    ["declines a sent referral with the reason given", sent, decline, declined.status],
    ["closes an accepted referral with its outcome and the date the case returned", accepted, close, closed.status],
    ["closes a declined referral with nothing more", declined, { type: "close", on: "2026-03-21" }, { state: "closed", closedOn: "2026-03-21", outcome: null, returnedToOrganisationOn: null }],
    ["closes a declined referral noting an outcome", declined, { type: "close", on: "2026-03-21", outcome: "Stays with us" }, { state: "closed", closedOn: "2026-03-21", outcome: "Stays with us", returnedToOrganisationOn: null }],
    ["accepts on the day it was sent", sent, { type: "accept", on: "2026-03-11" }, { state: "accepted", acceptedOn: "2026-03-11" }],
  ] as const)("%s", (_what, from, event, status) => {
    expect(transitionReferral(from, event)).toEqual({ ok: true, next: { ...from, status } });
  });

  it.each([
    ["closing a sent referral", sent, close, "A referral that is sent cannot close."],
    ["accepting an accepted referral", accepted, accept, "A referral that is accepted cannot accept."],
    ["declining an accepted referral", accepted, decline, "A referral that is accepted cannot decline."],
    ["accepting a declined referral", declined, accept, "A referral that is declined cannot accept."],
    ["declining a declined referral", declined, decline, "A referral that is declined cannot decline."],
    ["accepting a closed referral", closed, accept, "A referral that is closed cannot accept."],
    ["declining a closed referral", closed, decline, "A referral that is closed cannot decline."],
    ["closing a closed referral", closed, close, "A referral that is closed cannot close."],
    ["an acceptance dated before it was sent", sent, { type: "accept", on: "2026-03-10" }, "The date (2026-03-10) is before the referral was sent (2026-03-11)."],
    ["closing before the referral was accepted", accepted, { ...close, on: "2026-03-19" }, "The date (2026-03-19) is before the referral was accepted (2026-03-20)."],
    ["closing before the referral was declined", declined, { type: "close", on: "2026-03-12" }, "The date (2026-03-12) is before the referral was declined (2026-03-20)."],
    ["closing an accepted referral without an outcome", accepted, { type: "close", on: "2026-06-01", returnedToOrganisationOn: "2026-06-01" }, "Closing an accepted referral needs its outcome."],
    ["closing an accepted referral without the return date", accepted, { type: "close", on: "2026-06-01", outcome: "Done" }, "Closing an accepted referral needs the date the case returned to the organisation."],
    ["a return to the organisation before it was sent", accepted, { ...close, returnedToOrganisationOn: "2026-03-01" }, "The case cannot return (2026-03-01) before the referral was sent (2026-03-11)."],
  ] as const)("refuses %s, saying why", (_what, from, event, reason) => {
    expect(transitionReferral(from, event)).toEqual({ ok: false, reason });
  });

  it("keeps its dates in order, ends closed for good, and never closes an accepted referral without outcome and return date", () => {
    const date = fc.integer({ min: 1, max: 28 }).map((d) => `2026-04-${String(d).padStart(2, "0")}`);
    const event: fc.Arbitrary<ReferralEvent> = fc.oneof(
      fc.record({ type: fc.constant("accept" as const), on: date }),
      fc.record({ type: fc.constant("decline" as const), on: date, reason: fc.constant("Threshold not met.") }),
      fc.record(
        { type: fc.constant("close" as const), on: date, outcome: fc.constant("Support completed"), returnedToOrganisationOn: date },
        { requiredKeys: ["type", "on"] },
      ),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let referral: ExternalReferral = { to: { kind: "police" }, sentOn: "2026-04-10", status: { state: "sent" } };
        let wasAccepted = false;
        for (const e of events) {
          const before = referral.status.state;
          const result = transitionReferral(referral, e);
          if (before === "closed") expect(result.ok).toBe(false);
          if (!result.ok) continue;
          referral = result.next;
          const { status } = referral;
          if (status.state === "accepted") wasAccepted = true;
          if (status.state !== "sent") {
            const on = status.state === "accepted" ? status.acceptedOn : status.state === "declined" ? status.declinedOn : status.closedOn;
            expect(on >= referral.sentOn).toBe(true);
          }
          if (status.state === "closed" && wasAccepted) {
            expect(status.outcome).not.toBeNull();
            expect(status.returnedToOrganisationOn! >= referral.sentOn).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("names the recipient, and needs a name for another service", () => {
    expect(referralInputSchema.safeParse({ to: { kind: "other", name: "Housing Options" }, sentOn: "2026-03-11" }).success).toBe(true);
    const unnamed = referralInputSchema.safeParse({ to: { kind: "other", name: "" }, sentOn: "2026-03-11" });
    expect(unnamed.success ? [] : unnamed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual(["to.name: The name of the service is required."]);
    const badDate = referralInputSchema.safeParse({ to: { kind: "police" }, sentOn: "11/03/2026" });
    expect(badDate.success ? [] : badDate.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual(["sentOn: The date sent must be a date as YYYY-MM-DD."]);
    expect(referralEventSchema.safeParse({ type: "decline", on: "2026-03-20" }).success).toBe(false);
  });
});

describe("panel.decisions recording a decision", () => {
  const base = { discussionSummary: "Panel agreed the risk is rising but the family is engaged.", kind: "organisation_led_support_plan", actions: [action] };
  const channelReferral = { to: { kind: "channel" }, sentOn: "2026-03-11" };

  it.each([
    ["a support plan with an action", base],
    ["a support plan with a referral to another service", { ...base, referral: { to: { kind: "other", name: "Housing Options" }, sentOn: "2026-03-11" } }],
    ["no further action with no actions", { ...base, kind: "no_further_action", actions: [] }],
    ["a referral to Channel with its referral", { ...base, kind: "refer_to_channel", referral: channelReferral }],
    ["a referral to police", { ...base, kind: "refer_to_police", referral: { to: { kind: "police" }, sentOn: "2026-03-10" } }],
    ["an action due on the day of the meeting", { ...base, actions: [{ ...action, dueOn: meetingOn }] }],
    ["twenty actions", { ...base, actions: Array.from({ length: 20 }, () => action) }],
  ])("accepts %s", (_what, input) => {
    expect(parseDecision(input, meetingOn)).toMatchObject({ ok: true });
    expect(decisionSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    ["an empty summary", { ...base, discussionSummary: "  " }, ["discussionSummary: The summary of the discussion is required."]],
    ["a summary too long", { ...base, discussionSummary: "x".repeat(10_001) }, ["discussionSummary: The summary of the discussion must be at most 10000 characters."]],
    ["an unknown decision", { ...base, kind: "caution" }, [`kind: The decision must be one of: ${decisionKinds.join(", ")}.`]],
    ["twenty-one actions", { ...base, actions: Array.from({ length: 21 }, () => action) }, ["actions: A decision can have at most 20 actions."]],
    ["an action with no owner", { ...base, actions: [{ ...action, ownerId: "" }] }, ["actions.0.ownerId: Must be a valid id."]],
    ["an action with a bad date", { ...base, actions: [{ ...action, dueOn: "2026-02-30" }] }, ["actions.0.dueOn: The due date must be a date as YYYY-MM-DD."]],
    ["an action due before the meeting", { ...base, actions: [action, { ...action, dueOn: "2026-03-09" }] }, ["actions.1.dueOn: Action 2 is due on 2026-03-09, before the meeting on 2026-03-10."]],
    ["a referring decision without its referral", { ...base, kind: "refer_to_safeguarding_hub" }, ["referral: A decision to refer to safeguarding hub needs the referral's details."]],
    ["a referral to the wrong agency", { ...base, kind: "refer_to_police", referral: channelReferral }, ["referral.to.kind: A decision to refer to police refers to police, not channel."]],
    ["a Channel referral under a support plan", { ...base, referral: channelReferral }, ["referral.to.kind: A referral to channel needs the decision to refer to channel."]],
    ["a referral with no further action", { ...base, kind: "no_further_action", referral: { to: { kind: "other", name: "GP" }, sentOn: "2026-03-11" } }, ["referral: A decision of no further action has no referral."]],
    ["an unknown field", { ...base, clientName: "A. Person" }, ["(decision): Unrecognized key: \"clientName\""]],
  ])("refuses %s, naming the field", (_what, input, problems) => {
    expect(parseDecision(input, meetingOn)).toEqual({ ok: false, problems });
  });

  it("needs a referral for exactly the referring decisions, to the agency each names", () => {
    const targets = ["channel", "safeguarding_hub", "police"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...decisionKinds), fc.option(fc.constantFrom(...targets), { nil: undefined }), (kind, to) => {
        const input = { ...base, kind, ...(to === undefined ? {} : { referral: { to: { kind: to }, sentOn: "2026-03-11" } }) };
        const isValid = parseDecision(input, meetingOn).ok;
        expect(isValid).toBe(referralImpliedBy[kind] === (to ?? null));
      }),
    );
  });

  it("refuses a meeting date that is not a date", () => {
    expect(() => parseDecision(base, "10/03/2026")).toThrow(RangeError);
  });

  it("reports every problem, not only the first", () => {
    const result = parseDecision({ ...base, kind: "refer_to_channel", actions: [{ ...action, dueOn: "2026-01-01" }, { ...action, dueOn: "2026-02-01" }] }, meetingOn);
    expect(result.ok ? [] : result.problems).toHaveLength(3);
  });
});
