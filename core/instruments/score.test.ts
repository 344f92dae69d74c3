import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit, auditC } from "./built-in/audit.js";
import { vulnerabilityDomains } from "../referrals/vocabulary.js";
import { crossVulnerability, crossVulnerabilityAnswers, extremismVulnerability } from "./built-in/cross-vulnerability.js";
import { craving, gad7, sds } from "./built-in/gad7-sds-craving.js";
import { builtInInstruments } from "./built-in/index.js";
import { dast10, phq9 } from "./built-in/phq9-dast10.js";
import { top } from "./built-in/top.js";
import { allItems, loadInstrumentDefinition, scoreRange, type InstrumentDefinition } from "./definition.js";
import { bandFor, checkAnswers, scoreInstrument, type Answers } from "./score.js";

const builtIns = builtInInstruments;
const total = (definition: InstrumentDefinition, answers: Answers) => scoreInstrument(definition, answers).scores.find((score) => score.id === "total")!;

/** AUDIT answers with the given option index per item (q1 must not be "never" for q2–q8 to count). */
const auditAnswers = (indexes: number[]): Answers =>
  Object.fromEntries(allItems(audit).map((item, i) => [item.id, item.type === "choice" ? item.options[indexes[i] ?? 0]!.value : ""]));

describe("instruments.built-in definitions", () => {
  it.each(builtIns.map((definition) => [definition.key, definition] as const))("%s is a valid definition", (_key, definition) => {
    expect(loadInstrumentDefinition(definition)).toEqual({ ok: true, definition });
  });

  it("gives each built-in score the range its instrument has", () => {
    const rangeOf = (definition: InstrumentDefinition) => scoreRange(definition, definition.scores[0]!);
    expect(rangeOf(audit)).toEqual({ min: 0, max: 40 });
    expect(rangeOf(auditC)).toEqual({ min: 0, max: 12 });
    expect(rangeOf(phq9)).toEqual({ min: 0, max: 27 });
    expect(rangeOf(dast10)).toEqual({ min: 0, max: 10 });
    expect(rangeOf(gad7)).toEqual({ min: 0, max: 21 });
    expect(rangeOf(sds)).toEqual({ min: 0, max: 15 });
    expect(rangeOf(craving)).toEqual({ min: 0, max: 10 });
  });

  it("has one definition per key", () => {
    expect(new Set(builtIns.map((definition) => definition.key)).size).toBe(builtIns.length);
  });
});

