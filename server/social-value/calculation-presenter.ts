/**
 * How stored calculations leave the server: a summary for lists, the whole calculation for
 * administrators (true counts, with the catalogue entries it used as they were then), and the
 * published version for a contract's commissioner (counts as published, pounds worked from them).
 */
import type { CalculationSummary, Calculation, PublishedReport, PublishedReportSummary } from "../../core/api/social-value.js";
import { sensitivityOf, type CalculationLine, type CalculationResult, type UnitCostEntry } from "../../core/social-value/index.js";
import type { CalculationRow } from "./calculation-queries.js";
import type { ScopeNames } from "./calculation-scope.js";

/** The catalogue entries, as the calculation kept them, that its lines value. */
const entriesUsed = (catalogue: readonly UnitCostEntry[], lines: readonly CalculationLine[]): UnitCostEntry[] => catalogue.filter((entry) => lines.some((line) => line.entry.code === entry.code));

const monthsOf = (row: CalculationRow) => ({ from: row.monthFrom, to: row.monthTo });

export function presentCalculationSummary(row: CalculationRow, names: ScopeNames): CalculationSummary {
  const result: CalculationResult = row.result;
  return {
    id: row.id,
    scope: row.scope,
    scopeKey: row.scopeKey,
    names,
    months: monthsOf(row),
    sequence: row.sequence,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    priceBasis: result.prices.basis,
    targetPriceYear: result.targetPriceYear,
    netPresentValuePence: result.total.netPresentValuePence,
    publicValueReturnPence: result.returnPerPound.publicValuePence,
    isPublished: row.contractId !== null && row.published !== null,
  };
}

export function presentCalculation(row: CalculationRow, names: ScopeNames, outcomeLabels: Record<string, string>): Calculation {
  return {
    ...presentCalculationSummary(row, names),
    result: row.result,
    outcomeCounts: row.input.outcomeCounts,
    entries: entriesUsed(row.input.catalogue, row.result.lines),
    costBasis: row.costBasis,
    outcomeLabels,
    published: row.published,
  };
}

export function presentPublishedSummary(row: CalculationRow, names: ScopeNames): PublishedReportSummary {
  return { id: row.id, contractId: row.contractId ?? "", contractName: names.contract ?? "", months: monthsOf(row), sequence: row.sequence, createdAt: row.createdAt.toISOString(), priceBasis: row.result.prices.basis };
}

/** Only for a row found as published (calculation-queries.ts `findPublishedFor`). */
export function presentPublished(row: CalculationRow, names: ScopeNames, outcomeLabels: Record<string, string>): PublishedReport {
  const published = row.published!;
  return {
    ...presentPublishedSummary(row, names),
    funderName: names.funder ?? "",
    siteNames: names.siteNames,
    programmes: names.programme === null ? [] : [names.programme],
    published,
    entries: entriesUsed(row.input.catalogue, published.result.lines),
    sensitivity: sensitivityOf(published.result),
    outcomeLabels,
  };
}
