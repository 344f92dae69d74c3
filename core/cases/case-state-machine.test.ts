import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  caseStates,
  closureOutcomes,
  closureReasons,
  isValidSnapshot,
  supportTiers,
  transition,
  type CaseEvent,
  type CaseSnapshot,
} from "./case-state-machine.js";

const tier = fc.constantFrom(...supportTiers);
const event: fc.Arbitrary<CaseEvent> = fc.oneof(
  tier.map((t) => ({ type: "begin_support" as const, tier: t })),
  tier.map((t) => ({ type: "change_tier" as const, tier: t })),
  fc.constant({ type: "start_review" as const }),
  tier.map((t) => ({ type: "continue_support" as const, tier: t })),
  fc.record({ type: fc.constant("close" as const), reason: fc.constantFrom(...closureReasons), outcome: fc.constantFrom(...closureOutcomes) }),
  fc.constant({ type: "reopen" as const }),
);

const opened: CaseSnapshot = { state: "assessment", tier: null };
const close: CaseEvent = { type: "close", reason: "goals_achieved", outcome: "improved" };

describe("cases.state-machine", () => {
  it.each([
    ["assessment", { type: "begin_support", tier: "low_level" }, "active"],
    ["assessment", close, "closed"],
    ["active", { type: "start_review" }, "review"],
    ["active", { type: "change_tier", tier: "intensive" }, "active"],
    ["active", close, "closed"],
    ["review", { type: "continue_support", tier: "intensive" }, "active"],
    ["review", close, "closed"],
    ["closed", { type: "reopen" }, "assessment"],
  ] as const)("moves a case from %s on %o to %s", (state, e, next) => {
    const from: CaseSnapshot = { state, tier: state === "assessment" ? null : "low_level" };
    const result = transition(from, e);
    expect(result).toMatchObject({ ok: true, next: { state: next } });
  });

  it.each([
    ["assessment", { type: "start_review" }],
    ["assessment", { type: "reopen" }],
    ["active", { type: "begin_support", tier: "low_level" }],
    ["active", { type: "reopen" }],
    ["review", { type: "start_review" }],
    ["closed", close],
    ["closed", { type: "begin_support", tier: "intensive" }],
  ] as const)("refuses a case in %s the event %o, saying why", (state, e) => {
    const result = transition({ state, tier: state === "assessment" ? null : "low_level" }, e);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(state);
  });

  it("never reaches a state that is not allowed, whatever sequence of events is tried", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let snapshot = opened;
        for (const e of events) {
          const result = transition(snapshot, e);
          if (result.ok) snapshot = result.next;
          expect(caseStates).toContain(snapshot.state);
          expect(isValidSnapshot(snapshot)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("can always be closed from any open state, and always reopened once closed", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let snapshot = opened;
        for (const e of events) {
          const result = transition(snapshot, e);
          if (result.ok) snapshot = result.next;
        }
        const closing = transition(snapshot, close);
        if (snapshot.state === "closed") {
          expect(closing.ok).toBe(false);
          expect(transition(snapshot, { type: "reopen" })).toMatchObject({ ok: true, next: { state: "assessment" } });
        } else {
          expect(closing).toMatchObject({ ok: true, next: { state: "closed" } });
        }
      }),
    );
  });
});