describe("instruments.scoring AUDIT", () => {
  it.each([
    // Item option indexes → total, band. Items 9 and 10 score 0, 2 or 4.
    [[1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 1, "Lower risk"],
    [[4, 3, 0, 0, 0, 0, 0, 0, 0, 0], 7, "Lower risk"],
    [[4, 4, 0, 0, 0, 0, 0, 0, 0, 0], 8, "Increasing risk"],
    [[4, 4, 4, 3, 0, 0, 0, 0, 0, 0], 15, "Increasing risk"],
    [[4, 4, 4, 4, 0, 0, 0, 0, 0, 0], 16, "Higher risk"],
    [[4, 4, 4, 4, 3, 0, 0, 0, 0, 0], 19, "Higher risk"],
    [[4, 4, 4, 4, 4, 0, 0, 0, 0, 0], 20, "Possible dependence"],
    [[4, 4, 4, 4, 4, 4, 4, 4, 2, 2], 40, "Possible dependence"],
    [[1, 0, 0, 0, 0, 0, 0, 0, 1, 2], 7, "Lower risk"],
  ])("options %j score %i (%s)", (indexes, expected, band) => {
    const score = total(audit, auditAnswers(indexes));
    expect(score.value).toBe(expected);
    expect(score.band?.label).toBe(band);
  });

  it("skips questions 2 to 8 for someone who never drinks, counting them as 0", () => {
    const answers = { q1: "never", q9: "yes_last_year", q10: "no" };
    const result = scoreInstrument(audit, answers);
    expect(result.shownItemIds).toEqual(["q1", "q9", "q10"]);
    expect(total(audit, answers)).toMatchObject({ value: 4, missingItemIds: [] });
    expect(checkAnswers(audit, answers, { isSubmitting: true })).toEqual([]);
  });

  it("gives no score while a shown question is unanswered, and says which", () => {
    const answers = { ...auditAnswers([2, 1, 1, 0, 0, 0, 0, 0, 0, 0]) };
    delete (answers as Record<string, unknown>).q5;
    expect(total(audit, answers)).toMatchObject({ value: null, band: null, missingItemIds: ["q5"] });
    expect(checkAnswers(audit, answers, { isSubmitting: true })).toEqual([{ itemId: "q5", message: "Answer this question." }]);
    expect(checkAnswers(audit, answers, { isSubmitting: false })).toEqual([]);
  });

  it("flags possible dependence from 20", () => {
    expect(scoreInstrument(audit, auditAnswers([4, 4, 4, 4, 3, 0, 0, 0, 0, 0])).flags).toEqual([]);
    expect(scoreInstrument(audit, auditAnswers([4, 4, 4, 4, 4, 0, 0, 0, 0, 0])).flags.map((flag) => flag.id)).toEqual(["possible_dependence"]);
  });

  it("AUDIT-C is positive from 5", () => {
    expect(total(auditC, { q1: "two_to_four_a_month", q2: "three_four", q3: "less_than_monthly" })).toMatchObject({ value: 4, band: { label: "Below the threshold" } });
    expect(total(auditC, { q1: "two_to_four_a_month", q2: "five_six", q3: "less_than_monthly" })).toMatchObject({ value: 5, band: { label: "Positive: give the full AUDIT" } });
  });
});

describe("instruments.scoring PHQ-9 and DAST-10", () => {
  const phq = (scores: number[]): Answers => Object.fromEntries(scores.map((score, i) => [`q${i + 1}`, phq9.sections[0]!.items[i]!.type === "choice" ? (phq9.sections[0]!.items[i] as { options: { value: string }[] }).options[score]!.value : ""]));

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "Minimal"],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "Minimal"],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "Mild"],
    [[3, 3, 3, 0, 0, 0, 0, 0, 0], 9, "Mild"],
    [[3, 3, 3, 1, 0, 0, 0, 0, 0], 10, "Moderate"],
    [[3, 3, 3, 3, 2, 0, 0, 0, 0], 14, "Moderate"],
    [[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "Moderately severe"],
    [[3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "Moderately severe"],
    [[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "Severe"],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "Severe"],
  ])("PHQ-9 %j scores %i (%s)", (scores, expected, band) => {
    expect(total(phq9, phq(scores))).toMatchObject({ value: expected, band: { label: band } });
  });

  it("flags any answer above 0 on the self-harm item, whatever the total", () => {
    expect(scoreInstrument(phq9, phq([0, 0, 0, 0, 0, 0, 0, 0, 0])).flags).toEqual([]);
    expect(scoreInstrument(phq9, phq([0, 0, 0, 0, 0, 0, 0, 0, 1])).flags).toEqual([expect.objectContaining({ id: "self_harm", severity: "urgent" })]);
  });

  const dast = (yes: number[]): Answers => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, yes.includes(i + 1)]));
  it.each([
    // Item 3 ("able to stop when they want") scores when answered no.
    [[3], 0, "No problems reported"],
    [[], 1, "Low level"],
    [[1, 3], 1, "Low level"],
    [[1, 2, 3], 2, "Low level"],
    [[1, 2], 3, "Moderate level"],
    [[1, 2, 3, 4, 5, 6], 5, "Moderate level"],
    [[1, 2, 4, 5, 6], 6, "Substantial level"],
    [[1, 2, 4, 5, 6, 7, 8], 8, "Substantial level"],
    [[1, 2, 4, 5, 6, 7, 8, 9], 9, "Severe level"],
    [[1, 2, 4, 5, 6, 7, 8, 9, 10], 10, "Severe level"],
  ])("DAST-10 with yes to %j scores %i (%s)", (yes, expected, band) => {
    expect(total(dast10, dast(yes))).toMatchObject({ value: expected, band: { label: band } });
  });
});

