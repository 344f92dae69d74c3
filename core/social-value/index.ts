/**
 * Social value (issue 10): what the work saves public services and adds to people's lives, every
 * pound traceable to recorded outcome counts and stated assumptions. Pure functions over plain data;
 * no clock, database or network.
 *
 * How a caller uses it: keep the catalogue (`unitCostEntrySchema`, starting from `defaultUnitCosts`),
 * the mappings (`outcomeMappingSchema`, from `defaultOutcomeMappings`) and a deflator series
 * (`deflatorSeriesSchema`, from `defaultDeflatorSeries`, which has no figures until they are
 * entered). For a period, count the closure outcomes, then call `calculateSocialValue` with them,
 * the current catalogue versions, the settings and the cost of the work: it answers a result to
 * store as it is (`calculationResultSchema`) or the problems that stop it. Choose the price basis
 * with `priceBasisFor`: uprated once the deflator series covers the years needed, not uprated (each
 * figure at its own price year, and said so) until then. Show a stored result's lines and totals as
 * they are, check it with `reproduceResult`, and chart `sensitivityOf` it. For a commissioner,
 * show only `publishSocialValue`'s version: counts through the disclosure engine, pounds from them.
 */
export {
  catalogueCodeSchema,
  checkUnitCostValues,
  confidenceGrades,
  confidenceGradeSchema,
  costBearingAgencies,
  costUnits,
  discountClasses,
  overlapGroupSchema,
  sourceSchema,
  unitCostEntryFields,
  unitCostEntrySchema,
  valueKinds,
  valueOf,
  type ConfidenceGrade,
  type CostBearingAgency,
  type CostUnit,
  type DiscountClass,
  type Source,
  type UnitCostEntry,
  type ValueKind,
} from "./catalogue.js";
export { defaultUnitCosts } from "./default-unit-costs.js";
export {
  catalogueCsv,
  catalogueCsvColumns,
  importedEntrySchema,
  maxCatalogueCsvRows,
  readCatalogueCsv,
  type CatalogueCsvColumn,
  type CatalogueCsvReading,
  type CsvProblem,
  type ImportedEntry,
} from "./catalogue-csv.js";
export { financialYearStarting, isCalendarYear, isFinancialYear, penceSchema, priceYearSchema, roundPence, type PriceYear } from "./price-years.js";
export {
  defaultDeflatorSeries,
  deflatorRowSchema,
  deflatorSeriesSchema,
  upratePence,
  upratingFactor,
  type DeflatorRow,
  type DeflatorSeries,
  type NoDeflatorProblem,
  type UpratingFactor,
} from "./deflators.js";
export { defaultDiscountSettings, discountBandSchema, discountFactors, discountSettingsSchema, type DiscountBand, type DiscountSettings } from "./discounting.js";
export {
  defaultOptimismBias,
  lineGrade,
  longestDurationYears,
  mappingLineSchema,
  optimismBiasSchema,
  outcomeCodeSchema,
  outcomeMappingSchema,
  rationaleSchema,
  shareSchema,
  type MappingLine,
  type OptimismBias,
  type OutcomeMapping,
  type Rationale,
} from "./mappings.js";
export { defaultOutcomeMappings } from "./default-mappings.js";
export {
  calculationInputSchema,
  calculationLineSchema,
  calculationMethod,
  calculationResultSchema,
  deliveryCostSchema,
  outcomeCountSchema,
  priceBases,
  resultPricesSchema,
  valueSummarySchema,
  type CalculationInput,
  type CalculationLine,
  type CalculationResult,
  type DeliveryCost,
  type OutcomeCount,
  type PriceBasis,
  type ResultPrices,
  type ValueSummary,
} from "./calculation.js";
export { calculateSocialValue, type CalculationOutcome, type SocialValueProblem } from "./calculate.js";
export { missingDeflatorYears, priceBasisFor, priceYearsOf } from "./price-basis.js";
export { financialYearMonths, financialYearOfMonth, lastWholeFinancialYear, priceYearOfPeriod } from "./periods.js";
export {
  countedOutcomes,
  hiddenOutcomeValuedAt,
  publishedOutcomeSchema,
  publishedSocialValueSchema,
  publishSocialValue,
  shownCountSchema,
  type PublishedOutcome,
  type PublishedSocialValue,
  type PublishOptions,
} from "./publish.js";
export { deductionsOf, valueLine, type Deductions, type LineInputs, type LineStages } from "./value-line.js";
export { differencesBetween, reproduceResult, type Difference } from "./reproduce.js";
export {
  defaultSensitivitySteps,
  sensitivityOf,
  sensitivityOptionsSchema,
  sensitivityParameters,
  sensitivitySeriesSchema,
  type SensitivityOptions,
  type SensitivityParameter,
  type SensitivitySeries,
} from "./sensitivity.js";
