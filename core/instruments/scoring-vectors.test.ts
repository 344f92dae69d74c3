/**
 * Scoring vectors for the built-in instruments: worked examples on both sides of every band
 * boundary, reverse-scored items, conditional items and missing answers, then properties over
 * every definition. Expected totals, bands and rules are literals from
 * `shared/reference/domain-facts.md` §2, never read from the definitions under test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vulnerabilityDomains } from "../referrals/vocabulary.js";
import { audit, auditC } from "./built-in/audit.js";
import { crossVulnerability } from "./built-in/cross-vulnerability.js";
import { craving, gad7, sds } from "./built-in/gad7-sds-craving.js";
import { builtInInstruments } from "./built-in/index.js";
import { dast10, phq9 } from "./built-in/phq9-dast10.js";
import { top } from "./built-in/top.js";
import { allItems, loadInstrumentDefinition, scoreRange, type InstrumentDefinition, type Item } from "./definition.js";
import { bandFor, checkAnswers, scoreInstrument, type Answer, type Answers } from "./score.js";

const total = (definition: InstrumentDefinition, answers: Answers) => scoreInstrument(definition, answers).scores.find((score) => score.id === "total")!;
const optionAt = (definition: InstrumentDefinition, itemId: string, index: number): string => {
  const item = allItems(definition).find((candidate) => candidate.id === itemId);
  if (item?.type !== "choice") throw new Error(`${itemId} is not a choice`);
  return item.options[index]!.value;
};

/** Points per item that add up to `target`, filling items in order; each takes multiples of its step up to its maximum. */
function spread(target: number, items: readonly { max: number; step: number }[]): number[] {
  let remaining = target;
  const points = items.map(({ max, step }) => {
    const taken = Math.min(max, Math.floor(remaining / step) * step);
    remaining -= taken;
    return taken;
  });
  if (remaining !== 0) throw new Error(`No answers add up to ${target}`);
  return points;
}

// How each instrument scores, as the reference states it, turned into answers that reach a total.
const likert = (definition: InstrumentDefinition, count: number, max: number) => (target: number) =>
  Object.fromEntries(spread(target, Array.from({ length: count }, () => ({ max, step: 1 }))).map((points, i) => [`q${i + 1}`, optionAt(definition, `q${i + 1}`, points)]));
const answersScoring: Record<string, (target: number) => Answers> = {
  // Items 1–8 score 0–4 in the order their answers are listed; items 9 and 10 score 0, 2 or 4.
  audit: (target) =>
    Object.fromEntries(
      spread(target, [...Array.from({ length: 8 }, () => ({ max: 4, step: 1 })), { max: 4, step: 2 }, { max: 4, step: 2 }]).map((points, i) => [
        `q${i + 1}`,
        optionAt(audit, `q${i + 1}`, i < 8 ? points : points / 2),
      ]),
    ),
  audit_c: likert(auditC, 3, 4),
  phq9: likert(phq9, 9, 3),
  gad7: likert(gad7, 7, 3),
  // Yes scores 1, except item 3, where no scores 1.
  dast10: (target) => Object.fromEntries(spread(target, Array.from({ length: 10 }, () => ({ max: 1, step: 1 }))).map((points, i) => [`q${i + 1}`, i === 2 ? points === 0 : points === 1])),
};

