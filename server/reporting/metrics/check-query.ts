/**
 * What may be asked of the metric engine, checked before any SQL is built: a known metric, at
 * most two breakdown dimensions, each once, and only dimensions the metric supports, in the
 * breakdown and in the filter, each filter listing at least one value; a scope of ids and whole
 * months. A refusal is a 400 naming the part of the question at fault.
 */
import { z } from "zod";
import { metricCodeSchema, metricDefinition, monthRangeSchema, reportingDimensionSchema, type MetricQuery, type MetricScope } from "../../../core/reporting/catalogue.js";
import { AppError, type FieldError } from "../../http/errors.js";

export const maxBreakdownDimensions = 2;
const maxFilterValue = 200;
/** Any id PostgreSQL would take as a uuid, so a malformed one is refused here rather than failing in SQL. */
const idSchema = z.guid();

const refuse = (fields: FieldError[]): never => {
  throw new AppError("validation_failed", fields.map((field) => field.message).join(" "), { fields });
};

export function checkScope(scope: MetricScope): void {
  const fields: FieldError[] = [];
  if (!idSchema.safeParse(scope.organisationId).success) fields.push({ path: "organisationId", message: "The organisation must be a valid id." });
  scope.siteIds.forEach((siteId, index) => {
    if (!idSchema.safeParse(siteId).success) fields.push({ path: `siteIds.${index}`, message: "Each site must be a valid id." });
  });
  const months = monthRangeSchema.safeParse(scope.months);
  if (!months.success) fields.push(...months.error.issues.map((issue) => ({ path: ["months", ...issue.path].join("."), message: issue.message })));
  if (fields.length > 0) refuse(fields);
}

export function checkQuery(query: MetricQuery): void {
  const code = metricCodeSchema.safeParse(query.metric);
  if (!code.success) return refuse([{ path: "metric", message: `There is no metric "${String(query.metric)}".` }]);
  const definition = metricDefinition(code.data);
  const supports = (dimension: string) => reportingDimensionSchema.safeParse(dimension).success && definition.dimensions.includes(dimension as never);
  const fields: FieldError[] = [];
  if (query.by.length > maxBreakdownDimensions) fields.push({ path: "by", message: `A metric is broken down by at most ${maxBreakdownDimensions} dimensions.` });
  query.by.forEach((dimension, index) => {
    if (!supports(dimension)) fields.push({ path: `by.${index}`, message: `The metric "${definition.code}" cannot be broken down by "${dimension}".` });
    else if (query.by.indexOf(dimension) !== index) fields.push({ path: `by.${index}`, message: `The breakdown names "${dimension}" twice.` });
  });
  for (const [dimension, values] of Object.entries(query.filter ?? {})) {
    if (!supports(dimension)) fields.push({ path: `filter.${dimension}`, message: `The metric "${definition.code}" cannot be filtered by "${dimension}".` });
    else if (!values || values.length === 0) fields.push({ path: `filter.${dimension}`, message: `The filter on "${dimension}" lists no values.` });
    else if (values.some((value) => typeof value !== "string" || value.length === 0 || value.length > maxFilterValue))
      fields.push({ path: `filter.${dimension}`, message: `The filter on "${dimension}" lists a value that is empty or too long.` });
  }
  if (fields.length > 0) refuse(fields);
}
