/**
 * The HTTP contract of the staff dashboards (issue 9): the organisation's true figures for a site,
 * or for the whole organisation, over whole London months, shaped for charts. For running the
 * service, not for funders: no disclosure control, but counts, waits and shares only — never a
 * name, a record or free text. Also the sites and scopes a user may choose between.
 */
import { z } from "zod";
import { idSchema } from "./common.js";

/** The longest run of months one dashboard covers: three years. */
export const maxDashboardMonths = 36;
/** How many months the dashboard covers when none are asked for: the last twelve whole months. */
export const defaultDashboardMonths = 12;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "A month is written YYYY-MM." });

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** `month` (YYYY-MM) moved by `by` months, back when negative. */
export function shiftMonth(month: string, by: number): string {
  const index = monthIndex(month) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** How many months from `from` to `to`, both included (0 or less when `to` comes first). */
export const monthsSpanned = (from: string, to: string): number => monthIndex(to) - monthIndex(from) + 1;

/** Why a run of months is refused, as the field at fault and a sentence; null when it may be shown. */
export function monthRangeProblem(from: string, to: string): { path: "to"; message: string } | null {
  if (to < from) return { path: "to", message: "The last month cannot come before the first." };
  if (monthsSpanned(from, to) > maxDashboardMonths) return { path: "to", message: `At most ${maxDashboardMonths} months at once.` };
  return null;
}

/**
 * No `siteId`: the whole organisation (administrators). `from` and `to` are whole months; left
 * out, the last twelve whole months (London time) up to `to`, or up to the last whole month.
 */
export const dashboardQuerySchema = z.strictObject({ siteId: idSchema.optional(), from: yearMonth.optional(), to: yearMonth.optional() }).superRefine((query, context) => {
  if (query.from === undefined || query.to === undefined) return;
  const problem = monthRangeProblem(query.from, query.to);
  if (problem) context.addIssue({ code: "custom", path: [problem.path], message: problem.message });
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const count = z.number().int().min(0);
const monthSchema = z.string().regex(/^\d{4}-\d{2}$/);

/** One count per month of the period, every month present (zeros too), in order. */
const byMonthSchema = z.array(z.object({ month: monthSchema, count }));

/**
 * One count per value of a dimension: every known value (zeros too), then any other met in the
 * data (`none` where a record has no value, such as a case whose support tier is not yet decided).
 */
const byValueSchema = z.array(z.object({ value: z.string(), count }));

/** Waits ended in the period: how many, and their median and 90th percentile in days (null when none). */
export const dashboardWaitSchema = z.object({ waits: count, medianDays: z.number().nullable(), p90Days: z.number().nullable() });
export type DashboardWait = z.infer<typeof dashboardWaitSchema>;

export const dashboardSchema = z.object({
  /** The site shown, or null for the whole organisation. */
  siteId: idSchema.nullable(),
  /** Whole London months, both included. */
  months: z.object({ from: monthSchema, to: monthSchema }),
  /**
   * Whether restricted records (Channel and radicalisation referrals, restricted cases and what is
   * recorded on them) are counted: for administrators, who answer for the organisation's returns;
   * a team manager's dashboard leaves them out.
   */
  countsRestricted: z.boolean(),
  referrals: z.object({
    received: count,
    byMonth: byMonthSchema,
    bySource: byValueSchema,
    /** A referral may name several areas of vulnerability, so these may add up to more than `received`. */
    byDomain: byValueSchema,
    /** Triage decisions made in the period, and how many of them by the referral's target time. */
    triaged: count,
    triagedWithinTarget: count,
  }),
  waits: z.object({ toFirstContact: dashboardWaitSchema, toAssessment: dashboardWaitSchema }),
  people: z.object({
    /** Different people with an attended session in the period: someone seen in two months is one person here. */
    engaged: count,
    byMonth: byMonthSchema,
  }),
  /** Cases open on any day of the period, by their support tier. */
  casesByTier: byValueSchema,
  programmes: z.object({ enrolments: count, completions: count, enrolmentsByProgramme: byValueSchema, completionsByProgramme: byValueSchema }),
  panel: z.object({ escalations: count, escalationsByMonth: byMonthSchema, decisions: byValueSchema }),
  externalReferrals: z.object({ total: count, byMonth: byMonthSchema }),
  outcomes: z.object({ total: count, byOutcome: byValueSchema }),
  outreach: z.object({
    sessions: count,
    peopleReached: count,
    peopleTrained: count,
    byMonth: z.array(z.object({ month: monthSchema, sessions: count, peopleReached: count, peopleTrained: count })),
  }),
  /** The whole organisation only: each site side by side (null for one site). */
  bySite: z
    .array(z.object({ siteId: idSchema, referrals: count, peopleEngaged: count, toFirstContact: dashboardWaitSchema, toAssessment: dashboardWaitSchema }))
    .nullable(),
  /**
   * Words for values named by the organisation's data, by dimension: `site` (names), `programme`
   * (titles), `referral_source` (sources it added) and `outcome` (outcomes it added or renamed).
   * Every other value is named from the message catalogue (core/reporting/labels.ts says where).
   */
  labels: z.record(z.string(), z.record(z.string(), z.string())),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const dashboardOptionsSchema = z.object({
  /** The sites whose dashboard the user may read, by name. */
  sites: z.array(z.object({ id: idSchema, name: z.string() })),
  /** Whether the whole organisation's dashboard is offered (administrators). */
  offersWholeOrganisation: z.boolean(),
  /** The last whole London month: the end of the default period. */
  lastWholeMonth: monthSchema,
});
export type DashboardOptions = z.infer<typeof dashboardOptionsSchema>;