const bandVectors = [
  // AUDIT: UK labels, lower 0–7, increasing 8–15, higher 16–19, possible dependence 20–40.
  ["audit", 0, "Lower risk", "low"],
  ["audit", 7, "Lower risk", "low"],
  ["audit", 8, "Increasing risk", "moderate"],
  ["audit", 15, "Increasing risk", "moderate"],
  ["audit", 16, "Higher risk", "high"],
  ["audit", 19, "Higher risk", "high"],
  ["audit", 20, "Possible dependence", "severe"],
  ["audit", 40, "Possible dependence", "severe"],
  // AUDIT-C: 0–12, positive from 5.
  ["audit_c", 0, "Below the threshold", "low"],
  ["audit_c", 4, "Below the threshold", "low"],
  ["audit_c", 5, "Positive: give the full AUDIT", "moderate"],
  ["audit_c", 12, "Positive: give the full AUDIT", "moderate"],
  // DAST-10: none 0, low 1–2, moderate 3–5, substantial 6–8, severe 9–10.
  ["dast10", 0, "No problems reported", "none"],
  ["dast10", 1, "Low level", "low"],
  ["dast10", 2, "Low level", "low"],
  ["dast10", 3, "Moderate level", "moderate"],
  ["dast10", 5, "Moderate level", "moderate"],
  ["dast10", 6, "Substantial level", "high"],
  ["dast10", 8, "Substantial level", "high"],
  ["dast10", 9, "Severe level", "severe"],
  ["dast10", 10, "Severe level", "severe"],
  // PHQ-9: 0–4 / 5–9 / 10–14 / 15–19 / 20–27, minimal to severe.
  ["phq9", 0, "Minimal", "none"],
  ["phq9", 4, "Minimal", "none"],
  ["phq9", 5, "Mild", "low"],
  ["phq9", 9, "Mild", "low"],
  ["phq9", 10, "Moderate", "moderate"],
  ["phq9", 14, "Moderate", "moderate"],
  ["phq9", 15, "Moderately severe", "high"],
  ["phq9", 19, "Moderately severe", "high"],
  ["phq9", 20, "Severe", "severe"],
  ["phq9", 27, "Severe", "severe"],
  // GAD-7: 0–21, cut-points 5, 10 and 15.
  ["gad7", 0, "Minimal", "none"],
  ["gad7", 4, "Minimal", "none"],
  ["gad7", 5, "Mild", "low"],
  ["gad7", 9, "Mild", "low"],
  ["gad7", 10, "Moderate", "moderate"],
  ["gad7", 14, "Moderate", "moderate"],
  ["gad7", 15, "Severe", "severe"],
  ["gad7", 21, "Severe", "severe"],
] as const;

const builtIn = (key: string) => builtInInstruments.find((definition) => definition.key === key)!;

describe("instruments.scoring vectors: bands", () => {
  it.each(bandVectors)("%s scoring %i is %s (%s)", (key, value, label, level) => {
    const definition = builtIn(key);
    const score = total(definition, answersScoring[key]!(value));
    expect(score).toMatchObject({ value, band: { label, level } });
  });

  it("has a vector on both sides of every band boundary of every built-in score, and at the top", () => {
    const vectors = new Set(bandVectors.map(([key, value]) => `${key} ${value}`));
    const needed = builtInInstruments.flatMap((definition) =>
      definition.scores
        .filter((score) => score.bands.length > 0)
        .flatMap((score) => {
          const { min, max } = scoreRange(definition, score);
          const sides = score.bands.flatMap((band) => (band.from > min ? [band.from - 1, band.from] : [band.from]));
          return [...sides, max].map((value) => `${definition.key} ${value}`);
        }),
    );
    expect(needed.filter((vector) => !vectors.has(vector))).toEqual([]);
  });

  it("bands only the instruments the reference bands: SDS, craving, TOP and the vulnerability assessments have none", () => {
    const banded = builtInInstruments.filter((definition) => definition.scores.some((score) => score.bands.length > 0)).map((definition) => definition.key);
    expect(banded.sort()).toEqual(["audit", "audit_c", "dast10", "gad7", "phq9"]);
  });
});

