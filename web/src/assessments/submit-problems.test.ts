import { describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import { localProblems, problemsByTarget, serverProblems } from "./submit-problems.js";

const choice = (id: string, extra = {}) => ({
  id,
  label: id,
  type: "choice" as const,
  isRequired: true,
  options: [
    { value: "no", label: "No", score: 0 },
    { value: "yes", label: "Yes", score: 1 },
  ],
  ...extra,
});

const definition: InstrumentDefinition = {
  key: "example",
  version: 1,
  title: "Example",
  kind: "vulnerability",
  sections: [
    { id: "one", title: "One", items: [choice("q1"), choice("q2", { showWhen: { itemId: "q1", anyOf: ["yes"] } })] },
    { id: "two", title: "Two", items: [choice("q3")] },
  ],
  scores: [],
  flags: [],
};

describe("assessments.submit-problems", () => {
  it("names each required item that is shown and unanswered, in page order", () => {
    const problems = localProblems(definition, { q1: "yes" }, null);
    expect(problems.map((problem) => problem.target)).toEqual([
      { kind: "item", itemId: "q2" },
      { kind: "item", itemId: "q3" },
    ]);
    expect(problems.every((problem) => problem.key === "assessments.form.problems.unanswered")).toBe(true);
  });

  it("does not ask for an item an earlier answer has hidden", () => {
    expect(localProblems(definition, { q1: "no", q3: "no" }, null)).toEqual([]);
  });

  it("asks for a tier and a rationale of at least 20 characters after the questions", () => {
    const problems = localProblems(definition, { q1: "no" }, { tier: null, rationale: "too short" });
    expect(problems.map((problem) => problem.target.kind)).toEqual(["item", "tier", "rationale"]);
    expect(localProblems(definition, { q1: "no", q3: "yes" }, { tier: "intensive", rationale: "High need in two areas; family agrees." })).toEqual([]);
    expect(localProblems(definition, { q1: "no", q3: "yes" }, { tier: "intensive", rationale: "                       x" })).toHaveLength(1);
  });

  it("reads the server's refusal, with or without the body prefix, in page order and once per target", () => {
    const problems = serverProblems(
      definition,
      [
        { path: "tierDecision", message: "Choose a tier and explain it." },
        { path: "body.answers.q3", message: "Answer this question." },
        { path: "answers.q1", message: "Choose one of the options." },
        { path: "answers.q1", message: "Answer this question." },
      ],
      { tier: "low_level", rationale: "" },
    );
    expect(problems).toEqual([
      { target: { kind: "item", itemId: "q1" }, key: "assessments.form.problems.invalid", message: "Choose one of the options." },
      { target: { kind: "item", itemId: "q3" }, key: "assessments.form.problems.unanswered" },
      { target: { kind: "rationale" }, key: "assessments.form.problems.rationale" },
    ]);
    expect([...problemsByTarget(problems).keys()]).toEqual(["item:q1", "item:q3", "rationale"]);
  });
});
