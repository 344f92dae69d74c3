import { describe, expect, it } from "vitest";
import { cellValues, ethnicGroups } from "./dimension-values.js";

describe("reporting.metrics cellValues", () => {
  it("keeps every known value in order, zeros included, then values met in the data alphabetically", () => {
    expect(cellValues(["low_level", "intensive"], undefined, [])).toEqual(["low_level", "intensive"]);
    expect(cellValues(["low_level", "intensive"], undefined, ["none", "intensive", "retired_code"])).toEqual(["low_level", "intensive", "none", "retired_code"]);
  });

  it("shows only the filter's values when the filter restricts the dimension, known ones first", () => {
    expect(cellValues(["a", "b", "c"], ["c", "z", "a"], ["a", "c"])).toEqual(["a", "c", "z"]);
  });

  it("groups ethnicities into the ONS 2021 groups in the census order", () => {
    expect(ethnicGroups).toEqual(["asian", "black", "mixed", "white", "other", "not_stated"]);
  });
});
