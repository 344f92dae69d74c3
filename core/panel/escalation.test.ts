import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endOfLondonDay } from "../london-time.js";
import {
  availableEvents,
  escalate,
  escalationEventSchema,
  escalationInputSchema,
  escalationStates,
  isUrgentAlertOverdue,
  isValidEscalation,
  transition,
  urgentAlertDeadline,
  type Actor,
  type Escalation,
  type EscalationEvent,
  type EscalationStatus,
} from "./escalation.js";

const ids = {
  case: "00000000-0000-4000-8000-000000000001",
  assessment: "00000000-0000-4000-8000-000000000002",
  newAssessment: "00000000-0000-4000-8000-000000000003",
  meeting: "00000000-0000-4000-8000-000000000010",
  otherMeeting: "00000000-0000-4000-8000-000000000011",
  decision: "00000000-0000-4000-8000-000000000020",
  escalator: "00000000-0000-4000-8000-000000000100",
  lead: "00000000-0000-4000-8000-000000000101",
  colleague: "00000000-0000-4000-8000-000000000102",
};
const escalator: Actor = { userId: ids.escalator, role: "caseworker" };
const lead: Actor = { userId: ids.lead, role: "safeguarding_lead" };
const colleague: Actor = { userId: ids.colleague, role: "caseworker" };

const input = { caseId: ids.case, reason: "Contact with a group recruiting online", riskSummary: "Risk of exploitation rising over four weeks.", assessmentId: ids.assessment, isUrgent: false };
const inState = (status: EscalationStatus): Escalation => ({ ...input, escalatedBy: ids.escalator, status });
const submitted = inState({ state: "submitted" });
const accepted = inState({ state: "accepted", meetingId: ids.meeting });
const returned = inState({ state: "returned", reason: "Attach the latest assessment." });
const discussed = inState({ state: "discussed", meetingId: ids.meeting, decisionId: ids.decision });
const withdrawn = inState({ state: "withdrawn", reason: "Family moved away." });

const accept: EscalationEvent = { type: "accept", by: lead, meetingId: ids.meeting };
const giveBack: EscalationEvent = { type: "return", by: lead, reason: "Attach the latest assessment." };
const resubmit: EscalationEvent = { type: "resubmit", by: escalator, reason: "New incident at school", riskSummary: "Escalating." };
const move: EscalationEvent = { type: "move_to_meeting", by: lead, meetingId: ids.otherMeeting };
const takeOff: EscalationEvent = { type: "take_off_agenda", by: lead, reason: "Agenda is full; handled by a strategy meeting." };
const decide: EscalationEvent = { type: "record_decision", meetingId: ids.meeting, decisionId: ids.decision };
const withdraw = (by: Actor): EscalationEvent => ({ type: "withdraw", by, reason: "Family moved away." });