describe("instruments.scoring vectors: reverse-scored items", () => {
  it("scores DAST-10 as the yes answers, except item 3, where no scores 1: all 1,024 answer sets", () => {
    for (let bits = 0; bits < 1024; bits += 1) {
      const answers = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, (bits & (1 << i)) !== 0]));
      const expected = Object.entries(answers).filter(([id, isYes]) => (id === "q3" ? !isYes : isYes)).length;
      expect(total(dast10, answers).value, JSON.stringify(answers)).toBe(expected);
    }
  });

  it("has no reversed SDS item: each item's first answer scores 0 and its last 3", () => {
    const lowest = { drug: "cocaine", q1: "never", q2: "never", q3: "never", q4: "never", q5: "not_difficult" };
    expect(total(sds, lowest).value).toBe(0);
    expect(total(sds, { ...lowest, q1: "always", q2: "always", q3: "always", q4: "always", q5: "impossible" }).value).toBe(15);
    for (const [id, highest] of [["q1", "always"], ["q2", "always"], ["q3", "always"], ["q4", "always"], ["q5", "impossible"]] as const) {
      expect(total(sds, { ...lowest, [id]: highest }).value, id).toBe(3);
    }
  });
});

describe("instruments.scoring vectors: conditional items", () => {
  const drinkingAnswers = ["monthly_or_less", "two_to_four_a_month", "two_to_three_a_week", "four_plus_a_week"];

  it("skips AUDIT questions 2 to 8 when question 1 is never, ignoring answers left from a draft", () => {
    const stale = { q2: "ten_plus", q3: "daily", q4: "daily", q5: "daily", q6: "daily", q7: "daily", q8: "daily" };
    const result = scoreInstrument(audit, { q1: "never", ...stale, q9: "yes_last_year", q10: "yes_not_last_year" });
    expect(result.shownItemIds).toEqual(["q1", "q9", "q10"]);
    expect(result.scores[0]).toMatchObject({ value: 6, band: { label: "Lower risk" }, missingItemIds: [] });
    for (const q1 of drinkingAnswers) {
      expect(scoreInstrument(audit, { q1 }).shownItemIds, q1).toEqual(["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"]);
    }
  });

  it.each([
    ["no", 0],
    ["yes_not_last_year", 2],
    ["yes_last_year", 4],
  ])("scores AUDIT questions 9 and 10 answered %s as %i", (answer, points) => {
    expect(total(audit, { q1: "never", q9: answer, q10: "no" }).value).toBe(points);
    expect(total(audit, { q1: "never", q9: "no", q10: answer }).value).toBe(points);
  });

  it("asks for cross-vulnerability evidence for every rating above 0 and for none at 0", () => {
    for (const domain of vulnerabilityDomains) {
      for (const kind of ["push", "pull", "protective"]) {
        const rating = `${domain}_${kind}`;
        for (const value of ["0", "1", "2", "3"]) {
          const shown = scoreInstrument(crossVulnerability, { [rating]: value }).shownItemIds;
          expect(shown.includes(`${rating}_evidence`), `${rating} ${value}`).toBe(value !== "0");
        }
      }
    }
    expect(scoreInstrument(crossVulnerability, { significant_harm: false }).shownItemIds).not.toContain("significant_harm_detail");
    expect(scoreInstrument(crossVulnerability, { significant_harm: true }).shownItemIds).toContain("significant_harm_detail");
  });
});

