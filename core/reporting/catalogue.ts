/**
 * The reporting catalogue: the named metrics the organisation counts, the dimensions it may break
 * them down by, and the shapes a computed metric comes back in. Pure data shared by the server
 * (which computes each metric in SQL), the staff dashboards, the quarterly returns and the
 * commissioner's pages.
 *
 * A metric is counted over whole months (issue 9: no dates finer than the month leave for a
 * commissioner), at a set of sites. What it counts is in its description; which event's date puts
 * it in a month is in `datedBy`.
 *
 * A breakdown has a cell for every known value of its dimensions, zeros included (the months of
 * the period, the scope's sites, the organisation's programmes and referral sources, the core's
 * vocabularies), then a cell for any other value met in the data: a code no longer in a
 * vocabulary, or `none` for a unit without a value (a case opened without a referral has no
 * referral source or domain; a case in assessment has no tier yet; people whose sessions are not
 * part of a programme). server/reporting/metrics computes them.
 */
import { z } from "zod";

export const reportingDimensions = [
  /** Calendar month (`YYYY-MM`, London time) of the event that dates the metric. */
  "month",
  "site",
  "programme",
  /** The referral source's code (family, mosque, school, GP, police, Channel, self…). */
  "referral_source",
  /** Vulnerability domains of the referral: one referral may count under several. */
  "vulnerability_domain",
  "support_tier",
  /** Age band when the case opened (`unknown` without a case or a date of birth). */
  "age_band",
  "sex",
  /** ONS 2021 ethnic category. */
  "ethnicity",
  /** ONS 2021 ethnic group (asian, black, mixed, white, other, not_stated). */
  "ethnic_group",
  /** Black and minority ethnic (`minority_ethnic`), White British (`white_british`) or `not_stated`. */
  "minority_ethnic",
  /** Outcome code: a case outcome's code, or a closure's outcome for closed cases. */
  "outcome",
  /** A panel decision's kind. */
  "panel_decision",
] as const;
export type ReportingDimension = (typeof reportingDimensions)[number];
export const reportingDimensionSchema = z.enum(reportingDimensions);

/** `count`: how many (referrals, people, sessions…); `duration`: days from one event to another, as median and 90th percentile. */
export type MetricKind = "count" | "duration";

export interface MetricDefinition {
  readonly code: string;
  readonly kind: MetricKind;
  /** What one unit is: counted people are distinct clients within a cell. */
  readonly unit: "referrals" | "people" | "cases" | "enrolments" | "escalations" | "decisions" | "external_referrals" | "outcomes" | "sessions" | "contacts" | "attendees" | "days";
  /** The dimensions it can be broken down by. */
  readonly dimensions: readonly ReportingDimension[];
  /**
   * Whether the cells of any breakdown add up to the total (each unit falls in exactly one cell).
   * Not for multi-valued dimensions (a referral with two domains counts in both), nor for people
   * counted across months (someone seen in January and February is one person in the quarter).
   */
  readonly isAdditive: (dimension: ReportingDimension) => boolean;
  /** Which event's date places a unit in the period. */
  readonly datedBy: string;
  /** Whether the metric is about people supported (and so can reveal them) rather than outreach activity. */
  readonly isAboutPeople: boolean;
}

const demographic: readonly ReportingDimension[] = ["age_band", "sex", "ethnicity", "ethnic_group", "minority_ethnic"];
const everyOneOnce = (dimension: ReportingDimension) => dimension !== "vulnerability_domain";
/**
 * People fall in exactly one cell only of what describes the person (sex, ethnicity): one person
 * may be seen in two months, at two sites, on two programmes, or have two cases with different
 * tiers or opening ages.
 */
const peopleOnce = (dimension: ReportingDimension) => dimension === "sex" || dimension === "ethnicity" || dimension === "ethnic_group" || dimension === "minority_ethnic";

const define = <const Code extends string>(code: Code, definition: Omit<MetricDefinition, "code">) => ({ code, ...definition }) satisfies MetricDefinition;

