import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkReview,
  goalsSummary,
  loadCarePlan,
  loadCarePlanReview,
  loadClosureOutcomes,
  maxWeeksBetweenReviews,
  nextReviewDue,
  reviseCarePlan,
  type CarePlanContent,
  type CarePlanReview,
  type CarePlanVersion,
} from "./care-plan.js";
import { defaultClosureOutcomes, defaultInterventionTypes } from "./vocabulary.js";

const knownInterventionTypes = [...defaultInterventionTypes.map((type) => type.code), "boxing_club"];
const options = { knownInterventionTypes, planDate: "2026-03-01" };

const plan: CarePlanContent = {
  goals: [
    { id: "g1", what: "Stop using crack cocaine", clientWords: "I want to be clean for my daughter", targetDate: "2026-09-01", domain: "substance_misuse" },
    { id: "g2", what: "Move into a tenancy of his own", targetDate: "2026-12-01", domain: "housing" },
  ],
  barriers: [{ kind: "language", description: "Reads Urdu, little English", howAddressed: "Urdu-speaking worker; letters translated" }],
  interventions: [
    { id: "i1", typeCode: "cbt_cravings", deliveredBy: { workerId: "user_12" }, frequency: { every: 1, unit: "week" }, startDate: "2026-03-02", endDate: "2026-06-01", goalIds: ["g1"] },
    { id: "i2", typeCode: "housing_benefits_help", deliveredBy: { partnerOrganisation: "Shelter" }, frequency: "as_needed", startDate: "2026-03-02", goalIds: ["g2", "g1"] },
  ],
};

