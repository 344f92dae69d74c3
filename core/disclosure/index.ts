/**
 * Disclosure control: the one engine every count passes before it leaves for a commissioner
 * (issue 9; the shared reference "domain facts" §5). Pure functions over plain data; no clock,
 * database or network.
 *
 * How a caller uses it: read the organisation's settings with `parseDisclosureRules`; publish a
 * single count with `discloseCount`, a list with `publishList`, a table with margins with
 * `publishTable` (primary suppression, rounding, then secondary suppression checked by protection
 * intervals); work rates and means out from the published figures with `disclosedRate` and
 * `disclosedMean`. Before a release goes out, check it against the earlier ones with
 * `findDifferencingRisks` and suppress or refuse what it reports; record the release with its keys.
 * The suppressions' intervals are for the audit record, never for the commissioner.
 */
export {
  defaultDisclosureRules,
  disclosureSettingsSchema,
  lowestThreshold,
  parseDisclosureRules,
  roundToBase,
  type DisclosureRules,
} from "./rules.js";
export { discloseCount, disclosedMean, disclosedRate, shownRange, suppressedCount, type CountRange, type DisclosedCount } from "./cells.js";
export { tablePositions, valueAt, withMargins, type TableOf, type TablePosition } from "./grid.js";
export { publishList, publishTable, type PublishedList, type PublishedTable } from "./table.js";
export type { Suppression, SuppressionReason } from "./secondary-suppression.js";
export { fitsPublished, isProtected, protectionIntervals, type ProtectionEvidence, type ProtectionInterval } from "./protection.js";
export {
  countKeySchema,
  countsWithin,
  differenceRange,
  findDifferencingRisks,
  revealsSmallCount,
  type CountKey,
  type DifferencingRisk,
  type Release,
  type ReleasedCount,
} from "./releases.js";