describe("instruments.scoring GAD-7, SDS and craving", () => {
  const gad = (scores: number[]): Answers => Object.fromEntries(scores.map((score, i) => [`q${i + 1}`, ["not_at_all", "several_days", "more_than_half", "nearly_every_day"][score]!]));
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], 0, "Minimal", false],
    [[1, 1, 1, 1, 0, 0, 0], 4, "Minimal", false],
    [[1, 1, 1, 1, 1, 0, 0], 5, "Mild", false],
    [[3, 3, 3, 0, 0, 0, 0], 9, "Mild", false],
    [[3, 3, 3, 1, 0, 0, 0], 10, "Moderate", true],
    [[3, 3, 3, 3, 2, 0, 0], 14, "Moderate", true],
    [[3, 3, 3, 3, 3, 0, 0], 15, "Severe", true],
    [[3, 3, 3, 3, 3, 3, 3], 21, "Severe", true],
  ])("GAD-7 %j scores %i (%s)", (scores, expected, band, isFlagged) => {
    const result = scoreInstrument(gad7, gad(scores));
    expect(result.scores[0]).toMatchObject({ value: expected, band: { label: band } });
    expect(result.flags.map((flag) => flag.id)).toEqual(isFlagged ? ["refer"] : []);
  });

  it("scores the SDS from its five items, with no band, and needs the drug named", () => {
    const answers = { drug: "heroin", q1: "sometimes", q2: "often", q3: "never", q4: "always", q5: "quite_difficult" };
    expect(scoreInstrument(sds, answers).scores[0]).toMatchObject({ value: 7, band: null });
    const { drug: _drug, ...withoutDrug } = answers;
    expect(checkAnswers(sds, withoutDrug, { isSubmitting: true })).toEqual([{ itemId: "drug", message: "Answer this question." }]);
  });

  it("takes the craving rating as it is, from 0 to 10 only", () => {
    expect(scoreInstrument(craving, { strength: 7 }).scores[0]).toMatchObject({ value: 7, band: null });
    expect(checkAnswers(craving, { strength: 11 }, { isSubmitting: false })).toEqual([{ itemId: "strength", message: "Enter a number from 0 to 10." }]);
    expect(checkAnswers(craving, { strength: 6.5 }, { isSubmitting: false })).toEqual([{ itemId: "strength", message: "Enter a whole number." }]);
    expect(checkAnswers(craving, { strength: 4 }, { isSubmitting: true })).toEqual([]);
  });
});

describe("instruments.cross-vulnerability and extremism vulnerability", () => {
  it("rates push, pull and protective factors in every domain, each its own score", () => {
    expect(crossVulnerability.sections.map((section) => section.id)).toEqual([...vulnerabilityDomains, "safeguarding"]);
    expect(crossVulnerability.scores).toHaveLength(30);
    const answers = crossVulnerabilityAnswers({ criminal_exploitation_gangs_push: 3, criminal_exploitation_gangs_pull: 2, criminal_exploitation_gangs_protective: 1 });
    const profile = Object.fromEntries(scoreInstrument(crossVulnerability, answers).scores.map((score) => [score.id, score.value]));
    expect(profile).toMatchObject({ criminal_exploitation_gangs_push_score: 3, criminal_exploitation_gangs_pull_score: 2, criminal_exploitation_gangs_protective_score: 1, alcohol_push_score: 0 });
  });

  it("asks for the evidence behind every rating above 0, and only then", () => {
    const answers = crossVulnerabilityAnswers({});
    expect(checkAnswers(crossVulnerability, answers, { isSubmitting: true })).toEqual([]);
    answers.family_protective = "2";
    expect(checkAnswers(crossVulnerability, answers, { isSubmitting: true })).toEqual([{ itemId: "family_protective_evidence", message: "Answer this question." }]);
    answers.family_protective_evidence = "Older sister visits daily and he listens to her.";
    expect(checkAnswers(crossVulnerability, answers, { isSubmitting: true })).toEqual([]);
  });

  it("asks what the risk is when there is a risk of significant harm, and flags it", () => {
    const answers: Record<string, string | boolean> = { significant_harm: true };
    for (const domain of vulnerabilityDomains) for (const kind of ["push", "pull", "protective"]) answers[`${domain}_${kind}`] = "0";
    expect(checkAnswers(crossVulnerability, answers, { isSubmitting: true })).toEqual([{ itemId: "significant_harm_detail", message: "Answer this question." }]);
    expect(scoreInstrument(crossVulnerability, answers).flags).toEqual([expect.objectContaining({ id: "significant_harm", severity: "urgent" })]);
  });

  it("records the extremism factors as judgements in three dimensions, 13, 6 and 3, and never totals them", () => {
    expect(extremismVulnerability.sections.slice(0, 3).map((section) => section.items.length)).toEqual([13, 6, 3]);
    expect(extremismVulnerability.sections.slice(0, 3).every((section) => section.items.every((item) => item.type === "judgement"))).toBe(true);
    expect(extremismVulnerability.scores).toEqual([]);
    const answers = Object.fromEntries(
      allItems(extremismVulnerability).map((item) => [item.id, item.type === "judgement" ? { status: "present" as const, evidence: "Seen in chats." } : "Written."]),
    );
    expect(checkAnswers(extremismVulnerability, answers, { isSubmitting: true })).toEqual([]);
    expect(scoreInstrument(extremismVulnerability, answers).scores).toEqual([]);
    expect(checkAnswers(extremismVulnerability, { engagement_grievance: { status: "maybe", evidence: "" } as never }, { isSubmitting: false })).toEqual([
      { itemId: "engagement_grievance", message: "Record present, absent or unknown, with the evidence." },
    ]);
  });
});