export const metricCatalogue = [
  define("referrals_received", {
    kind: "count",
    unit: "referrals",
    dimensions: ["month", "site", "referral_source", "vulnerability_domain", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the referral's receipt",
    isAboutPeople: true,
  }),
  define("referrals_triaged", {
    kind: "count",
    unit: "referrals",
    dimensions: ["month", "site", "referral_source", "vulnerability_domain", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the triage decision",
    isAboutPeople: true,
  }),
  define("referrals_triaged_within_target", {
    kind: "count",
    unit: "referrals",
    dimensions: ["month", "site", "referral_source", "vulnerability_domain", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the triage decision, made by the referral's triage due time",
    isAboutPeople: true,
  }),
  define("wait_to_first_contact", {
    kind: "duration",
    unit: "days",
    dimensions: ["month", "site", "referral_source", "support_tier", ...demographic],
    isAdditive: () => false,
    datedBy: "the first attended support session of the case opened from the referral (days from receipt)",
    isAboutPeople: true,
  }),
  define("wait_to_assessment", {
    kind: "duration",
    unit: "days",
    dimensions: ["month", "site", "referral_source", "support_tier", ...demographic],
    isAdditive: () => false,
    datedBy: "the first completed assessment of the case opened from the referral (days from receipt)",
    isAboutPeople: true,
  }),
  define("people_engaged", {
    kind: "count",
    unit: "people",
    dimensions: ["month", "site", "programme", "support_tier", ...demographic],
    isAdditive: peopleOnce,
    datedBy: "an attended support session or programme session",
    isAboutPeople: true,
  }),
  define("cases_supported", {
    kind: "count",
    unit: "cases",
    dimensions: ["site", "support_tier", "vulnerability_domain", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "being open on any day of the period",
    isAboutPeople: true,
  }),
  define("cases_opened", {
    kind: "count",
    unit: "cases",
    dimensions: ["month", "site", "referral_source", "support_tier", "vulnerability_domain", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the case's opening",
    isAboutPeople: true,
  }),
  define("cases_closed", {
    kind: "count",
    unit: "cases",
    dimensions: ["month", "site", "support_tier", "outcome", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the case's closure (outcome: the closure's outcome)",
    isAboutPeople: true,
  }),
  define("programme_enrolments", {
    kind: "count",
    unit: "enrolments",
    dimensions: ["month", "site", "programme", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the enrolment's start",
    isAboutPeople: true,
  }),
  define("programme_completions", {
    kind: "count",
    unit: "enrolments",
    dimensions: ["month", "site", "programme", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the programme's completion",
    isAboutPeople: true,
  }),
  define("panel_escalations", {
    kind: "count",
    unit: "escalations",
    dimensions: ["month", "site", "vulnerability_domain", ...demographic],
    isAdditive: everyOneOnce,
    datedBy: "the escalation's raising",
    isAboutPeople: true,
  }),
  define("panel_decisions", {
    kind: "count",
    unit: "decisions",
    dimensions: ["month", "site", "panel_decision"],
    isAdditive: () => true,
    datedBy: "the decision's recording",
    isAboutPeople: true,
  }),
  define("external_referrals", {
    kind: "count",
    unit: "external_referrals",
    dimensions: ["month", "site"],
    isAdditive: () => true,
    datedBy: "the referral to the outside agency",
    isAboutPeople: true,
  }),
  define("outcomes_achieved", {
    kind: "count",
    unit: "outcomes",
    dimensions: ["month", "site", "outcome", "support_tier", ...demographic],
    isAdditive: () => true,
    datedBy: "the day the outcome was achieved",
    isAboutPeople: true,
  }),
  define("outreach_sessions", {
    kind: "count",
    unit: "sessions",
    dimensions: ["month", "site"],
    isAdditive: () => true,
    datedBy: "the outreach session's start",
    isAboutPeople: false,
  }),
  define("outreach_people_reached", {
    kind: "count",
    unit: "contacts",
    dimensions: ["month", "site"],
    isAdditive: () => true,
    datedBy: "the outreach session's start (its headcount)",
    isAboutPeople: false,
  }),
  define("people_trained", {
    kind: "count",
    unit: "attendees",
    dimensions: ["month", "site"],
    isAdditive: () => true,
    datedBy: "the training's delivery",
    isAboutPeople: false,
  }),
] as const;

export type MetricCode = (typeof metricCatalogue)[number]["code"];
export const metricCodes = metricCatalogue.map((metric) => metric.code) as [MetricCode, ...MetricCode[]];
export const metricCodeSchema = z.enum(metricCodes);

export function metricDefinition(code: MetricCode): MetricDefinition {
  return metricCatalogue.find((metric) => metric.code === code)!;
}

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "A month is written YYYY-MM." });

/** Whole months, both ends included. */
export const monthRangeSchema = z
  .strictObject({ from: yearMonth, to: yearMonth })
  .refine((months) => months.from <= months.to, { message: "The period cannot end before it begins.", path: ["to"] });
export type MonthRange = z.infer<typeof monthRangeSchema>;

/** Each month (`YYYY-MM`) of the range, in order: the values of the `month` dimension. */
export function monthsIn(range: MonthRange): string[] {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let at = index(range.from); at <= index(range.to); at += 1) months.push(`${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, "0")}`);
  return months;
}

/**
 * One metric to compute: over `months` at `siteIds`, broken down by up to two dimensions (none:
 * just the total), restricted to the `filter`'s values (e.g. `{ programme: "five_phase_recovery" }`).
 */
export interface MetricQuery {
  readonly metric: MetricCode;
  readonly by: readonly ReportingDimension[];
  readonly filter?: Partial<Record<ReportingDimension, readonly string[]>>;
}

/** The scope every query of a report shares. */
export interface MetricScope {
  readonly organisationId: string;
  readonly siteIds: readonly string[];
  readonly months: MonthRange;
  /**
   * Leave out restricted records (Channel and radicalisation referrals, cases marked restricted,
   * and everything recorded on those cases): a team manager's dashboard, whose reader is not named
   * on them. Absent for what passes the disclosure engine, which protects small counts itself.
   */
  readonly leavesOutRestricted?: boolean;
}

/** A count metric's cell: the dimension values in `by`'s order, and the count. */
export interface CountCell {
  readonly at: readonly string[];
  readonly count: number;
}

/** A duration metric's cell: how many waits, and their median and 90th percentile in days (null when none). */
export interface DurationCell {
  readonly at: readonly string[];
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

export type MetricResult =
  | { readonly metric: MetricCode; readonly kind: "count"; readonly by: readonly ReportingDimension[]; readonly cells: readonly CountCell[]; readonly total: number }
  | { readonly metric: MetricCode; readonly kind: "duration"; readonly by: readonly ReportingDimension[]; readonly cells: readonly DurationCell[]; readonly total: Omit<DurationCell, "at"> };
