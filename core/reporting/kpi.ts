/**
 * Key performance indicators of a contract: how one is measured, the quarters its targets are set
 * for, and its red / amber / green progress, for staff from the true figures and for a
 * commissioner from the figures as published. Pure: no database, clock or network.
 *
 * A KPI measures one catalogue metric over a quarter at the contract's sites:
 * - `count`: the metric's total (referrals received, programme completions);
 * - `share`: the percentage of the metric's total that matches the KPI's filter (people engaged
 *   from minority ethnic communities);
 * - `median_days` and `p90_days`: the median or 90th percentile of a duration metric's waits.
 */
import { z } from "zod";
import { discloseCount, disclosedRate, shownRange, type DisclosedCount, type DisclosureRules } from "../disclosure/index.js";
import type { MetricKind, MonthRange } from "./catalogue.js";

export const kpiMeasures = ["count", "share", "median_days", "p90_days"] as const;
export type KpiMeasure = (typeof kpiMeasures)[number];

/** `at_least` for what should be high (referrals, completions), `at_most` for what should be low (waits). */
export const kpiDirections = ["at_least", "at_most"] as const;
export type KpiDirection = (typeof kpiDirections)[number];

/** Counts and shares are of count metrics; medians and 90th percentiles are of duration metrics. */
export const measuresOf: Readonly<Record<MetricKind, readonly KpiMeasure[]>> = {
  count: ["count", "share"],
  duration: ["median_days", "p90_days"],
};

export const measureFitsMetric = (measure: KpiMeasure, kind: MetricKind): boolean => measuresOf[kind].includes(measure);

/** The largest target a count may have; anything larger is a typing slip. */
export const largestCountTarget = 1_000_000;
/** Ten years: a wait target longer than this is a typing slip. */
export const longestDaysTarget = 3650;

/** Why `target` cannot be a target of `measure` (English, for the API's field errors), or null when it can. */
export function targetProblem(measure: KpiMeasure, target: number): string | null {
  if (!Number.isFinite(target) || target < 0) return "A target is a number of at least 0.";
  if (measure === "count") {
    if (!Number.isInteger(target)) return "A count target is a whole number.";
    return target > largestCountTarget ? `A count target is at most ${largestCountTarget}.` : null;
  }
  if (measure === "share") return target > 100 ? "A share target is a percentage, at most 100." : null;
  return target > longestDaysTarget ? `A waiting-time target is at most ${longestDaysTarget} days.` : null;
}

// ---- Quarters ---------------------------------------------------------------------------------

/**
 * A quarter is keyed `YYYY-Qn` and is a calendar quarter: Q1 is January to March. Targets are set
 * and figures returned per calendar quarter (a funder whose year starts in April still has its
 * quarters end in June, September, December and March, which calendar quarters do).
 */
export const quarterKeySchema = z.string().regex(/^\d{4}-Q[1-4]$/, { message: "A quarter is written YYYY-Qn, such as 2026-Q1." });
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

export const isQuarterKey = (value: string): value is QuarterKey => quarterKeySchema.safeParse(value).success;

function yearAndIndex(quarter: string): { year: number; index: number } {
  if (!isQuarterKey(quarter)) throw new RangeError(`Not a quarter: ${quarter}`);
  return { year: Number(quarter.slice(0, 4)), index: Number(quarter.slice(6)) };
}

/** The quarter a month (`YYYY-MM`) or a day (`YYYY-MM-DD`) falls in. */
export function quarterOf(monthOrDay: string): QuarterKey {
  const match = /^(\d{4})-(0[1-9]|1[0-2])(-\d{2})?$/.exec(monthOrDay);
  if (!match) throw new RangeError(`Not a month or a day: ${monthOrDay}`);
  return `${match[1]}-Q${Math.ceil(Number(match[2]) / 3)}` as QuarterKey;
}

/** The quarter's three months (`YYYY-MM`), in order. */
export function monthsOfQuarter(quarter: string): [string, string, string] {
  const { year, index } = yearAndIndex(quarter);
  const month = (offset: number) => `${String(year).padStart(4, "0")}-${String((index - 1) * 3 + 1 + offset).padStart(2, "0")}`;
  return [month(0), month(1), month(2)];
}

/** The quarter as a range of whole months, as metrics are asked for. */
export function quarterMonths(quarter: string): MonthRange {
  const [from, , to] = monthsOfQuarter(quarter);
  return { from, to };
}

