/**
 * A funder's grant and the spend charged to it: when a grant runs (its end, or the day it was
 * ended early), whether a month's spend at a site can be charged to it, and why a change to the
 * grant would leave spend already charged to it outside it. Pure: the server checks input with
 * these, and the web forms explain with them.
 */

/** What a grant covers, as far as spend charged to it is concerned. */
export interface GrantCoverage {
  readonly startsOn: string;
  readonly endsOn: string;
  /** The day it was ended early, if it was. */
  readonly endedOn: string | null;
  /** The sites it supports; empty: every site, and the organisation as a whole. */
  readonly siteIds: readonly string[];
}

/** Spend as a grant sees it: the month, and the site (null: organisation-wide). */
export interface ChargedSpend {
  readonly month: string;
  readonly siteId: string | null;
}

/** The last day a grant runs: the day it was ended early, else its planned end. */
export const lastDayOf = (grant: Pick<GrantCoverage, "endsOn" | "endedOn">): string => grant.endedOn ?? grant.endsOn;

/** Whether a grant is yet to start, running, or over, on `today` (`YYYY-MM-DD`). */
export function grantStatus(grant: Pick<GrantCoverage, "startsOn" | "endsOn" | "endedOn">, today: string): "upcoming" | "current" | "ended" {
  if (today < grant.startsOn) return "upcoming";
  return today > lastDayOf(grant) ? "ended" : "current";
}

/**
 * Why spend cannot be charged to the grant, or null when it can: its month must touch the grant's
 * period (a grant ending on 15 March pays for March's spend), and a grant for some sites pays only
 * for spend at one of them.
 */
export function chargeProblem(grant: GrantCoverage, spend: ChargedSpend): "outside_period" | "organisation_wide" | "other_site" | null {
  if (spend.month < grant.startsOn.slice(0, 7) || spend.month > lastDayOf(grant).slice(0, 7)) return "outside_period";
  if (grant.siteIds.length === 0) return null;
  if (spend.siteId === null) return "organisation_wide";
  return grant.siteIds.includes(spend.siteId) ? null : "other_site";
}

export const chargeProblemMessages: Readonly<Record<NonNullable<ReturnType<typeof chargeProblem>>, string>> = {
  outside_period: "This grant does not run in this month.",
  organisation_wide: "This grant supports only some sites: choose one of them.",
  other_site: "This grant does not support this site.",
};

/**
 * Why a change to a grant would leave spend already charged to it outside it, at the grant's own
 * field (`startsOn`, `endsOn`, `endedOn`, `siteIds`), each field once: the change is refused rather
 * than leaving a grant paying for months or sites it no longer covers.
 */
export function grantChangeProblems(next: GrantCoverage, charged: readonly ChargedSpend[]): { path: "startsOn" | "endsOn" | "endedOn" | "siteIds"; message: string }[] {
  const problems = new Map<"startsOn" | "endsOn" | "endedOn" | "siteIds", string>();
  for (const spend of charged) {
    const problem = chargeProblem(next, spend);
    if (problem === null) continue;
    if (problem !== "outside_period") problems.set("siteIds", "Spend at a site this would leave out is charged to the grant: move that spend to another grant first.");
    else if (spend.month < next.startsOn.slice(0, 7)) problems.set("startsOn", "Spend before this month is charged to the grant: move it to another grant first.");
    else problems.set(next.endedOn !== null && spend.month <= next.endsOn.slice(0, 7) ? "endedOn" : "endsOn", "Spend after this month is charged to the grant: move it to another grant first.");
  }
  return [...problems].map(([path, message]) => ({ path, message }));
}