/** The plan with one part changed, for the table tests. */
const withChange = (change: (copy: CarePlanContent) => void): unknown => {
  const copy = structuredClone(plan);
  change(copy);
  return copy;
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe("care plans.load", () => {
  it("accepts a plan with goals, barriers and interventions from a worker and a partner", () => {
    expect(loadCarePlan(plan, options)).toEqual({ ok: true, plan });
  });

  it("accepts an intervention type the organisation added", () => {
    const result = loadCarePlan(withChange((copy) => (copy.interventions[0]!.typeCode = "boxing_club")), options);
    expect(result.ok).toBe(true);
  });

  it.each([
    ["no goals", withChange((copy) => (copy.goals = [])), ["goals: A care plan needs at least one goal."]],
    [
      "a goal id used twice (and so a goal the interventions serve gone)",
      withChange((copy) => (copy.goals[1]!.id = "g1")),
      ['goals.1.id: Goal id "g1" is used twice.', 'interventions.1.goalIds.0: Goal "g2" is not in this plan.'],
    ],
    ["an intervention id used twice", withChange((copy) => (copy.interventions[1]!.id = "i1")), ['interventions.1.id: Intervention id "i1" is used twice.']],
    ["an intervention serving an unknown goal", withChange((copy) => (copy.interventions[1]!.goalIds = ["g9"])), ['interventions.1.goalIds.0: Goal "g9" is not in this plan.']],
    ["an intervention serving a goal twice", withChange((copy) => (copy.interventions[1]!.goalIds = ["g2", "g2"])), ['interventions.1.goalIds.1: Goal "g2" is listed twice.']],
    ["an intervention serving no goal", withChange((copy) => (copy.interventions[0]!.goalIds = [])), ["interventions.0.goalIds: Say which goal the intervention serves."]],
    ["an end before the start", withChange((copy) => (copy.interventions[0]!.endDate = "2026-03-01")), ["interventions.0.endDate: The end date 2026-03-01 is before the start date, 2026-03-02."]],
    ["a target date before the plan's date", withChange((copy) => (copy.goals[0]!.targetDate = "2026-02-28")), ["goals.0.targetDate: The target date 2026-02-28 is before the plan's date, 2026-03-01."]],
    ["an intervention type the organisation does not use", withChange((copy) => (copy.interventions[0]!.typeCode = "hypnosis")), ['interventions.0.typeCode: Intervention type "hypnosis" is not one this organisation uses.']],
    ["an intervention type that is not a code", withChange((copy) => (copy.interventions[0]!.typeCode = "CBT!")), ["interventions.0.typeCode: Use lower-case letters, digits and underscores, starting with a letter."]],
    [
      "both a worker and a partner delivering",
      withChange((copy) => (copy.interventions[0]!.deliveredBy = { workerId: "user_12", partnerOrganisation: "Shelter" } as never)),
      ["interventions.0.deliveredBy: Name either a worker (workerId) or a partner organisation (partnerOrganisation), not both."],
    ],
    [
      "nobody delivering",
      withChange((copy) => (copy.interventions[0]!.deliveredBy = {} as never)),
      ["interventions.0.deliveredBy: Name either a worker (workerId) or a partner organisation (partnerOrganisation), not both."],
    ],
    ["a frequency of nothing", withChange((copy) => (copy.interventions[0]!.frequency = { every: 0, unit: "week" })), ["interventions.0.frequency.every: Use at least 1."]],
    ["a frequency in words", withChange((copy) => (copy.interventions[0]!.frequency = "weekly" as never)), ['interventions.0.frequency: Give a frequency such as { every: 2, unit: "week" }, or "as_needed".']],
    ["a target date that is not a real date", withChange((copy) => (copy.goals[0]!.targetDate = "2026-02-30")), ["goals.0.targetDate: Use a real date written YYYY-MM-DD."]],
    ["an empty goal", withChange((copy) => (copy.goals[0]!.what = "  ")), ["goals.0.what: Say what the goal is."]],
    ["a barrier not said how it is addressed", withChange((copy) => (copy.barriers[0]!.howAddressed = "")), ["barriers.0.howAddressed: Say how the barrier is addressed."]],
    ["a barrier kind not in the list", withChange((copy) => (copy.barriers[0]!.kind = "weather" as never)), [expect.stringMatching(/^barriers\.0\.kind: /)]],
    ["a domain not in the list", withChange((copy) => (copy.goals[0]!.domain = "gambling" as never)), [expect.stringMatching(/^goals\.0\.domain: /)]],
    ["a field the schema does not have", withChange((copy) => Object.assign(copy.goals[0]!, { priority: 1 })), [expect.stringMatching(/^goals\.0: .*priority/)]],
  ] as const)("refuses %s, naming the part", (_what, input, problems) => {
    expect(loadCarePlan(input, options)).toEqual({ ok: false, problems });
  });

  it("names every problem at once", () => {
    const input = withChange((copy) => {
      copy.goals[1]!.id = "g1";
      copy.interventions[1]!.goalIds = ["g9"];
      copy.interventions[0]!.endDate = "2026-03-01";
    });
    expect(loadCarePlan(input, options)).toEqual({
      ok: false,
      problems: [
        'goals.1.id: Goal id "g1" is used twice.',
        "interventions.0.endDate: The end date 2026-03-01 is before the start date, 2026-03-02.",
        'interventions.1.goalIds.0: Goal "g9" is not in this plan.',
      ],
    });
  });

  it("refuses a plan date that is not a date", () => {
    expect(loadCarePlan(plan, { ...options, planDate: "01/03/2026" })).toEqual({ ok: false, problems: ["(plan): The plan date must be a real date written YYYY-MM-DD."] });
  });
});

const first = (): CarePlanVersion => {
  const result = reviseCarePlan([], plan, { by: "user_12", on: "2026-03-01" });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.version;
};

describe("care plans.revise", () => {
  it("makes the first version from no history, without a reason", () => {
    expect(first()).toEqual({ version: 1, content: plan, createdOn: "2026-03-01", createdBy: "user_12" });
  });

  it("makes the next version with its reason, sharing nothing with the content passed in", () => {
    const content = structuredClone(plan);
    const result = reviseCarePlan([first()], content, { by: "user_7", on: "2026-04-01", reason: "Housing goal moved on" });
    expect(result).toEqual({ ok: true, version: { version: 2, content: plan, createdOn: "2026-04-01", createdBy: "user_7", reason: "Housing goal moved on" } });
    content.goals[0]!.what = "changed afterwards";
    expect(result.ok && result.version.content.goals[0]!.what).toBe("Stop using crack cocaine");
  });

  it.each([
    ["a change without a reason", [first()], { by: "user_7", on: "2026-04-01" }, ["Say why the plan changed."]],
    ["a change dated before the latest version", [first()], { by: "user_7", on: "2026-02-01", reason: "r" }, ["The change is dated 2026-02-01, before version 1 (2026-03-01)."]],
    ["a change with no author", [], { by: " ", on: "2026-03-01" }, ["Say who changed the plan."]],
    ["a change on no real date", [], { by: "user_7", on: "2026-13-01" }, ["The date of the change must be a real date written YYYY-MM-DD."]],
    ["a history with a gap", [first(), { ...first(), version: 3 }], { by: "user_7", on: "2026-04-01", reason: "r" }, ["The history has version 3 where version 2 should be."]],
  ] as const)("refuses %s", (_what, history, meta, problems) => {
    expect(reviseCarePlan(history, plan, meta)).toEqual({ ok: false, problems });
  });

  it("numbers any sequence of revisions 1, 2, 3… and never changes an earlier version", () => {
    const goal = fc.record({ id: fc.constantFrom("g1", "g2", "g3"), what: fc.string({ minLength: 1, maxLength: 20 }), targetDate: fc.constant("2027-01-01") });
    const content = fc.uniqueArray(goal, { minLength: 1, maxLength: 3, selector: (g) => g.id }).map((goals): CarePlanContent => ({ goals, barriers: [], interventions: [] }));
    fc.assert(
      fc.property(fc.array(content, { minLength: 1, maxLength: 8 }), (contents) => {
        const history: CarePlanVersion[] = [];
        for (const [i, next] of contents.entries()) {
          const before = structuredClone(history);
          // Frozen, so any write to an earlier version (or the content passed in) throws.
          const result = reviseCarePlan(deepFreeze([...history]), deepFreeze(next), { by: "user_1", on: "2026-03-01", reason: `change ${i}` });
          if (!result.ok) throw new Error(result.problems.join("\n"));
          expect(history).toEqual(before);
          expect(result.version.version).toBe(i + 1);
          expect(result.version.content).toEqual(next);
          history.push(result.version);
        }
        expect(history.map((version) => version.version)).toEqual(contents.map((_, i) => i + 1));
      }),
    );
  });
});

const v1 = first();
const review = (change: Partial<CarePlanReview> = {}): CarePlanReview => ({
  planVersion: 1,
  reviewedOn: "2026-04-12",
  reviewedBy: "user_12",
  progress: [
    { goalId: "g1", value: "progressing", note: "Two weeks clean" },
    { goalId: "g2", value: "not_started" },
  ],
  nextReviewOn: "2026-05-24",
  ...change,
});

describe("care plans.review", () => {
  it("accepts one progress value for every goal and a next review within the limit", () => {
    expect(checkReview(review(), v1)).toEqual([]);
    expect(loadCarePlanReview(review(), v1)).toEqual({ ok: true, review: review() });
  });

  it(`accepts a next review exactly ${maxWeeksBetweenReviews} weeks on, and refuses a day later`, () => {
    expect(checkReview(review({ nextReviewOn: "2026-10-11" }), v1)).toEqual([]);
    expect(checkReview(review({ nextReviewOn: "2026-10-12" }), v1)).toEqual(["nextReviewOn: The next review must be within 26 weeks of this one (by 2026-10-11)."]);
  });

  it.each([
    ["a goal with no progress", review({ progress: [{ goalId: "g1", value: "achieved" }] }), ['progress: Goal "g2" has no progress recorded.']],
    [
      "a goal not in the plan",
      review({ progress: [...review().progress, { goalId: "g9", value: "achieved" }] }),
      ['progress.2.goalId: Goal "g9" is not in version 1 of the plan.'],
    ],
    [
      "a goal recorded twice",
      review({ progress: [...review().progress, { goalId: "g1", value: "achieved" }] }),
      ['progress.2.goalId: Goal "g1" has progress recorded twice.'],
    ],
    ["a next review on the day of the review", review({ nextReviewOn: "2026-04-12" }), ["nextReviewOn: The next review must be after this one (2026-04-12)."]],
    ["a next review before the review", review({ nextReviewOn: "2026-04-01" }), ["nextReviewOn: The next review must be after this one (2026-04-12)."]],
    ["a review of another version", review({ planVersion: 2 }), ["planVersion: The review is of version 2, but this is version 1."]],
    ["a review dated before the version", review({ reviewedOn: "2026-02-01", nextReviewOn: "2026-03-01" }), ["reviewedOn: The review is dated 2026-02-01, before version 1 of the plan (2026-03-01)."]],
  ] as const)("refuses %s", (_what, input, problems) => {
    expect(checkReview(input, v1)).toEqual(problems);
    expect(loadCarePlanReview(input, v1)).toEqual({ ok: false, problems });
  });

  it("refuses a progress value not in the list", () => {
    const input = review({ progress: [{ goalId: "g1", value: "stalled" as never }, { goalId: "g2", value: "achieved" }] });
    expect(loadCarePlanReview(input, v1)).toEqual({ ok: false, problems: [expect.stringMatching(/^progress\.0\.value: /)] });
  });
});

describe("care plans.goalsSummary", () => {
  const v2: CarePlanVersion = {
    version: 2,
    content: { ...plan, goals: [plan.goals[0]!, { id: "g3", what: "Start a college course", targetDate: "2026-09-01" }], interventions: [] },
    createdOn: "2026-05-01",
    createdBy: "user_12",
    reason: "Housing secured through the council; college goal added",
  };

  it("gives each goal's latest progress, when it last changed and whether it left the plan", () => {
    const reviews = [
      review(),
      review({ reviewedOn: "2026-04-26", progress: [{ goalId: "g1", value: "progressing" }, { goalId: "g2", value: "achieved", note: "Keys collected" }], nextReviewOn: "2026-05-20" }),
      { ...review({ planVersion: 2, reviewedOn: "2026-05-20", nextReviewOn: "2026-07-01" }), progress: [{ goalId: "g1", value: "achieved" as const }, { goalId: "g3", value: "not_started" as const }] },
    ];
    expect(goalsSummary([v1, v2], reviews)).toEqual([
      { goalId: "g1", what: "Stop using crack cocaine", targetDate: "2026-09-01", firstVersion: 1, droppedFromPlanInVersion: null, progress: "achieved", note: null, progressChangedOn: "2026-05-20" },
      { goalId: "g2", what: "Move into a tenancy of his own", targetDate: "2026-12-01", firstVersion: 1, droppedFromPlanInVersion: 2, progress: "achieved", note: "Keys collected", progressChangedOn: "2026-04-26" },
      { goalId: "g3", what: "Start a college course", targetDate: "2026-09-01", firstVersion: 2, droppedFromPlanInVersion: null, progress: "not_started", note: null, progressChangedOn: "2026-05-20" },
    ]);
  });

  it("keeps the date progress changed when a later review records the same value", () => {
    const reviews = [review(), review({ reviewedOn: "2026-05-01", nextReviewOn: "2026-06-01" })];
    expect(goalsSummary([v1], reviews).map((goal) => goal.progressChangedOn)).toEqual(["2026-04-12", "2026-04-12"]);
  });

  it("reads reviews in date order whatever order they come in", () => {
    const later = review({ reviewedOn: "2026-05-01", progress: [{ goalId: "g1", value: "achieved" }, { goalId: "g2", value: "progressing" }], nextReviewOn: "2026-06-01" });
    expect(goalsSummary([v1], [later, review()]).map((goal) => goal.progress)).toEqual(["achieved", "progressing"]);
  });

  it("shows goals never reviewed as having no progress, and a goal put back as in the plan again", () => {
    const v3: CarePlanVersion = { ...v1, version: 3, createdOn: "2026-06-01", reason: "Tenancy fell through" };
    const summary = goalsSummary([v1, v2, v3], []);
    expect(summary.map((goal) => [goal.goalId, goal.droppedFromPlanInVersion, goal.progress])).toEqual([
      ["g1", null, null],
      ["g2", null, null],
      ["g3", 3, null],
    ]);
  });
});

describe("care plans.nextReviewDue", () => {
  it.each([
    ["six weeks after the plan, with no review yet, on the day", [], "2026-03-01", "2026-04-12", { dueOn: "2026-04-12", isOverdue: false, daysOverdue: 0 }],
    ["six weeks after the plan, the day after", [], "2026-03-01", "2026-04-13", { dueOn: "2026-04-12", isOverdue: true, daysOverdue: 1 }],
    ["six weeks after the plan, before it", [], "2026-03-01", "2026-03-20", { dueOn: "2026-04-12", isOverdue: false, daysOverdue: 0 }],
    ["the date the last review set, on the day", [review()], "2026-03-01", "2026-05-24", { dueOn: "2026-05-24", isOverdue: false, daysOverdue: 0 }],
    ["the date the last review set, the day after", [review()], "2026-03-01", "2026-05-25", { dueOn: "2026-05-24", isOverdue: true, daysOverdue: 1 }],
    ["the date the latest review set, whatever the order", [review({ reviewedOn: "2026-05-20", nextReviewOn: "2026-07-01" }), review()], "2026-03-01", "2026-06-01", { dueOn: "2026-07-01", isOverdue: false, daysOverdue: 0 }],
  ] as const)("is %s", (_what, reviews, createdOn, today, expected) => {
    expect(nextReviewDue(reviews, createdOn, today)).toEqual(expected);
  });

  it("uses the organisation's own default interval, across a month end", () => {
    expect(nextReviewDue([], "2026-01-20", "2026-02-04", 2)).toEqual({ dueOn: "2026-02-03", isOverdue: true, daysOverdue: 1 });
  });
});

describe("care plans.closure outcomes", () => {
  const outcomeOptions = { knownOutcomeCodes: [...defaultClosureOutcomes, "volunteering"], today: "2026-09-01" };
  const outcomes = [
    { code: "abstinent_28_days", achievedOn: "2026-08-20", evidence: "Negative tests at four weekly sessions" },
    { code: "volunteering", achievedOn: "2026-09-01", evidence: "Volunteers at the food bank on Saturdays" },
  ];

  it("accepts default and organisation codes, dated up to today", () => {
    expect(loadClosureOutcomes(outcomes, outcomeOptions)).toEqual({ ok: true, outcomes });
  });

  it("accepts closing with no outcomes", () => {
    expect(loadClosureOutcomes([], outcomeOptions)).toEqual({ ok: true, outcomes: [] });
  });

  it.each([
    ["a code recorded twice", [outcomes[0], { ...outcomes[0], achievedOn: "2026-08-21" }], ['1.code: Outcome "abstinent_28_days" is recorded twice.']],
    ["a date after today", [{ ...outcomes[0], achievedOn: "2026-09-02" }], ["0.achievedOn: The date 2026-09-02 is in the future."]],
    ["a code the organisation does not record", [{ ...outcomes[0], code: "found_religion" }], ['0.code: Outcome "found_religion" is not one this organisation records.']],
    ["no evidence", [{ ...outcomes[0], evidence: " " }], ["0.evidence: Say what shows the outcome was achieved."]],
    ["evidence over 2,000 characters", [{ ...outcomes[0], evidence: "x".repeat(2001) }], ["0.evidence: Keep this to 2,000 characters or fewer."]],
    ["a date that is not a date", [{ ...outcomes[0], achievedOn: "20 August" }], ["0.achievedOn: Use a real date written YYYY-MM-DD."]],
  ] as const)("refuses %s", (_what, input, problems) => {
    expect(loadClosureOutcomes(input, outcomeOptions)).toEqual({ ok: false, problems });
  });

  it("accepts evidence of exactly 2,000 characters", () => {
    expect(loadClosureOutcomes([{ ...outcomes[0], evidence: "x".repeat(2000) }], outcomeOptions).ok).toBe(true);
  });

  it("refuses something that is not a list, saying so", () => {
    expect(loadClosureOutcomes({}, outcomeOptions)).toEqual({ ok: false, problems: [expect.stringMatching(/^\(outcomes\): /)] });
  });
});
