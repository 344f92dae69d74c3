/**
 * The costs of delivering the work over a period (issue 10), as the social-value calculation reads
 * them: the spend recorded in those whole months, in total and by category (every category
 * present, zeros too).
 *
 * `siteIds: null` is the whole organisation: every site's spend and the spend recorded for the
 * organisation as a whole. A list of sites takes those sites' spend only; the organisation-wide
 * spend of the same months (head office, shared staff) is not shared out among sites by any rule
 * here, so it is given beside the total as `organisationWidePence`, for the caller to state or
 * apportion. No actor: the caller has already decided who may ask; the organisation scopes it.
 */
import { summariseSpend, type SpendSummary } from "../../core/funding/spend-summary.js";
import type { SpendCategory } from "../../core/funding/vocabulary.js";
import { monthRangeSchema, type MonthRange } from "../../core/reporting/catalogue.js";
import type { Db } from "../db/client.js";
import { AppError } from "../http/errors.js";
import { atSites, organisationWide, spendCellsOf } from "./spend-queries.js";

export interface CostsOfDelivery {
  totalPence: number;
  byCategory: Record<SpendCategory, number>;
  /** For a list of sites: the organisation-wide spend of the same months, not in the total. 0 for the whole organisation (it is in the total). */
  organisationWidePence: number;
}

const byCategoryOf = (summary: SpendSummary) => Object.fromEntries(summary.byCategory.map((entry) => [entry.category, entry.totalPence])) as Record<SpendCategory, number>;

export async function costsOfDelivery(db: Db, scope: { organisationId: string; siteIds: readonly string[] | null; months: MonthRange }): Promise<CostsOfDelivery> {
  const parsed = monthRangeSchema.safeParse(scope.months);
  if (!parsed.success) throw new AppError("validation_failed", "The period is not a run of whole months.", { fields: [{ path: "months", message: parsed.error.issues[0]?.message ?? "Not valid." }] });
  const months = parsed.data;
  const summary = summariseSpend(await spendCellsOf(db, scope.organisationId, months, atSites(scope.siteIds)), months);
  const unshared = scope.siteIds === null ? 0 : summariseSpend(await spendCellsOf(db, scope.organisationId, months, organisationWide()), months).totalPence;
  return { totalPence: summary.totalPence, byCategory: byCategoryOf(summary), organisationWidePence: unshared };
}