describe("instruments.scoring vectors: missing answers", () => {
  // The reference gives no prorating rule for any of these, so a total needs every shown item.
  it("uses no prorating in any built-in score", () => {
    expect(builtInInstruments.flatMap((definition) => definition.scores.map((score) => score.missing.rule)).filter((rule) => rule !== "require_all")).toEqual([]);
  });

  it.each([
    ["audit", 10, "q5"],
    ["audit_c", 6, "q2"],
    ["dast10", 4, "q3"],
    ["phq9", 12, "q9"],
    ["gad7", 12, "q7"],
  ])("gives %s no score and no band while one question is unanswered", (key, value, left) => {
    const { [left]: _left, ...answers } = answersScoring[key]!(value);
    expect(total(builtIn(key), answers)).toMatchObject({ value: null, band: null, missingItemIds: [left] });
  });

  it("gives no SDS or craving score without its scored answers, and needs none of the unscored ones", () => {
    expect(total(sds, { drug: "heroin", q1: "often", q2: "often", q3: "often", q4: "often" })).toMatchObject({ value: null, missingItemIds: ["q5"] });
    expect(total(sds, { q1: "often", q2: "often", q3: "often", q4: "often", q5: "impossible" }).value).toBe(11);
    expect(total(craving, { trigger: "Payday" })).toMatchObject({ value: null, missingItemIds: ["strength"] });
    expect(total(craving, { strength: 0 }).value).toBe(0);
  });

  it("leaves out only the TOP measure or cross-vulnerability rating that is unanswered", () => {
    const topScores = scoreInstrument(top, { alcohol_days: 28, psychological_health: 20 }).scores;
    expect(topScores.find((score) => score.id === "alcohol_days_score")?.value).toBe(28);
    expect(topScores.find((score) => score.id === "psychological_health_score")?.value).toBe(20);
    expect(topScores.find((score) => score.id === "crack_days_score")?.value).toBeNull();
    const profile = scoreInstrument(crossVulnerability, { housing_push: "2" }).scores;
    expect(profile.find((score) => score.id === "housing_push_score")?.value).toBe(2);
    expect(profile.find((score) => score.id === "housing_pull_score")?.value).toBeNull();
  });
});

/** Any answer an item accepts. */
function anyAnswer(item: Item): fc.Arbitrary<Answer> {
  switch (item.type) {
    case "choice":
      return fc.constantFrom(...item.options.map((option) => option.value));
    case "yes_no":
      return fc.boolean();
    case "number":
      return item.isInteger ? fc.integer({ min: item.min, max: item.max }) : fc.double({ min: item.min, max: item.max, noNaN: true });
    case "days_in_28":
      return fc.integer({ min: 0, max: 28 });
    case "rating_0_20":
      return fc.integer({ min: 0, max: 20 });
    case "text":
      return fc.string({ maxLength: 40 });
    case "judgement":
      return fc.record({ status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const), evidence: fc.string({ maxLength: 40 }) });
  }
}
/** Any set of answers, complete or not: some items unanswered, hidden items perhaps holding an answer from a draft. */
const anyAnswers = (definition: InstrumentDefinition): fc.Arbitrary<Answers> =>
  fc
    .tuple(...allItems(definition).map((item) => fc.option(anyAnswer(item), { nil: undefined })))
    .map((values) => Object.fromEntries(allItems(definition).flatMap((item, i) => (values[i] === undefined ? [] : [[item.id, values[i]]]))));

// Definitions the built-ins do not cover: items scored 1–5, one shown only on a condition, under each missing-answer rule.
const wellbeing = (missing: InstrumentDefinition["scores"][number]["missing"], bandsFrom: number): InstrumentDefinition => {
  const scale = [1, 2, 3, 4, 5].map((points) => ({ value: `s${points}`, label: `Scores ${points}`, score: points }));
  const item = (id: string) => ({ id, label: id.toUpperCase(), type: "choice" as const, isRequired: true, options: scale });
  return {
    key: "wellbeing",
    version: 1,
    title: "Wellbeing",
    kind: "outcome",
    sections: [
      {
        id: "wellbeing",
        title: "Wellbeing",
        items: [item("a"), item("b"), { id: "works", label: "In work", type: "yes_no", isRequired: true, scores: null }, { ...item("c"), showWhen: { itemId: "works", anyOf: [true] } }],
      },
    ],
    scores: [{ id: "total", label: "Total", itemIds: ["a", "b", "c"], missing, bands: [{ from: bandsFrom, label: "Low", level: "low" }, { from: 9, label: "High", level: "high" }] }],
    flags: [],
  };
};
const engineRules = [
  ["require_all", wellbeing({ rule: "require_all" }, 2)],
  ["prorate", wellbeing({ rule: "prorate", minAnswered: 2 }, 2)],
  ["count_as_zero", wellbeing({ rule: "count_as_zero" }, 0)],
] as const;