export function nextQuarter(quarter: string): QuarterKey {
  const { year, index } = yearAndIndex(quarter);
  return (index === 4 ? `${String(year + 1).padStart(4, "0")}-Q1` : `${quarter.slice(0, 4)}-Q${index + 1}`) as QuarterKey;
}

/**
 * Every quarter with at least one day in the period from `startsOn` to `endsOn` (days, both
 * included), in order: a contract from 15 February to 30 June 2026 has 2026-Q1 and 2026-Q2.
 */
export function quartersOfPeriod(startsOn: string, endsOn: string): QuarterKey[] {
  if (startsOn > endsOn) return [];
  const last = quarterOf(endsOn);
  const quarters: QuarterKey[] = [quarterOf(startsOn)];
  while (quarters[quarters.length - 1] !== last) quarters.push(nextQuarter(quarters[quarters.length - 1]!));
  return quarters;
}

/**
 * The months of `quarter` that a period (a contract's) touches, or null when it touches none: a
 * contract that began on 15 February counts February and March in its first quarter. A month is
 * the finest period that leaves for a funder, so a month the period touches is counted whole.
 */
export function periodMonthsOfQuarter(period: { readonly startsOn: string; readonly endsOn: string }, quarter: string): MonthRange | null {
  const months = monthsOfQuarter(quarter).filter((month) => month >= period.startsOn.slice(0, 7) && month <= period.endsOn.slice(0, 7));
  return months.length === 0 ? null : { from: months[0]!, to: months[months.length - 1]! };
}

// ---- Progress ---------------------------------------------------------------------------------

export type RagStatus = "green" | "amber" | "red";
/** `no_target`: none set for the quarter; `no_data`: nothing to measure (no waits, a share of nobody). */
export type KpiStatus = RagStatus | "no_target" | "no_data";

/**
 * The rule. `at_least` a target T: green at or above T; amber below T but within 10% of it (at
 * least 0.9 × T); red below that. `at_most` mirrors it: green at or below T; amber above T but
 * within 10% (at most 1.1 × T); red above that. Worked in tenths so that 45 against 50 is amber
 * exactly, with no floating-point doubt at the edge.
 */
export function ragStatus(value: number, target: number, direction: KpiDirection): RagStatus {
  if (direction === "at_least") return value >= target ? "green" : value * 10 >= target * 9 ? "amber" : "red";
  return value <= target ? "green" : value * 10 <= target * 11 ? "amber" : "red";
}

/** What was measured for a KPI over a quarter, in the shape its measure needs. */
export type KpiMeasurement =
  | { readonly measure: "count"; readonly count: number }
  /** `part`: the metric's total with the KPI's filter; `whole`: without it. */
  | { readonly measure: "share"; readonly part: number; readonly whole: number }
  /** `waits`: how many waits were measured; `days`: their median or 90th percentile (null with none). */
  | { readonly measure: "median_days" | "p90_days"; readonly waits: number; readonly days: number | null };

export interface KpiProgress {
  /** A count, a percentage (0–100) or days; null when there was nothing to measure. */
  readonly value: number | null;
  readonly target: number | null;
  readonly status: KpiStatus;
}

/** The true value a measurement gives: a count, a percentage, or days. */
export function measuredValue(measurement: KpiMeasurement): number | null {
  switch (measurement.measure) {
    case "count":
      return measurement.count;
    case "share":
      return measurement.whole === 0 ? null : (100 * measurement.part) / measurement.whole;
    default:
      return measurement.waits === 0 ? null : measurement.days;
  }
}

function statusOf(value: number | null, target: number | null, direction: KpiDirection): KpiStatus {
  if (value === null) return "no_data";
  return target === null ? "no_target" : ragStatus(value, target, direction);
}

/** Progress from the true figures, for staff who run the contract. */
export function kpiProgress(direction: KpiDirection, measurement: KpiMeasurement, target: number | null): KpiProgress {
  const value = measuredValue(measurement);
  return { value, target, status: statusOf(value, target, direction) };
}

/** A value as a commissioner sees it: published, suppressed, or nothing to show. */
export type DisclosedKpiValue = { readonly kind: "value"; readonly value: number } | { readonly kind: "suppressed" } | { readonly kind: "none" };

export interface CommissionerKpiProgress {
  readonly shown: DisclosedKpiValue;
  readonly target: number | null;
  /** `not_shown`: the band would tell the commissioner more than the suppressed figure does. */
  readonly status: KpiStatus | "not_shown";
}

/** Below this rounded denominator a percentage is shown whole; from it, to one decimal place (§5). */
export const oneDecimalDenominator = 4000;

