/**
 * The social-value report as a commissioner may read it (issue 10): every outcome count it shows
 * has passed the disclosure engine, and every pound is worked out from the counts as shown, so
 * that no figure says more about a count than the count itself. Pure.
 *
 * A pound figure is an exact function of a count (count × quantity × value × the assumptions, all
 * of which the report shows), so a figure worked from a true count would give the count away to
 * anyone who divides; a sum of such figures gives it away by subtraction. Hence:
 * - an outcome whose count is shown (rounded) is valued at the count as shown;
 * - an outcome whose count is hidden (below the threshold, or hidden so that an earlier release
 *   cannot be differenced with it) is valued as if it had been achieved once, the least a hidden
 *   count can be, and its lines are shown only together, as one line for every hidden outcome.
 *   That value depends only on which outcomes are hidden, which the counts already show, and it
 *   can only understate what the work achieved, never overstate it.
 * The published figures are a calculation result of their own (over the counts as shown), so they
 * reproduce, drill down and vary (sensitivity) like any other.
 */
import { z } from "zod";
import { discloseCount, type DisclosedCount, type DisclosureRules } from "../disclosure/index.js";
import { calculationResultSchema, valueSummarySchema, type CalculationLine, type CalculationResult } from "./calculation.js";
import { outcomeCodeSchema } from "./mappings.js";
import { inputsOf, summarise } from "./summarise.js";
import { valueLine } from "./value-line.js";

/** The count a hidden outcome is valued at: the least it can be (a zero is shown as zero, never hidden). */
export const hiddenOutcomeValuedAt = 1;

export const shownCountSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("zero"), value: z.literal(0) }),
  z.strictObject({ kind: z.literal("suppressed"), value: z.null() }),
  z.strictObject({ kind: z.literal("rounded"), value: z.number().int().min(1) }),
]);

export const publishedOutcomeSchema = z.strictObject({
  outcomeCode: outcomeCodeSchema,
  shown: shownCountSchema,
  /** Whether a mapping values it (an outcome without one is counted, not valued). */
  isValued: z.boolean(),
});
export type PublishedOutcome = z.infer<typeof publishedOutcomeSchema>;

export const publishedSocialValueSchema = z.strictObject({
  /** The calculation over the counts as shown: hidden outcomes' lines at one each. */
  result: calculationResultSchema,
  /** Every outcome counted in the period, in the result's order, with its count as shown. */
  outcomes: z.array(publishedOutcomeSchema),
  /** The outcomes valued at one each and shown only together, and what they add up to; null when none is hidden. */
  hidden: z.strictObject({ outcomeCodes: z.array(outcomeCodeSchema).min(1), valuedAtCount: z.literal(hiddenOutcomeValuedAt), summary: valueSummarySchema }).nullable(),
  rules: z.strictObject({ threshold: z.number().int(), roundingBase: z.number().int() }),
});
export type PublishedSocialValue = z.infer<typeof publishedSocialValueSchema>;

export interface PublishOptions {
  readonly rules: DisclosureRules;
  /** Outcomes to hide whatever their count: those an earlier release would let a reader work out. */
  readonly hide?: readonly string[];
}

/** Every outcome a result counted (valued or not) with its true count, in the result's order. */
export function countedOutcomes(result: Pick<CalculationResult, "lines" | "unvaluedOutcomes">): { outcomeCode: string; count: number; isValued: boolean }[] {
  const counted = new Map<string, { outcomeCode: string; count: number; isValued: boolean }>();
  for (const line of result.lines) counted.set(line.outcomeCode, { outcomeCode: line.outcomeCode, count: line.outcomeCount, isValued: true });
  for (const unvalued of result.unvaluedOutcomes) counted.set(unvalued.outcomeCode, { ...unvalued, isValued: false });
  return [...counted.values()];
}

function shownOf(count: number, rules: DisclosureRules, isHiddenAnyway: boolean): DisclosedCount {
  if (isHiddenAnyway && count > 0) return { kind: "suppressed", value: null };
  return discloseCount(count, rules);
}

/** A line valued again at another count, every parameter kept. */
function atCount(line: CalculationLine, count: number): CalculationLine {
  const recounted = { ...line, outcomeCount: count };
  return { ...recounted, stages: { ...valueLine(inputsOf(recounted)).stages } };
}

export function publishSocialValue(result: CalculationResult, options: PublishOptions): PublishedSocialValue {
  const hide = new Set(options.hide ?? []);
  const outcomes = countedOutcomes(result).map(({ outcomeCode, count, isValued }) => ({ outcomeCode, isValued, shown: shownOf(count, options.rules, hide.has(outcomeCode)) }));
  const shownCount = new Map(outcomes.map((outcome) => [outcome.outcomeCode, outcome.shown]));
  const countAsPublished = (outcomeCode: string): number => {
    const shown = shownCount.get(outcomeCode);
    return shown?.kind === "suppressed" ? hiddenOutcomeValuedAt : (shown?.value ?? 0);
  };

  const lines = result.lines.map((line) => atCount(line, countAsPublished(line.outcomeCode)));
  const hiddenCodes = outcomes.filter((outcome) => outcome.isValued && outcome.shown.kind === "suppressed").map((outcome) => outcome.outcomeCode);
  const hiddenLines = lines.filter((line) => hiddenCodes.includes(line.outcomeCode));
  const unvaluedOutcomes = result.unvaluedOutcomes.flatMap((unvalued) => {
    const shown = shownCount.get(unvalued.outcomeCode);
    return shown?.kind === "rounded" ? [{ outcomeCode: unvalued.outcomeCode, count: shown.value }] : [];
  });

  return {
    result: {
      ...result,
      lines,
      unvaluedOutcomes,
      ...summarise(lines, result.deliveryCost.upratedPence),
    },
    outcomes,
    hidden: hiddenCodes.length === 0 ? null : { outcomeCodes: hiddenCodes, valuedAtCount: hiddenOutcomeValuedAt, summary: summarise(hiddenLines, 0).total },
    rules: { threshold: options.rules.threshold, roundingBase: options.rules.roundingBase },
  };
}