describe("instruments.scoring properties over every definition", () => {
  it("ranges a score from 1–5 items skipped by a condition, or counted as zero, down to what they can add", () => {
    for (const [, definition] of engineRules) expect(loadInstrumentDefinition(definition)).toEqual({ ok: true, definition });
    // a and b always add 1–5; c adds 1–5 or, when hidden, nothing; under count_as_zero any may add nothing.
    expect(engineRules.map(([, definition]) => scoreRange(definition, definition.scores[0]!))).toEqual([
      { min: 2, max: 15 },
      { min: 2, max: 15 },
      { min: 0, max: 15 },
    ]);
    expect(total(engineRules[0][1], { a: "s1", b: "s1", works: false })).toMatchObject({ value: 2, band: { label: "Low" } });
  });

  const everyDefinition = [...builtInInstruments.map((definition) => [definition.key, definition] as const), ...engineRules.map(([rule, definition]) => [`wellbeing (${rule})`, definition] as const)];

  it.each(everyDefinition)("%s: any answers give each score no value or one within its range, banded if it has bands", (_key, definition) => {
    fc.assert(
      fc.property(anyAnswers(definition), (answers) => {
        expect(checkAnswers(definition, answers, { isSubmitting: false })).toEqual([]);
        for (const score of scoreInstrument(definition, answers).scores) {
          const bands = definition.scores.find((candidate) => candidate.id === score.id)!.bands;
          if (score.value === null) {
            expect(score.missingItemIds.length).toBeGreaterThan(0);
            expect(score.band).toBeNull();
            continue;
          }
          expect(score.value).toBeGreaterThanOrEqual(score.range.min);
          expect(score.value).toBeLessThanOrEqual(score.range.max);
          if (bands.length > 0) expect(score.band).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(everyDefinition)("%s: every whole score in range falls in exactly one band, the one bandFor gives", (_key, definition) => {
    for (const score of definition.scores.filter((candidate) => candidate.bands.length > 0)) {
      const { min, max } = scoreRange(definition, score);
      for (let value = min; value <= max; value += 1) {
        const containing = score.bands.filter((band, b) => value >= band.from && value < (score.bands[b + 1]?.from ?? Infinity));
        expect(containing, `${score.id} ${value}`).toHaveLength(1);
        expect(bandFor(score.bands, value)).toEqual({ label: containing[0]!.label, level: containing[0]!.level });
      }
    }
  });

  // No built-in flag is on a conditional item, so AUDIT is given two that are.
  const auditWithFlagsOnQ3: InstrumentDefinition = {
    ...audit,
    flags: [
      ...audit.flags,
      { id: "binge_weekly", label: "Binges weekly or more", severity: "warning", when: { itemId: "q3", anyOf: ["weekly", "daily"] } },
      { id: "binge_above_monthly", label: "Binges more than monthly", severity: "warning", when: { itemId: "q3", above: 2 } },
    ],
  };

  it("raises no flag on a question hidden by an earlier answer", () => {
    expect(scoreInstrument(auditWithFlagsOnQ3, { q1: "never", q3: "daily" }).flags).toEqual([]);
    expect(scoreInstrument(auditWithFlagsOnQ3, { q1: "monthly_or_less", q3: "daily" }).flags.map((flag) => flag.id)).toEqual(["binge_weekly", "binge_above_monthly"]);
  });

  it.each([...everyDefinition, ["audit with flags on question 3", auditWithFlagsOnQ3] as const])("%s: never raises a flag on a hidden item", (_key, definition) => {
    fc.assert(
      fc.property(anyAnswers(definition), (answers) => {
        const result = scoreInstrument(definition, answers);
        for (const raised of result.flags) {
          const when = definition.flags.find((flag) => flag.id === raised.id)!.when;
          if ("itemId" in when) expect(result.shownItemIds).toContain(when.itemId);
        }
      }),
      { numRuns: 200 },
    );
  });
});