describe("panel.escalation", () => {
  it("starts submitted when a caseworker or safeguarding lead escalates", () => {
    expect(escalate(escalator, input)).toEqual({ ok: true, next: submitted });
    expect(escalate(lead, input)).toMatchObject({ ok: true, next: { escalatedBy: ids.lead, status: { state: "submitted" } } });
    expect(escalate({ userId: ids.colleague, role: "mentor" }, input)).toEqual({ ok: false, reason: "Only a caseworker or a safeguarding lead can escalate a case to the panel." });
  });

  it("takes the latest assessment, and goes without one only when urgent", () => {
    expect(escalate(escalator, { ...input, assessmentId: null })).toEqual({ ok: false, reason: "A case is escalated with its latest assessment: submit one first, or mark the escalation urgent." });
    expect(escalate(escalator, { ...input, assessmentId: null, isUrgent: true })).toMatchObject({ ok: true, next: { assessmentId: null, isUrgent: true, status: { state: "submitted" } } });
  });

  it.each([
    ["accepts a submitted escalation onto a meeting's agenda", submitted, accept, { state: "accepted", meetingId: ids.meeting }],
    ["returns a submitted escalation with a reason", submitted, giveBack, { state: "returned", reason: "Attach the latest assessment." }],
    ["lets the escalator withdraw a submitted escalation", submitted, withdraw(escalator), { state: "withdrawn", reason: "Family moved away." }],
    ["lets a safeguarding lead withdraw a submitted escalation", submitted, withdraw(lead), { state: "withdrawn", reason: "Family moved away." }],
    ["moves an accepted escalation to another meeting", accepted, move, { state: "accepted", meetingId: ids.otherMeeting }],
    ["takes an accepted escalation off the agenda, returning it", accepted, takeOff, { state: "returned", reason: "Agenda is full; handled by a strategy meeting." }],
    ["marks an accepted escalation discussed when its meeting records a decision", accepted, decide, { state: "discussed", meetingId: ids.meeting, decisionId: ids.decision }],
    ["lets the escalator withdraw an accepted escalation", accepted, withdraw(escalator), { state: "withdrawn", reason: "Family moved away." }],
    ["lets a safeguarding lead withdraw an accepted escalation", accepted, withdraw(lead), { state: "withdrawn", reason: "Family moved away." }],
  ] as const)("%s", (_what, from, event, status) => {
    expect(transition(from, event)).toEqual({ ok: true, next: { ...from, status } });
  });

  it("resubmits a returned escalation with a new reason and risk summary, keeping or replacing the assessment", () => {
    expect(transition(returned, resubmit)).toEqual({ ok: true, next: { ...returned, reason: "New incident at school", riskSummary: "Escalating.", status: { state: "submitted" } } });
    const withAssessment = transition(returned, { ...resubmit, assessmentId: ids.newAssessment });
    expect(withAssessment).toMatchObject({ ok: true, next: { assessmentId: ids.newAssessment, status: { state: "submitted" } } });
  });

  const wrongState = (state: string, type: string) => `An escalation that is ${state} cannot ${type}.`;
  it.each([
    [submitted, move, wrongState("submitted", "move to meeting")],
    [submitted, takeOff, wrongState("submitted", "take off agenda")],
    [submitted, decide, wrongState("submitted", "record decision")],
    [submitted, resubmit, wrongState("submitted", "resubmit")],
    [accepted, accept, wrongState("accepted", "accept")],
    [accepted, giveBack, wrongState("accepted", "return")],
    [accepted, resubmit, wrongState("accepted", "resubmit")],
    [returned, accept, wrongState("returned", "accept")],
    [returned, giveBack, wrongState("returned", "return")],
    [returned, move, wrongState("returned", "move to meeting")],
    [returned, takeOff, wrongState("returned", "take off agenda")],
    [returned, decide, wrongState("returned", "record decision")],
    [returned, withdraw(escalator), wrongState("returned", "withdraw")],
    ...[accept, giveBack, resubmit, move, takeOff, decide, withdraw(lead)].map((event) => [discussed, event, wrongState("discussed", event.type.replace(/_/g, " "))] as const),
    ...[accept, giveBack, resubmit, move, takeOff, decide, withdraw(lead)].map((event) => [withdrawn, event, wrongState("withdrawn", event.type.replace(/_/g, " "))] as const),
  ] as const)("refuses, saying why: %#", (from, event, reason) => {
    expect(transition(from, event)).toEqual({ ok: false, reason });
  });

  it.each([
    ["acceptance by a caseworker", submitted, { ...accept, by: escalator }, "Only a safeguarding lead can accept an escalation."],
    ["a return by a caseworker", submitted, { ...giveBack, by: escalator }, "Only a safeguarding lead can return an escalation."],
    ["a move by a panel member", accepted, { ...move, by: { userId: ids.colleague, role: "panel_member" } }, "Only a safeguarding lead can move to meeting an escalation."],
    ["taking off the agenda by a caseworker", accepted, { ...takeOff, by: escalator }, "Only a safeguarding lead can take off agenda an escalation."],
    ["a move to the meeting it is already on", accepted, { ...move, meetingId: ids.meeting }, "The escalation is already on that meeting's agenda."],
    ["a decision from another meeting", accepted, { ...decide, meetingId: ids.otherMeeting }, "The decision is from a meeting whose agenda does not hold this escalation."],
    ["a resubmission by someone else", returned, { ...resubmit, by: colleague }, "Only the person who escalated the case can resubmit it."],
    ["a resubmission by a safeguarding lead who did not escalate", returned, { ...resubmit, by: lead }, "Only the person who escalated the case can resubmit it."],
    ["a withdrawal by another caseworker", accepted, withdraw(colleague), "Only the person who escalated the case or a safeguarding lead can withdraw it."],
  ] as const)("refuses %s, saying why", (_what, from, event, reason) => {
    expect(transition(from, event as EscalationEvent)).toEqual({ ok: false, reason });
  });

  it("offers only the events that can happen", () => {
    expect(availableEvents(submitted)).toEqual(["accept", "return", "withdraw"]);
    expect(availableEvents(accepted)).toEqual(["move_to_meeting", "take_off_agenda", "record_decision", "withdraw"]);
    expect(availableEvents(returned)).toEqual(["resubmit"]);
    expect(availableEvents(discussed)).toEqual([]);
    expect(availableEvents(withdrawn)).toEqual([]);
  });

  it("requires the reason, risk summary and ids, naming the field", () => {
    const problems = (value: unknown) => {
      const parsed = escalationInputSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(problems(input)).toEqual([]);
    expect(problems({ ...input, reason: "  " })).toEqual(["reason: The reason is required."]);
    expect(problems({ ...input, riskSummary: "x".repeat(8001) })).toEqual(["riskSummary: The risk summary must be at most 8000 characters."]);
    expect(problems({ ...input, assessmentId: "latest" })).toEqual(["assessmentId: Must be a valid id."]);
    expect(escalationEventSchema.safeParse({ type: "return", by: lead, reason: "" }).success).toBe(false);
    expect(escalationEventSchema.safeParse({ type: "accept", by: lead }).success).toBe(false);
    expect(escalationEventSchema.safeParse(accept).success).toBe(true);
  });
});

const actor = fc.constantFrom(escalator, lead, colleague);
const meeting = fc.constantFrom(ids.meeting, ids.otherMeeting);
const words = fc.constantFrom("Reason one", "Another reason");
const event: fc.Arbitrary<EscalationEvent> = fc.oneof(
  fc.record({ type: fc.constant("accept" as const), by: actor, meetingId: meeting }),
  fc.record({ type: fc.constant("return" as const), by: actor, reason: words }),
  fc.record({ type: fc.constant("resubmit" as const), by: actor, reason: words, riskSummary: words }),
  fc.record({ type: fc.constant("move_to_meeting" as const), by: actor, meetingId: meeting }),
  fc.record({ type: fc.constant("take_off_agenda" as const), by: actor, reason: words }),
  fc.record({ type: fc.constant("record_decision" as const), meetingId: meeting, decisionId: fc.constant(ids.decision) }),
  fc.record({ type: fc.constant("withdraw" as const), by: actor, reason: words }),
);

describe("panel.escalation properties", () => {
  it("never reaches an undefined state, keeps discussed and withdrawn final, and always has a meeting when accepted", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let escalation = submitted;
        for (const e of events) {
          const before = escalation.status.state;
          const result = transition(escalation, e);
          if (before === "discussed" || before === "withdrawn") expect(result.ok).toBe(false);
          if (result.ok) escalation = result.next;
          expect(escalationStates).toContain(escalation.status.state);
          expect(isValidEscalation(escalation)).toBe(true);
          if (escalation.status.state === "accepted") expect([ids.meeting, ids.otherMeeting]).toContain(escalation.status.meetingId);
          // Who escalated, and the case, never change.
          expect(escalation.escalatedBy).toBe(ids.escalator);
          expect(escalation.caseId).toBe(ids.case);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("offers exactly the events the state allows", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), event, (events, next) => {
        let escalation = submitted;
        for (const e of events) {
          const result = transition(escalation, e);
          if (result.ok) escalation = result.next;
        }
        if (!availableEvents(escalation).includes(next.type)) expect(transition(escalation, next).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("panel.escalation urgent alert", () => {
  it.each([
    ["a winter morning (GMT)", "2026-01-14T09:30:00Z", "2026-01-14T23:59:59.999Z"],
    ["a summer morning (BST)", "2026-07-14T09:30:00Z", "2026-07-14T22:59:59.999Z"],
    ["late on a summer evening, already the next London day", "2026-07-14T23:30:00Z", "2026-07-15T22:59:59.999Z"],
    ["just before midnight in winter", "2026-01-14T23:59:00Z", "2026-01-14T23:59:59.999Z"],
    ["the day the clocks go forward", "2026-03-29T00:30:00Z", "2026-03-29T22:59:59.999Z"],
    ["the day the clocks go back, before the change", "2026-10-25T00:30:00Z", "2026-10-25T23:59:59.999Z"],
    ["the evening before the clocks go back", "2026-10-24T23:30:00Z", "2026-10-25T23:59:59.999Z"],
  ])("is due by the end of the London day it was submitted: %s", (_what, submittedAt, deadline) => {
    expect(urgentAlertDeadline(new Date(submittedAt)).toISOString()).toBe(deadline);
  });

  it("gives the end of any London day, in BST or GMT", () => {
    expect(endOfLondonDay("2026-06-01").toISOString()).toBe("2026-06-01T22:59:59.999Z");
    expect(endOfLondonDay("2026-12-01").toISOString()).toBe("2026-12-01T23:59:59.999Z");
  });

  it("refuses a submission time that is not a real date", () => {
    expect(() => urgentAlertDeadline(new Date("not a date"))).toThrow(RangeError);
  });

  const urgent = { isUrgent: true, submittedAt: new Date("2026-07-14T09:30:00Z"), alertedAt: null };
  it.each([
    ["an urgent alert not sent by the end of the day", urgent, "2026-07-14T23:00:00Z", true],
    ["an urgent alert not yet sent, same day", urgent, "2026-07-14T22:59:59Z", false],
    ["an urgent alert sent", { ...urgent, alertedAt: new Date("2026-07-14T10:00:00Z") }, "2026-07-16T10:00:00Z", false],
    ["an escalation that is not urgent", { ...urgent, isUrgent: false }, "2026-07-16T10:00:00Z", false],
  ] as const)("judges overdue: %s", (_what, escalation, now, isOverdue) => {
    expect(isUrgentAlertOverdue(escalation, new Date(now))).toBe(isOverdue);
  });

  it("always sets a deadline on the same London day, after submission and within 25 hours", () => {
    const london = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }), (submittedAt) => {
        const deadline = urgentAlertDeadline(submittedAt);
        expect(london.format(deadline)).toBe(london.format(submittedAt));
        expect(london.format(new Date(deadline.getTime() + 1))).not.toBe(london.format(submittedAt));
        expect(deadline.getTime()).toBeGreaterThanOrEqual(submittedAt.getTime());
        expect(deadline.getTime() - submittedAt.getTime()).toBeLessThan(25 * 3_600_000);
      }),
      { numRuns: 2000 },
    );
  });
});
