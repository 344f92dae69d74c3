import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInProgrammes, faithAdaptedTwelveStep, multilingualRecovery, preventionMentoring } from "./built-in.js";
import {
  enrolled,
  enrolmentEventSchema,
  isValidEnrolment,
  loadProgrammeDefinition,
  phaseDurations,
  stepBackReasons,
  transition,
  withdrawalReasons,
  availableEvents,
  type EnrolmentEvent,
  type EnrolmentSnapshot,
  type ProgrammeDefinition,
  type TimedEnrolmentEvent,
} from "./programme.js";

const programme: ProgrammeDefinition = {
  key: "test_programme",
  version: 1,
  title: "Test programme",
  description: "",
  kind: "recovery",
  phases: [
    { id: "first", title: "First", description: "", expectedWeeks: 2, criteria: [{ id: "plan", label: "Plan written" }] },
    { id: "second", title: "Second", description: "", expectedWeeks: 2, criteria: [{ id: "groups", label: "Attended at least 6 of 8 group sessions" }, { id: "abstinent", label: "28 days abstinent (self-report)" }] },
    { id: "third", title: "Third", description: "", expectedWeeks: 2, criteria: [] },
    { id: "last", title: "Last", description: "", expectedWeeks: 2, criteria: [{ id: "exit", label: "Exit review held" }] },
  ],
};

const inPhase = (phaseIndex: number): EnrolmentSnapshot => ({ state: "in_phase", phaseIndex });
const met = (...criteriaMet: string[]) => ({ criteriaMet });
const override = { criteriaMet: [], override: { reason: "Attended groups elsewhere during Ramadan" } };

describe("programmes.definition", () => {
  it.each(builtInProgrammes.map((definition) => [definition.key, definition] as const))("accepts the built-in programme %s", (_key, definition) => {
    expect(loadProgrammeDefinition(definition)).toEqual({ ok: true, definition });
  });

  it("has five phases in the recovery programme, twelve steps in the faith-adapted one, and a prevention mentoring programme", () => {
    expect(multilingualRecovery.phases).toHaveLength(5);
    expect(faithAdaptedTwelveStep.phases).toHaveLength(12);
    expect(faithAdaptedTwelveStep.phases.map((phase) => phase.title)[0]).toMatch(/^Step 1: /);
    expect(preventionMentoring.kind).toBe("prevention_mentoring");
  });

  const refused = (input: unknown) => {
    const result = loadProgrammeDefinition(input);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems;
  };
  const withPhases = (phases: unknown[]) => ({ ...programme, phases });
  const phase = programme.phases[0]!;

  it.each([
    ["no phases", withPhases([]), "phases: A programme needs at least one phase."],
    ["a phase id used twice", withPhases([phase, { ...phase, title: "Again" }]), 'phases.1.id: Phase id "first" is used twice.'],
    ["a criterion id used twice in a phase", withPhases([{ ...phase, criteria: [phase.criteria[0], phase.criteria[0]] }]), 'phases.0.criteria.1.id: Phase "first" has two criteria with the id "plan".'],
    ["an empty criterion label", withPhases([{ ...phase, criteria: [{ id: "plan", label: "  " }] }]), "phases.0.criteria.0.label:"],
    ["a phase with no expected weeks", withPhases([{ ...phase, expectedWeeks: 0 }]), "phases.0.expectedWeeks:"],
    ["a phase id that is not a slug", withPhases([{ ...phase, id: "First Phase" }]), "phases.0.id: Use lower-case letters"],
    ["an unknown kind", { ...programme, kind: "detox" }, "kind:"],
    ["a missing title", { ...programme, title: undefined }, "title:"],
    ["an unknown field", { ...programme, colour: "green" }, "(definition):"],
  ])("refuses %s, naming the bad part", (_what, input, problem) => {
    expect(refused(input).some((message) => message.startsWith(problem))).toBe(true);
  });

  it("reports every problem, not only the first", () => {
    expect(refused(withPhases([phase, phase, { ...phase, id: "other", expectedWeeks: -1 }]))).toHaveLength(2);
  });
});

