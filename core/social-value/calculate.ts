/**
 * The social-value calculation: recorded outcome counts, valued through the mappings with the
 * catalogue, brought to one price year and discounted, against what the work cost. Pure.
 *
 * It refuses, naming each problem, rather than give a figure it cannot stand behind: a mapping
 * naming an entry the catalogue lacks or a value the entry does not have, one outcome counting two
 * entries of the same overlap group (the same saving twice: §4.3 and §4.4 of the shared reference
 * "domain facts"), a price year with no deflator when uprating, or a duplicate. Not uprated
 * (`priceBasis`), every figure is taken at its own price year, and the result names the years it
 * mixes and the deflators still missing. An outcome with no mapping is not
 * a problem: it is listed as counted but not valued.
 *
 * Lines come in one order whatever the order of the input: by outcome code, then the mapping's
 * order of lines, then fiscal, economic, social. Money is rounded only at the end of each line
 * (value-line.ts); totals are sums of lines (summarise.ts).
 */
import { valueKinds, valueOf, type UnitCostEntry, type ValueKind } from "./catalogue.js";
import { calculationMethod, type CalculationInput, type CalculationLine, type CalculationResult, type ResultPrices } from "./calculation.js";
import { upratingFactor, type DeflatorRow, type NoDeflatorProblem } from "./deflators.js";
import { scheduleFor } from "./discounting.js";
import { lineGrade, type MappingLine, type OutcomeMapping } from "./mappings.js";
import { missingDeflatorYears } from "./price-basis.js";
import { roundPence } from "./price-years.js";
import { summarise } from "./summarise.js";
import { valueLine } from "./value-line.js";

export type SocialValueProblem =
  | NoDeflatorProblem
  | { readonly code: "unknown_entry"; readonly outcomeCode: string; readonly entryCode: string; readonly message: string }
  | { readonly code: "entry_lacks_value"; readonly outcomeCode: string; readonly entryCode: string; readonly kind: ValueKind; readonly message: string }
  | { readonly code: "stacked_values"; readonly outcomeCode: string; readonly entryCodes: readonly string[]; readonly overlapGroup: string | null; readonly message: string }
  | { readonly code: "duplicate"; readonly what: "catalogue_entry" | "mapping" | "outcome_count"; readonly key: string; readonly message: string }
  | { readonly code: "too_large"; readonly outcomeCode: string; readonly message: string };

export type CalculationOutcome = { readonly ok: true; readonly result: CalculationResult } | { readonly ok: false; readonly problems: readonly SocialValueProblem[] };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function indexOnce<T>(items: readonly T[], key: (item: T) => string, what: "catalogue_entry" | "mapping" | "outcome_count", problems: SocialValueProblem[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const itemKey = key(item);
    if (index.has(itemKey)) problems.push({ code: "duplicate", what, key: itemKey, message: `${itemKey} is given more than once.` });
    else index.set(itemKey, item);
  }
  return index;
}

/** Two lines of one outcome that value the same thing: the same entry, or two entries of one overlap group. */
function stackedValues(mapping: OutcomeMapping, catalogue: ReadonlyMap<string, UnitCostEntry>): SocialValueProblem[] {
  const problems: SocialValueProblem[] = [];
  const groups = new Map<string, string[]>();
  for (const line of mapping.lines) {
    const group = catalogue.get(line.entryCode)?.overlapGroup;
    const key = group ? `group:${group}` : `entry:${line.entryCode}`;
    groups.set(key, [...(groups.get(key) ?? []), line.entryCode]);
  }
  for (const [key, entryCodes] of groups) {
    if (entryCodes.length < 2) continue;
    const overlapGroup = key.startsWith("group:") ? key.slice("group:".length) : null;
    problems.push({
      code: "stacked_values",
      outcomeCode: mapping.outcomeCode,
      entryCodes,
      overlapGroup,
      message: `${mapping.outcomeCode} counts ${entryCodes.join(" and ")}, which value the same thing: keep one.`,
    });
  }
  return problems;
}