/**
 * Progress as a commissioner may see it. The rule for what is shown:
 *
 * - A count goes through the disclosure engine (`discloseCount`): zero exactly, 1 to threshold - 1
 *   suppressed, larger counts rounded.
 * - A share is worked out from the published counts only (`disclosedRate`, §5: "rates use the
 *   rounded figures"), as a whole percentage, or to one decimal place once the published whole is
 *   at least 4,000 (§5: "a 1-d.p. % needs a denominator ≥ 4,000"). Suppressed when either count is.
 * - A median or 90th percentile is shown only when the number of waits would itself be published
 *   (at least the threshold; §5: "means from 1–7 values shown as *").
 *
 * The band. When a figure is shown, the band is the band of the figure shown (a rounded 45 against
 * 50 is amber though the true 44 is red): the commissioner could work it out from the figure, so
 * it tells them nothing more. When a figure is suppressed, the band is computed from the true
 * value, but it is shown only when every value the suppressed figure could stand for falls in the
 * same band — that is, when the band adds nothing to "suppressed". Otherwise it is `not_shown`.
 *
 * Why not always show it: the band is a range of the true value, and with a target near the
 * suppressed range it can pin a hidden count down. With a threshold of 8 and a target of 5,
 * counts of 1 to 4 are red and 5 to 7 green: "red" would say the count is 1 to 4 and "green" 5 to
 * 7, each narrower than the range the rules protect. With a target of 50 every suppressed count is
 * red, and saying so reveals nothing, so it is shown. For a median of a
 * few waits any band would describe those few people's waits, so it is shown only when it holds
 * for every possible wait (a target of 0 days at most, say, where nothing is green anyway).
 */
export function commissionerKpiProgress(direction: KpiDirection, measurement: KpiMeasurement, target: number | null, rules: DisclosureRules): CommissionerKpiProgress {
  const published = publishedMeasurement(measurement, rules);
  if (published.kind === "none") return { shown: published, target, status: "no_data" };
  if (target === null) return { shown: published.kind === "value" ? published : { kind: "suppressed" }, target, status: "no_target" };
  if (published.kind === "value") return { shown: published, target, status: ragStatus(published.value, target, direction) };
  const [low, high] = published.possible;
  const band = ragStatus(low, target, direction);
  // The band is monotone in the value, so it holds over the whole range when it holds at both ends.
  return { shown: { kind: "suppressed" }, target, status: band === ragStatus(high, target, direction) ? band : "not_shown" };
}

type Published = { kind: "value"; value: number } | { kind: "none" } | { kind: "suppressed"; possible: readonly [number, number] };

/** A single published count: the reader knows a suppressed one is from 1 to threshold - 1. */
function possibleCounts(shown: DisclosedCount, rules: DisclosureRules): readonly [number, number] {
  if (shown.kind === "suppressed") return [1, rules.threshold - 1];
  const range = shownRange(shown, rules);
  return [range.low, range.high];
}

function publishedMeasurement(measurement: KpiMeasurement, rules: DisclosureRules): Published {
  switch (measurement.measure) {
    case "count": {
      const shown = discloseCount(measurement.count, rules);
      return shown.kind === "suppressed" ? { kind: "suppressed", possible: possibleCounts(shown, rules) } : { kind: "value", value: shown.value };
    }
    case "share": {
      if (measurement.whole === 0) return { kind: "none" };
      const part = discloseCount(measurement.part, rules);
      const whole = discloseCount(measurement.whole, rules);
      const rate = disclosedRate(part, whole);
      if (rate !== null && whole.kind === "rounded") return { kind: "value", value: roundPercent(100 * rate, whole.value) };
      const [partLow, partHigh] = possibleCounts(part, rules);
      const [wholeLow, wholeHigh] = possibleCounts(whole, rules);
      // The part is never more than the whole, so the share is at most 100%.
      return { kind: "suppressed", possible: [(100 * partLow) / wholeHigh, Math.min(100, (100 * partHigh) / wholeLow)] };
    }
    default: {
      if (measurement.waits === 0 || measurement.days === null) return { kind: "none" };
      const waits = discloseCount(measurement.waits, rules);
      if (waits.kind === "rounded") return { kind: "value", value: Math.round(measurement.days * 10) / 10 };
      return { kind: "suppressed", possible: [0, Number.POSITIVE_INFINITY] };
    }
  }
}

const roundPercent = (percent: number, publishedWhole: number): number =>
  publishedWhole >= oneDecimalDenominator ? Math.round(percent * 10) / 10 : Math.round(percent);