describe("programmes.enrolment", () => {
  it.each([
    ["advances when every criterion is met", inPhase(1), { type: "advance", ...met("groups", "abstinent") }, inPhase(2)],
    ["advances a phase with no criteria", inPhase(2), { type: "advance", ...met() }, inPhase(3)],
    ["advances on an override with a reason", inPhase(1), { type: "advance", ...override }, inPhase(2)],
    ["advances on an override even with some criteria met", inPhase(1), { type: "advance", criteriaMet: ["groups"], override: override.override }, inPhase(2)],
    ["completes on advancing from the last phase", inPhase(3), { type: "advance", ...met("exit") }, { state: "completed" }],
    ["completes from the last phase with criteria met", inPhase(3), { type: "complete", ...met("exit") }, { state: "completed" }],
    ["completes from the last phase on an override", inPhase(3), { type: "complete", ...override }, { state: "completed" }],
    ["steps back to the previous phase after a relapse", inPhase(2), { type: "step_back", reason: "relapse", note: "Used again after a bereavement." }, inPhase(1)],
    ["steps back to a named earlier phase", inPhase(3), { type: "step_back", reason: "other", note: "Wants to repeat the groups.", toPhaseId: "first" }, inPhase(0)],
    ["withdraws, keeping the phase left", inPhase(2), { type: "withdraw", reason: "moved_away" }, { state: "withdrawn", phaseIndex: 2 }],
    ["rejoins at the phase left", { state: "withdrawn", phaseIndex: 2 }, { type: "rejoin" }, inPhase(2)],
  ] as const)("%s", (_what, from, event, next) => {
    expect(transition(programme, from, event)).toEqual({ ok: true, next });
  });

  it.each(withdrawalReasons)("withdraws for the reason %s", (reason) => {
    expect(transition(programme, inPhase(0), { type: "withdraw", reason })).toEqual({ ok: true, next: { state: "withdrawn", phaseIndex: 0 } });
  });

  it.each([
    ["an advance with criteria not met", inPhase(1), { type: "advance", ...met("groups") }, 'Phase "Second" has criteria not yet met: 28 days abstinent (self-report). Mark them met, or override with a reason.'],
    ["an advance naming a criterion the phase does not have", inPhase(0), { type: "advance", ...met("plan", "groups") }, 'Phase "First" has no criterion "groups".'],
    ["an override without a reason", inPhase(1), { type: "advance", criteriaMet: [], override: { reason: "  " } }, "An override needs a reason."],
    ["completion before the last phase", inPhase(1), { type: "complete", ...override }, "Only the last phase can be completed; the enrolment is in phase 2 of 4."],
    ["completion with criteria not met", inPhase(3), { type: "complete", ...met() }, 'Phase "Last" has criteria not yet met: Exit review held. Mark them met, or override with a reason.'],
    ["a step back from the first phase", inPhase(0), { type: "step_back", reason: "relapse", note: "Used again." }, "The first phase has no earlier phase to step back to."],
    ["a step back without a note", inPhase(2), { type: "step_back", reason: "relapse", note: " " }, "A step back needs a note."],
    ["a step back to the current phase", inPhase(2), { type: "step_back", reason: "other", note: "n", toPhaseId: "third" }, 'Phase "Third" is not earlier than the current phase, "Third".'],
    ["a step back to a later phase", inPhase(1), { type: "step_back", reason: "other", note: "n", toPhaseId: "last" }, 'Phase "Last" is not earlier than the current phase, "Second".'],
    ["a step back to a phase the programme does not have", inPhase(2), { type: "step_back", reason: "other", note: "n", toPhaseId: "detox" }, '"Test programme" has no phase "detox".'],
    ["a rejoin while in a phase", inPhase(1), { type: "rejoin" }, "An enrolment that is in a phase cannot rejoin."],
    ["an advance while withdrawn", { state: "withdrawn", phaseIndex: 1 }, { type: "advance", ...override }, "An enrolment that is withdrawn cannot advance."],
    ["a step back while withdrawn", { state: "withdrawn", phaseIndex: 1 }, { type: "step_back", reason: "relapse", note: "n" }, "An enrolment that is withdrawn cannot step back."],
    ["a second withdrawal", { state: "withdrawn", phaseIndex: 1 }, { type: "withdraw", reason: "no_contact" }, "An enrolment that is withdrawn cannot withdraw."],
    ["a step back once completed", { state: "completed" }, { type: "step_back", reason: "relapse", note: "n" }, "An enrolment that is completed cannot step back."],
    ["a withdrawal once completed", { state: "completed" }, { type: "withdraw", reason: "chose_to_stop" }, "An enrolment that is completed cannot withdraw."],
    ["a rejoin once completed", { state: "completed" }, { type: "rejoin" }, "An enrolment that is completed cannot rejoin."],
    ["an event in a phase the programme does not have", inPhase(4), { type: "advance", ...override }, 'The enrolment is in phase 5, which "Test programme" does not have.'],
    ["a rejoin to a phase the programme no longer has", { state: "withdrawn", phaseIndex: 9 }, { type: "rejoin" }, 'The enrolment is in phase 10, which "Test programme" does not have.'],
  ] as const)("refuses %s, saying why", (_what, from, event, reason) => {
    expect(transition(programme, from, event)).toEqual({ ok: false, reason });
  });

  it("offers only the events that can happen", () => {
    expect(availableEvents(programme, inPhase(0))).toEqual(["advance", "withdraw"]);
    expect(availableEvents(programme, inPhase(1))).toEqual(["advance", "step_back", "withdraw"]);
    expect(availableEvents(programme, inPhase(3))).toEqual(["advance", "step_back", "complete", "withdraw"]);
    expect(availableEvents(programme, { state: "withdrawn", phaseIndex: 1 })).toEqual(["rejoin"]);
    expect(availableEvents(programme, { state: "completed" })).toEqual([]);
  });

  it("requires a note and a neutral reason for a step back, and a listed reason to withdraw", () => {
    expect(enrolmentEventSchema.safeParse({ type: "step_back", reason: "relapse" }).success).toBe(false);
    expect(enrolmentEventSchema.safeParse({ type: "step_back", reason: "failed", note: "n" }).success).toBe(false);
    expect(enrolmentEventSchema.safeParse({ type: "step_back", reason: "relapse", note: "Used again." }).success).toBe(true);
    expect(enrolmentEventSchema.safeParse({ type: "withdraw", reason: "expelled" }).success).toBe(false);
    expect(enrolmentEventSchema.safeParse({ type: "advance", criteriaMet: [], override: { reason: "" } }).success).toBe(false);
  });
});