describe("instruments.scoring the Treatment Outcomes Profile", () => {
  it("keeps each measure as its own score, totals nothing, and flags shared needles", () => {
    const answers: Record<string, number | boolean | string> = {};
    for (const item of allItems(top)) {
      if (item.type === "days_in_28") answers[item.id] = 0;
      if (item.type === "rating_0_20") answers[item.id] = 10;
      if (item.type === "yes_no") answers[item.id] = false;
    }
    Object.assign(answers, { opioid_days: 20, psychological_health: 6, shared_needles: true });
    const result = scoreInstrument(top, answers);
    expect(result.scores.find((score) => score.id === "opioid_days_score")).toMatchObject({ value: 20, range: { min: 0, max: 28 } });
    expect(result.scores.find((score) => score.id === "psychological_health_score")).toMatchObject({ value: 6, range: { min: 0, max: 20 } });
    expect(top.scores.every((score) => score.itemIds.length === 1)).toBe(true);
    expect(result.flags.map((flag) => flag.id)).toEqual(["sharing"]);
    expect(checkAnswers(top, { ...answers, crack_days: 29 }, { isSubmitting: true })).toEqual([{ itemId: "crack_days", message: "Enter a number of days from 0 to 28." }]);
  });
});

describe("instruments.scoring properties", () => {
  /** Any complete set of answers a person could give to a definition. */
  const completeAnswers = (definition: InstrumentDefinition) =>
    fc.tuple(
      ...allItems(definition).map((item): fc.Arbitrary<Answers[string]> => {
        if (item.type === "choice") return fc.constantFrom(...item.options.map((option) => option.value));
        if (item.type === "number") return fc.integer({ min: item.min, max: item.max });
        if (item.type === "days_in_28") return fc.integer({ min: 0, max: 28 });
        if (item.type === "rating_0_20") return fc.integer({ min: 0, max: 20 });
        if (item.type === "text") return fc.string({ maxLength: 50 });
        if (item.type === "judgement") return fc.record({ status: fc.constantFrom("present" as const, "absent" as const, "unknown" as const), evidence: fc.string({ maxLength: 50 }) });
        return fc.boolean();
      }),
    ).map(
      (values) => Object.fromEntries(allItems(definition).map((item, i) => [item.id, values[i]!])) as Answers,
    );

  it.each(builtIns.map((definition) => [definition.key, definition] as const))("%s: every complete response scores within range, in exactly one band if it has bands", (_key, definition) => {
    fc.assert(
      fc.property(completeAnswers(definition), (answers) => {
        for (const score of scoreInstrument(definition, answers).scores) {
          expect(score.value).not.toBeNull();
          expect(score.value!).toBeGreaterThanOrEqual(score.range.min);
          expect(score.value!).toBeLessThanOrEqual(score.range.max);
          const definitionBands = definition.scores.find((candidate) => candidate.id === score.id)!.bands;
          if (definitionBands.length === 0) {
            expect(score.band).toBeNull();
            continue;
          }
          const containing = definitionBands.filter((band, b) => score.value! >= band.from && (b === definitionBands.length - 1 || score.value! < definitionBands[b + 1]!.from));
          expect(containing).toHaveLength(1);
          expect(score.band?.label).toBe(containing[0]!.label);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("puts every value from the lowest to the highest score in a band", () => {
    for (const definition of builtIns) {
      for (const score of definition.scores.filter((candidate) => candidate.bands.length > 0)) {
        const { min, max } = scoreRange(definition, score);
        for (let value = min; value <= max; value += 1) expect(bandFor(score.bands, value), `${definition.key} ${value}`).not.toBeNull();
      }
    }
  });

  it("prorates only when enough items are answered, and never past the maximum", () => {
    const definition = { ...phq9, scores: [{ ...phq9.scores[0]!, missing: { rule: "prorate" as const, minAnswered: 7 } }] };
    const answers: Record<string, string> = { q1: "nearly_every_day", q2: "nearly_every_day", q3: "nearly_every_day", q4: "nearly_every_day", q5: "nearly_every_day", q6: "nearly_every_day", q7: "several_days" };
    // 19 from 7 items, scaled to 9: 19 × 9 / 7 = 24.4 → 24.
    expect(total(definition, answers)).toMatchObject({ value: 24, isProrated: true, missingItemIds: ["q8", "q9"] });
    delete answers.q7;
    expect(total(definition, answers)).toMatchObject({ value: null });
  });
});

describe("instruments.definition checks", () => {
  const broken = (change: (definition: InstrumentDefinition) => void): string[] => {
    const copy = structuredClone(phq9);
    change(copy);
    const loaded = loadInstrumentDefinition(copy);
    return loaded.ok ? [] : loaded.problems;
  };

  it("accepts the definition unchanged", () => {
    expect(broken(() => undefined)).toEqual([]);
  });

  it.each([
    ["a repeated item id", (d: InstrumentDefinition) => (d.sections[0]!.items[1]!.id = "q1"), /sections\.0\.items\.1\.id: Item id "q1" is used twice/],
    ["a score naming no item", (d: InstrumentDefinition) => d.scores[0]!.itemIds.push("q99"), /scores\.0\.itemIds\.9: Score "total" names "q99"/],
    ["a gap at the bottom of the bands", (d: InstrumentDefinition) => (d.scores[0]!.bands[0]!.from = 1), /scores\.0\.bands\.0\.from: .*lowest possible score, 0/],
    ["bands out of order", (d: InstrumentDefinition) => (d.scores[0]!.bands[2]!.from = 4), /scores\.0\.bands\.2\.from: .*increasing order/],
    ["a band above the maximum", (d: InstrumentDefinition) => d.scores[0]!.bands.push({ from: 30, label: "Beyond", level: "severe" }), /above the highest possible score, 27/],
    ["a condition on a later item", (d: InstrumentDefinition) => (d.sections[0]!.items[0]!.showWhen = { itemId: "q2", anyOf: ["not_at_all"] }), /"q1" depends on "q2", which is not an earlier item/],
    ["a condition on an answer that does not exist", (d: InstrumentDefinition) => (d.sections[0]!.items[1]!.showWhen = { itemId: "q1", anyOf: ["sometimes"] }), /depends on answers "sometimes"/],
    ["a flag on a missing item", (d: InstrumentDefinition) => (d.flags[0]!.when = { itemId: "q10", above: 0 }), /flags\.0\.when\.itemId: Flag "self_harm" names "q10"/],
  ])("refuses %s, naming where", (_label, change, message) => {
    expect(broken(change).join("\n")).toMatch(message);
  });

  it("never lets a judgement be summed", () => {
    const problems = broken((d) => {
      d.sections[0]!.items.push({ id: "grievance", label: "Grievance and injustice", type: "judgement", isRequired: true });
      d.scores[0]!.itemIds.push("grievance");
    });
    expect(problems.join("\n")).toMatch(/judgements are never summed/);
  });

  it("checks each answer against its item", () => {
    expect(checkAnswers(phq9, { q1: "sometimes", q2: 3, q42: "not_at_all" }, { isSubmitting: false })).toEqual([
      { itemId: "q1", message: "Choose one of the options." },
      { itemId: "q2", message: "Choose one of the options." },
      { itemId: "q42", message: "This is not a question of this instrument." },
    ]);
    expect(checkAnswers(dast10, { q1: "yes" }, { isSubmitting: false })).toEqual([{ itemId: "q1", message: "Answer yes or no." }]);
  });
});
