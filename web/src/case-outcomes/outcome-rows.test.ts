import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { outcomeRowErrors } from "./outcome-rows.js";

const t = ((key: string) => key) as unknown as TFunction;

describe("case-outcomes.outcome-rows", () => {
  it("marks an outcome chosen twice on its second row, and a date after today", () => {
    const rows = [
      { code: "secured_housing", achievedOn: "2026-01-10" },
      { code: "reduced_use", achievedOn: "2026-03-02" },
      { code: "secured_housing", achievedOn: "2026-01-11" },
    ];
    expect(outcomeRowErrors(rows, "2026-03-01", t)).toEqual({
      "outcomes.1.achievedOn": "caseOutcomes.errors.future",
      "outcomes.2.code": "caseOutcomes.errors.repeated",
    });
  });

  it("leaves rows not yet filled in to the form's own checks", () => {
    expect(outcomeRowErrors([{ code: "", achievedOn: "" }, { code: "", achievedOn: "" }], "2026-03-01", t)).toEqual({});
  });
});