const day = 86_400_000;
const start = new Date("2026-01-05T09:00:00Z");
const onDay = (days: number) => new Date(start.getTime() + days * day);
const stepBack: EnrolmentEvent = { type: "step_back", reason: "relapse", note: "Used again; wants to repeat the groups." };

describe("programmes.durations", () => {
  it("sums repeated visits to a phase after a step back, leaves out time withdrawn, and counts the current phase to now", () => {
    const history: TimedEnrolmentEvent[] = [
      { at: onDay(10), event: { type: "advance", ...met("plan") } },
      { at: onDay(30), event: { type: "advance", ...override } },
      { at: onDay(35), event: stepBack },
      { at: onDay(45), event: { type: "withdraw", reason: "no_contact" } },
      { at: onDay(52), event: { type: "rejoin" } },
      { at: onDay(60), event: { type: "advance", ...met("groups", "abstinent") } },
    ];
    const result = phaseDurations(programme, start, history, onDay(64.5));
    expect(result).toEqual({
      ok: true,
      durations: {
        phases: [
          { phaseId: "first", title: "First", days: 10, visits: 1 },
          { phaseId: "second", title: "Second", days: 20 + 10 + 8, visits: 2 },
          { phaseId: "third", title: "Third", days: 5 + 4.5, visits: 2 },
          { phaseId: "last", title: "Last", days: 0, visits: 0 },
        ],
        current: { phaseId: "third", daysThisVisit: 4.5 },
        totalDays: 57.5,
        daysWithdrawn: 7,
        stepBacks: 1,
      },
    });
  });

  it("counts a rejoined visit as one visit, without the time away", () => {
    const history: TimedEnrolmentEvent[] = [
      { at: onDay(3), event: { type: "withdraw", reason: "chose_to_stop" } },
      { at: onDay(10), event: { type: "rejoin" } },
    ];
    const result = phaseDurations(programme, start, history, onDay(12));
    expect(result).toMatchObject({ ok: true, durations: { current: { phaseId: "first", daysThisVisit: 5 }, totalDays: 5, daysWithdrawn: 7 } });
    if (result.ok) expect(result.durations.phases[0]!.visits).toBe(1);
  });

  it("stops the clock at completion, and has no current phase once withdrawn", () => {
    const completed = phaseDurations(programme, start, [{ at: onDay(2), event: { type: "advance", ...override } }, { at: onDay(3), event: { type: "advance", ...override } }, { at: onDay(4), event: { type: "advance", ...override } }, { at: onDay(6), event: { type: "complete", ...met("exit") } }], onDay(100));
    expect(completed).toMatchObject({ ok: true, durations: { current: null, totalDays: 6, daysWithdrawn: 0 } });
    const withdrawn = phaseDurations(programme, start, [{ at: onDay(2), event: { type: "withdraw", reason: "referred_elsewhere" } }], onDay(9));
    expect(withdrawn).toMatchObject({ ok: true, durations: { current: null, totalDays: 2, daysWithdrawn: 7 } });
  });

  it.each([
    ["a refused event", [{ at: onDay(1), event: stepBack }], onDay(2), "Event 1 (step_back) was refused: The first phase has no earlier phase to step back to."],
    ["events out of date order", [{ at: onDay(5), event: { type: "advance", ...met("plan") } }, { at: onDay(4), event: stepBack }], onDay(6), "Event 2 (step_back) is dated before the one it follows."],
    ["an event before the enrolment", [{ at: onDay(-1), event: { type: "advance", ...met("plan") } }], onDay(6), "Event 1 (advance) is dated before the one it follows."],
    ["now before the last event", [{ at: onDay(5), event: { type: "advance", ...met("plan") } }], onDay(4), "Now is before the last event."],
    ["an invalid date for now", [], new Date("not a date"), "The enrolment date and now must be real dates."],
  ] as const)("refuses a history with %s, naming it", (_what, history, now, reason) => {
    expect(phaseDurations(programme, start, history, now)).toEqual({ ok: false, reason });
  });
});

