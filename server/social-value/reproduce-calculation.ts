/**
 * Checks that a stored calculation still comes out the same, two ways: from its own figures (each
 * line worked again from the parameters it holds, and the totals from the lines: core
 * `reproduceResult`), and from what went in (the outcome counts, the catalogue and mapping versions,
 * settings, deflators and cost it kept, given to the core again). Neither reads the catalogue as it
 * is now, so a later edit of an entry or a mapping cannot change the answer.
 */
import type { Reproduction } from "../../core/api/social-value.js";
import { calculateSocialValue, differencesBetween, reproduceResult } from "../../core/social-value/index.js";
import type { CalculationRow } from "./calculation-queries.js";

export function reproductionOf(row: Pick<CalculationRow, "input" | "result">): Reproduction {
  const fromFigures = reproduceResult(row.result).map((difference) => ({ ...difference, path: `result.${difference.path}` }));
  const again = calculateSocialValue(row.input);
  const fromInput = again.ok ? differencesBetween(row.result, again.result, "recalculated") : [{ path: "input", stored: "a result", recalculated: again.problems.map((problem) => problem.message) }];
  const differences = [...fromFigures, ...fromInput];
  return { isReproduced: differences.length === 0, differences };
}
