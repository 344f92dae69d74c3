/**
 * The values each dimension can take, in a stable order: the cells of a breakdown cover every one
 * of them, zeros included, because the disclosure engine publishes zeros as zeros and needs the
 * whole table to protect its small cells. A value met in the data that is not among them (a code
 * since removed, `none` for a row without a value) gets a cell after the known ones.
 */
import { eq, isNull, or } from "drizzle-orm";
import { supportTiers, closureOutcomes } from "../../../core/cases/case-state-machine.js";
import { ageBands, ethnicities, ethnicityCodes, sexes } from "../../../core/clients/demographics.js";
import { decisionKinds } from "../../../core/panel/decisions.js";
import { builtInProgrammes } from "../../../core/programmes/built-in.js";
import type { MetricCode, MetricScope, ReportingDimension } from "../../../core/reporting/catalogue.js";
import { defaultReferralSources, vulnerabilityDomains } from "../../../core/referrals/vocabulary.js";
import type { Db } from "../../db/client.js";
import { programmeVersions, referralSources } from "../../db/schema.js";
import { readClosureOutcomes } from "../../support/vocabulary.js";
import type { Period } from "./period.js";

/** The value of a row that has none for the dimension: a case opened without a referral, a tier not yet decided. */
export const noValue = "none";

export const ethnicGroups = [...new Set(ethnicities.map((entry) => entry.group))];
export const minorityEthnicValues = ["minority_ethnic", "white_british", "not_stated"] as const;

/** Built-ins in their own order first, then the rest alphabetically. */
function inOrder(codes: readonly string[], first: readonly string[]): string[] {
  const rest = codes.filter((code) => !first.includes(code)).sort();
  return [...first.filter((code) => codes.includes(code)), ...rest];
}

/** The known values of every dimension for one computation, read from the database once each. */
export interface DimensionValues {
  valuesOf(metric: MetricCode, dimension: ReportingDimension): Promise<readonly string[]>;
}

export function dimensionValues(db: Db, scope: MetricScope, period: Period): DimensionValues {
  const once = <T>(read: () => Promise<T>) => {
    let read$: Promise<T> | undefined;
    return () => (read$ ??= read());
  };
  // Every programme the organisation has (built-in and its own, retired ones too), by key.
  const programmes = once(async () => {
    const rows = await db
      .selectDistinct({ key: programmeVersions.key })
      .from(programmeVersions)
      .where(or(isNull(programmeVersions.organisationId), eq(programmeVersions.organisationId, scope.organisationId)));
    return inOrder(
      rows.map((row) => row.key),
      builtInProgrammes.map((programme) => programme.key),
    );
  });
  const sources = once(async () => {
    const rows = await db.select({ code: referralSources.code }).from(referralSources).where(eq(referralSources.organisationId, scope.organisationId));
    return inOrder(
      rows.map((row) => row.code),
      defaultReferralSources.map((source) => source.code),
    );
  });
  // The organisation's outcome vocabulary: built-in outcomes, then its own, retired ones too.
  const outcomes = once(async () => (await readClosureOutcomes(db, scope.organisationId)).map((outcome) => outcome.code));

  return {
    async valuesOf(metric, dimension) {
      switch (dimension) {
        case "month":
          return period.months;
        case "site":
          return scope.siteIds;
        case "programme":
          return programmes();
        case "referral_source":
          return sources();
        case "vulnerability_domain":
          return vulnerabilityDomains;
        case "support_tier":
          return supportTiers;
        case "age_band":
          return ageBands;
        case "sex":
          return sexes;
        case "ethnicity":
          return ethnicityCodes;
        case "ethnic_group":
          return ethnicGroups;
        case "minority_ethnic":
          return minorityEthnicValues;
        case "outcome":
          // A closed case's overall outcome, or the outcomes a case achieved.
          return metric === "cases_closed" ? closureOutcomes : outcomes();
        case "panel_decision":
          return decisionKinds;
      }
    },
  };
}

/**
 * A breakdown's values for one dimension: the known ones (only those the filter lists, when it
 * restricts this dimension; listed values that are not known follow them), then any others met
 * in the data, alphabetically.
 */
export function cellValues(known: readonly string[], filtered: readonly string[] | undefined, met: Iterable<string>): string[] {
  const base = filtered ? [...known.filter((value) => filtered.includes(value)), ...filtered.filter((value) => !known.includes(value))] : [...known];
  const seen = new Set(base);
  const extra = [...new Set(met)].filter((value) => !seen.has(value)).sort();
  return [...new Set([...base, ...extra])];
}
