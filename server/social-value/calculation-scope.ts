/**
 * What a calculation covers, worked out from what was asked: the sites (one, every site, or a
 * contract's), the programmes whose cases count (none: all the work), the names a report shows,
 * and the scope key that numbers the versions of one scope and period. A site, programme or
 * contract the organisation does not have is refused on its field (400).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { CalculationScope } from "../../core/api/social-value.js";
import type { MonthRange } from "../../core/reporting/catalogue.js";
import type { Db } from "../db/client.js";
import { contracts, funders } from "../db/schema.js";
import { AppError } from "../http/errors.js";
import { programmeCodesOf, sitesOf } from "../reporting/contracts/queries.js";
import { reportingLabels } from "../reporting/data-labels.js";

export interface ResolvedScope {
  readonly scope: CalculationScope;
  readonly scopeKey: string;
  /** The sites whose outcomes count; every site of the organisation when `isWholeOrganisation`. */
  readonly siteIds: readonly string[];
  readonly isWholeOrganisation: boolean;
  /** Only outcomes of cases on these programmes count; none: all the work. */
  readonly programmeCodes: readonly string[];
  readonly funderId: string | null;
  readonly names: { site: string | null; programme: string | null; contract: string | null; funder: string | null; siteNames: string[] };
}

const refused = (path: string, message: string) => new AppError("validation_failed", message, { fields: [{ path, message }] });

/** The same text for every calculation of one scope and period, so `sequence` can number them. */
export function scopeKeyOf(scope: CalculationScope, months: MonthRange): string {
  const what = scope.kind === "contract" ? `contract:${scope.contractId}` : `site:${scope.siteId ?? "all"}|programme:${scope.programmeCode ?? "all"}`;
  return `${what}|${months.from}..${months.to}`;
}

/**
 * The sites, programmes and names of a scope, for the actor's organisation. `fieldPath` prefixes
 * the field named in a refusal (`body.scope`). A contract or site no longer there reads as a
 * refusal, as it would when asked for.
 */
export async function resolveScope(db: Db, organisationId: string, scope: CalculationScope, months: MonthRange, fieldPath = "body.scope"): Promise<ResolvedScope> {
  const [organisationSites, labels] = await Promise.all([sitesOf(db, organisationId), reportingLabels(db, organisationId)]);
  const nameOf = (siteId: string) => organisationSites.find((site) => site.id === siteId)?.name ?? null;
  const scopeKey = scopeKeyOf(scope, months);
  if (scope.kind === "contract") {
    const [row] = await db
      .select({ contract: contracts, funderName: funders.name })
      .from(contracts)
      .innerJoin(funders, eq(funders.id, contracts.funderId))
      .where(and(eq(contracts.id, scope.contractId), eq(contracts.organisationId, organisationId)))
      .limit(1);
    if (!row) throw refused(`${fieldPath}.contractId`, "This contract could not be found.");
    const siteIds = organisationSites.filter((site) => row.contract.siteIds.includes(site.id)).map((site) => site.id);
    const programmeCodes = [...row.contract.programmeCodes].sort();
    return {
      scope,
      scopeKey,
      siteIds,
      isWholeOrganisation: false,
      programmeCodes,
      funderId: row.contract.funderId,
      names: {
        site: null,
        programme: programmeCodes.length === 0 ? null : programmeCodes.map((code) => labels.programme?.[code] ?? code).join(", "),
        contract: row.contract.name,
        funder: row.funderName,
        siteNames: siteIds.map((id) => nameOf(id) ?? id),
      },
    };
  }
  if (scope.siteId !== null && !nameOf(scope.siteId)) throw refused(`${fieldPath}.siteId`, "This site could not be found.");
  if (scope.programmeCode !== null && !(await programmeCodesOf(db, organisationId)).includes(scope.programmeCode)) throw refused(`${fieldPath}.programmeCode`, "This programme could not be found.");
  const siteIds = scope.siteId === null ? organisationSites.map((site) => site.id) : [scope.siteId];
  return {
    scope,
    scopeKey,
    siteIds,
    isWholeOrganisation: scope.siteId === null,
    programmeCodes: scope.programmeCode === null ? [] : [scope.programmeCode],
    funderId: null,
    names: {
      site: scope.siteId === null ? null : nameOf(scope.siteId),
      programme: scope.programmeCode === null ? null : (labels.programme?.[scope.programmeCode] ?? scope.programmeCode),
      contract: null,
      funder: null,
      siteNames: siteIds.map((id) => nameOf(id) ?? id),
    },
  };
}

export type ScopeNames = ResolvedScope["names"];

/**
 * Names for the scopes of stored calculations, read once for a list: the organisation's sites,
 * programme titles, and the contracts asked for with their funders. A name no longer held (a site
 * removed) reads as its id, never another organisation's.
 */
export async function scopeNamer(db: Db, organisationId: string, contractIds: readonly string[]): Promise<(scope: CalculationScope) => ScopeNames> {
  const [organisationSites, labels, contractRows] = await Promise.all([
    sitesOf(db, organisationId),
    reportingLabels(db, organisationId),
    contractIds.length === 0
      ? []
      : db
          .select({ id: contracts.id, name: contracts.name, siteIds: contracts.siteIds, programmeCodes: contracts.programmeCodes, funderName: funders.name })
          .from(contracts)
          .innerJoin(funders, eq(funders.id, contracts.funderId))
          .where(and(eq(contracts.organisationId, organisationId), inArray(contracts.id, [...contractIds]))),
  ]);
  const siteName = (siteId: string) => organisationSites.find((site) => site.id === siteId)?.name ?? siteId;
  const programmeName = (code: string) => labels.programme?.[code] ?? code;
  return (scope) => {
    if (scope.kind === "contract") {
      const contract = contractRows.find((row) => row.id === scope.contractId);
      return {
        site: null,
        programme: contract && contract.programmeCodes.length > 0 ? [...contract.programmeCodes].sort().map(programmeName).join(", ") : null,
        contract: contract?.name ?? null,
        funder: contract?.funderName ?? null,
        siteNames: organisationSites.filter((site) => contract?.siteIds.includes(site.id)).map((site) => site.name),
      };
    }
    return {
      site: scope.siteId === null ? null : siteName(scope.siteId),
      programme: scope.programmeCode === null ? null : programmeName(scope.programmeCode),
      contract: null,
      funder: null,
      siteNames: scope.siteId === null ? organisationSites.map((site) => site.name) : [siteName(scope.siteId)],
    };
  };
}
