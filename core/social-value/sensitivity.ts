/**
 * Sensitivity: how a result's net present value moves when one assumption is varied on every line
 * at once, the others held, as data for a chart. Worked from the stored result alone. Pure.
 *
 * A change is relative to each line's own assumption: +0.5 takes a deadweight of 30% to 45% and a
 * drop-off of 0% stays 0%. A varied share is held within 0 to 1 (a 70% deadweight raised by half is
 * 100%, not 105%), which the point records as `isCapped`.
 */
import { z } from "zod";
import type { CalculationLine, CalculationResult } from "./calculation.js";
import { penceSchema } from "./price-years.js";
import { summarise } from "./summarise.js";

export const sensitivityParameters = ["deadweight", "attribution", "dropOff"] as const;
export type SensitivityParameter = (typeof sensitivityParameters)[number];

/** −50% to +50% in steps of 25%. */
export const defaultSensitivitySteps: readonly number[] = Object.freeze([-0.5, -0.25, 0, 0.25, 0.5]);

export const sensitivityOptionsSchema = z.strictObject({
  parameters: z.array(z.enum(sensitivityParameters)).min(1).max(sensitivityParameters.length).default([...sensitivityParameters]),
  /** Relative changes: −0.5 is half of each assumption, 0 the assumption as made. */
  steps: z.array(z.number().min(-1).max(2)).min(1).max(21).default([...defaultSensitivitySteps]),
});
export type SensitivityOptions = z.input<typeof sensitivityOptionsSchema>;

export const sensitivitySeriesSchema = z.strictObject({
  parameter: z.enum(sensitivityParameters),
  points: z.array(
    z.strictObject({
      change: z.number(),
      netPresentValuePence: penceSchema,
      fiscalNetPresentValuePence: penceSchema,
      /** Pence per £1 of cost; null when the work cost nothing. */
      returnPerPoundPence: z.number().int().min(0).nullable(),
      /** Some line's share would have left 0 to 1 and was held at the edge. */
      isCapped: z.boolean(),
    }),
  ),
});
export type SensitivitySeries = z.infer<typeof sensitivitySeriesSchema>;

function varied(line: CalculationLine, parameter: SensitivityParameter, change: number): { line: CalculationLine; isCapped: boolean } {
  const wanted = line.parameters[parameter] * (1 + change);
  const share = Math.min(1, Math.max(0, wanted));
  return { line: { ...line, parameters: { ...line.parameters, [parameter]: share } }, isCapped: share !== wanted };
}

/** One series per parameter, one point per step, in the order asked for. */
export function sensitivityOf(result: CalculationResult, options: SensitivityOptions = {}): SensitivitySeries[] {
  const { parameters, steps } = sensitivityOptionsSchema.parse(options);
  const cost = result.deliveryCost.upratedPence;
  return parameters.map((parameter) => ({
    parameter,
    points: steps.map((change) => {
      const lines = result.lines.map((line) => varied(line, parameter, change));
      const totals = summarise(
        lines.map((each) => each.line),
        cost,
      );
      return {
        change,
        netPresentValuePence: totals.total.netPresentValuePence,
        fiscalNetPresentValuePence: totals.byKind.fiscal.netPresentValuePence,
        returnPerPoundPence: totals.returnPerPound.publicValuePence,
        isCapped: lines.some((each) => each.isCapped),
      };
    }),
  }));
}