/** Events for a definition, including ones naming criteria and phases it does not have. */
const eventFor = (definition: ProgrammeDefinition): fc.Arbitrary<EnrolmentEvent> => {
  const criterionIds = [...new Set(definition.phases.flatMap((phase) => phase.criteria.map((criterion) => criterion.id))), "unknown"];
  const phaseIds = [...definition.phases.map((phase) => phase.id), "unknown"];
  const moveOn = fc.record({
    criteriaMet: fc.subarray(criterionIds),
    override: fc.option(fc.record({ reason: fc.constantFrom("Worker judgement", " ") }), { nil: undefined }),
  });
  return fc.oneof(
    moveOn.map((m) => ({ type: "advance" as const, ...m })),
    moveOn.map((m) => ({ type: "complete" as const, ...m })),
    fc.record({
      type: fc.constant("step_back" as const),
      reason: fc.constantFrom(...stepBackReasons),
      note: fc.constantFrom("Used again.", ""),
      toPhaseId: fc.option(fc.constantFrom(...phaseIds), { nil: undefined }),
    }),
    fc.record({ type: fc.constant("withdraw" as const), reason: fc.constantFrom(...withdrawalReasons) }),
    fc.constant({ type: "rejoin" as const }),
  );
};

const timedHistory = fc.constantFrom(programme, ...builtInProgrammes).chain((definition) =>
  fc.record({
    definition: fc.constant(definition),
    steps: fc.array(fc.record({ event: eventFor(definition), gap: fc.integer({ min: 0, max: 40 * day }) }), { maxLength: 60 }),
    tail: fc.integer({ min: 0, max: 40 * day }),
  }),
);