export function calculateSocialValue(input: CalculationInput): CalculationOutcome {
  const problems: SocialValueProblem[] = [];
  const catalogue = indexOnce(input.catalogue, (entry) => entry.code, "catalogue_entry", problems);
  const mappings = indexOnce(input.mappings, (mapping) => mapping.outcomeCode, "mapping", problems);
  const counts = [...indexOnce(input.outcomeCounts, (count) => count.outcomeCode, "outcome_count", problems).values()].sort((a, b) => byText(a.outcomeCode, b.outcomeCode));

  const isUprated = input.priceBasis === "uprated";
  const missingDeflators = new Map<string, NoDeflatorProblem>();
  const rowsUsed = new Map<string, DeflatorRow>();
  const factorTo = (priceYear: string): number | null => {
    if (!isUprated) return 1;
    const uprating = upratingFactor(input.deflators, priceYear, input.targetPriceYear);
    if (!uprating.ok) {
      missingDeflators.set(uprating.problem.year, uprating.problem);
      return null;
    }
    for (const row of [uprating.from, uprating.to]) if (row) rowsUsed.set(row.year, row);
    return uprating.factor;
  };

  const costFactor = factorTo(input.deliveryCost.priceYear);
  const lines: CalculationLine[] = [];
  const unvaluedOutcomes: CalculationResult["unvaluedOutcomes"] = [];

  for (const { outcomeCode, count } of counts) {
    if (count === 0) continue;
    const mapping = mappings.get(outcomeCode);
    if (!mapping) {
      unvaluedOutcomes.push({ outcomeCode, count });
      continue;
    }
    problems.push(...stackedValues(mapping, catalogue));
    for (const [index, mappingLine] of mapping.lines.entries()) {
      const entry = catalogue.get(mappingLine.entryCode);
      if (!entry) {
        problems.push({ code: "unknown_entry", outcomeCode, entryCode: mappingLine.entryCode, message: `${outcomeCode} is valued with ${mappingLine.entryCode}, which is not in the catalogue.` });
        continue;
      }
      const factor = factorTo(entry.priceYear);
      for (const kind of valueKinds.filter((each) => mappingLine.valueKinds.includes(each))) {
        const valuePence = valueOf(entry, kind);
        if (valuePence === null) {
          problems.push({ code: "entry_lacks_value", outcomeCode, entryCode: entry.code, kind, message: `${outcomeCode} counts the ${kind} value of ${entry.code}, which has none.` });
        } else if (factor !== null) {
          const line = lineOf({ input, outcomeCode, count, mapping, lineNumber: index + 1, mappingLine, entry, kind, valuePence, factor });
          if (line.stages.grossPence > Number.MAX_SAFE_INTEGER) problems.push({ code: "too_large", outcomeCode, message: `The value of ${outcomeCode} is too large to work out exactly.` });
          lines.push(line);
        }
      }
    }
  }

  problems.push(...[...missingDeflators.values()].sort((a, b) => byText(a.year, b.year)));
  if (problems.length > 0 || costFactor === null) return { ok: false, problems };

  const upratedCostPence = roundPence(input.deliveryCost.pence * costFactor);
  const deflator = input.deflators && rowsUsed.size > 0 ? input.deflators : null;
  const prices: ResultPrices = isUprated
    ? { basis: "uprated" }
    : { basis: "not_uprated", priceYears: priceYearsOfResult(lines, input.deliveryCost.priceYear), missingDeflatorYears: missingDeflatorYears(input) };
  return {
    ok: true,
    result: {
      method: calculationMethod,
      targetPriceYear: input.targetPriceYear,
      prices,
      settings: {
        discounting: input.discounting,
        optimismBias: input.optimismBias,
        deflator: deflator && {
          name: deflator.name,
          reference: deflator.reference,
          source: deflator.source,
          publishedOn: deflator.publishedOn,
          rowsUsed: [...rowsUsed.values()].sort((a, b) => byText(a.year, b.year)),
        },
      },
      deliveryCost: { ...input.deliveryCost, upratingFactor: costFactor, upratedPence: upratedCostPence },
      lines,
      unvaluedOutcomes,
      ...summarise(lines, upratedCostPence),
    },
  };
}

/** The price years a result's figures are in, as a not-uprated result states them: its lines' and the delivery cost's. */
export function priceYearsOfResult(lines: readonly Pick<CalculationLine, "entry">[], costPriceYear: string): string[] {
  return [...new Set([...lines.map((line) => line.entry.priceYear), costPriceYear])].sort();
}

interface LineParts {
  input: CalculationInput;
  outcomeCode: string;
  count: number;
  mapping: OutcomeMapping;
  lineNumber: number;
  mappingLine: MappingLine;
  entry: UnitCostEntry;
  kind: ValueKind;
  valuePence: number;
  factor: number;
}

function lineOf({ input, outcomeCode, count, mapping, lineNumber, mappingLine, entry, kind, valuePence, factor }: LineParts): CalculationLine {
  const appliedGrade = lineGrade(entry.confidenceGrade, mappingLine.confidenceGrade);
  const parameters: CalculationLine["parameters"] = {
    quantity: mappingLine.quantity,
    durationYears: mappingLine.durationYears,
    deadweight: mappingLine.deadweight,
    attribution: mappingLine.attribution,
    displacement: mappingLine.displacement,
    dropOff: mappingLine.dropOff,
    confidenceGrade: mappingLine.confidenceGrade,
    appliedGrade,
    optimismBias: input.optimismBias[appliedGrade],
    upratingFactor: factor,
    discountBands: [...scheduleFor(input.discounting, entry.discountClass)],
  };
  const { stages } = valueLine({ ...parameters, count, valuePence });
  return {
    outcomeCode,
    outcomeCount: count,
    mappingVersion: mapping.version,
    lineNumber,
    entry: { code: entry.code, version: entry.version, unit: entry.unit, priceYear: entry.priceYear, valuePence, discountClass: entry.discountClass, confidenceGrade: entry.confidenceGrade },
    kind,
    agency: kind === "fiscal" ? entry.agency : null,
    parameters,
    rationale: mappingLine.rationale,
    stages,
  };
}