describe("programmes.properties", () => {
  it("never reaches an invalid state, and the phase stays within the definition, whatever events are tried", () => {
    fc.assert(
      fc.property(timedHistory, ({ definition, steps }) => {
        let snapshot = enrolled;
        for (const { event } of steps) {
          const result = transition(definition, snapshot, event);
          if (result.ok) snapshot = result.next;
          expect(isValidEnrolment(definition, snapshot)).toBe(true);
          if (snapshot.state !== "completed") {
            expect(snapshot.phaseIndex).toBeGreaterThanOrEqual(0);
            expect(snapshot.phaseIndex).toBeLessThan(definition.phases.length);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reports durations that add up to the total, and time in phases plus time withdrawn to the time enrolled", () => {
    fc.assert(
      fc.property(timedHistory, ({ definition, steps, tail }) => {
        // Keep only the accepted events, as a recorded history would.
        let snapshot = enrolled;
        let time = start.getTime();
        let stepBacks = 0;
        let end: number | null = null;
        const history: TimedEnrolmentEvent[] = [];
        for (const { event, gap } of steps) {
          const result = transition(definition, snapshot, event);
          if (!result.ok) continue;
          time += gap;
          history.push({ at: new Date(time), event });
          if (event.type === "step_back") stepBacks += 1;
          if (result.next.state === "completed") end = time;
          snapshot = result.next;
        }
        const now = time + tail;
        const result = phaseDurations(definition, start, history, new Date(now));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { phases, totalDays, daysWithdrawn, current } = result.durations;
        expect(phases.map((phase) => phase.phaseId)).toEqual(definition.phases.map((phase) => phase.id));
        expect(phases.reduce((sum, phase) => sum + phase.days, 0)).toBeCloseTo(totalDays, 6);
        expect(totalDays + daysWithdrawn).toBeCloseTo(((end ?? now) - start.getTime()) / day, 6);
        expect(result.durations.stepBacks).toBe(stepBacks);
        for (const phase of phases) expect(phase.days).toBeGreaterThanOrEqual(0);
        if (current) expect(current.daysThisVisit).toBeLessThanOrEqual(phases.find((phase) => phase.phaseId === current.phaseId)!.days + 1e-9);
        expect(current === null).toBe(snapshot.state !== "in_phase");
      }),
      { numRuns: 500 },
    );
  });

  it("can always move on with an override, never steps forward on a step back, and rejoins where it left", () => {
    fc.assert(
      fc.property(timedHistory, ({ definition, steps }) => {
        let snapshot = enrolled;
        for (const { event } of steps) {
          const result = transition(definition, snapshot, event);
          if (result.ok && event.type === "step_back" && snapshot.state === "in_phase" && result.next.state === "in_phase") {
            expect(result.next.phaseIndex).toBeLessThan(snapshot.phaseIndex);
          }
          if (result.ok) snapshot = result.next;
        }
        if (snapshot.state !== "in_phase") return;
        expect(transition(definition, snapshot, { type: "advance", criteriaMet: [], override: { reason: "Worker judgement" } }).ok).toBe(true);
        const left = transition(definition, snapshot, { type: "withdraw", reason: "other" });
        if (!left.ok) throw new Error(left.reason);
        expect(transition(definition, left.next, { type: "rejoin" })).toEqual({ ok: true, next: snapshot });
      }),
      { numRuns: 500 },
    );
  });
});
