import { beforeAll, describe, expect, it } from "vitest";
import { metricCatalogue, type MetricQuery, type MetricScope } from "../../../core/reporting/catalogue.js";
import { testDatabase } from "../../../test/db.js";
import { createOrganisation } from "../../../test/factories.js";
import { AppError } from "../../http/errors.js";
import { computeMetric, computeMetrics } from "./compute-metrics.js";

const { db } = await testDatabase();
let quarter: MetricScope;

beforeAll(async () => {
  const organisation = await createOrganisation(db);
  quarter = { organisationId: organisation.id, siteIds: organisation.siteIds, months: { from: "2026-01", to: "2026-03" } };
});

/** The refusal of `query`, as the error's field paths. */
async function refusalOf(query: MetricQuery, scope?: Partial<MetricScope>) {
  const error = await computeMetric(db, { ...quarter, ...scope }, query).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("validation_failed");
  return (error as AppError).fields?.map((field) => field.path);
}

describe("reporting.metrics computeMetrics", () => {
  it("computes every metric by each dimension the catalogue lists, and by its first and last together", async () => {
    const queries: MetricQuery[] = metricCatalogue.flatMap((metric) => [
      { metric: metric.code, by: [] },
      ...metric.dimensions.map((dimension) => ({ metric: metric.code, by: [dimension] })),
      ...(metric.dimensions.length > 1 ? [{ metric: metric.code, by: [metric.dimensions[0]!, metric.dimensions.at(-1)!] }] : []),
    ]);
    const results = await computeMetrics(db, quarter, queries);
    expect(results.map((result) => [result.metric, result.by])).toEqual(queries.map((query) => [query.metric, query.by]));
    for (const result of results) {
      expect(result.kind).toBe(metricCatalogue.find((metric) => metric.code === result.metric)!.kind);
      // A new organisation: nothing counted, every cell present as a zero.
      expect(result.cells.every((cell) => cell.count === 0)).toBe(true);
      if (result.by.length > 0) expect(result.cells.length).toBeGreaterThan(0);
    }
  });

  it("refuses a dimension the metric does not support, in the breakdown or the filter", async () => {
    expect(await refusalOf({ metric: "panel_decisions", by: ["sex"] })).toEqual(["by.0"]);
    expect(await refusalOf({ metric: "outreach_sessions", by: ["month"], filter: { ethnicity: ["white_british"] } })).toEqual(["filter.ethnicity"]);
    expect(await refusalOf({ metric: "referrals_received", by: ["month", "colour" as never] })).toEqual(["by.1"]);
  });

  it("refuses more than two dimensions, one named twice, an empty filter and an unknown metric", async () => {
    expect(await refusalOf({ metric: "referrals_received", by: ["month", "site", "sex"] })).toEqual(["by"]);
    expect(await refusalOf({ metric: "referrals_received", by: ["site", "site"] })).toEqual(["by.1"]);
    expect(await refusalOf({ metric: "referrals_received", by: [], filter: { sex: [] } })).toEqual(["filter.sex"]);
    expect(await refusalOf({ metric: "referrals_sent" as never, by: [] })).toEqual(["metric"]);
  });

  it("refuses a scope that is not whole months of valid sites", async () => {
    expect(await refusalOf({ metric: "referrals_received", by: [] }, { months: { from: "2026-04", to: "2026-03" } })).toEqual(["months.to"]);
    expect(await refusalOf({ metric: "referrals_received", by: [] }, { months: { from: "2026-04-01", to: "2026-06" } })).toEqual(["months.from"]);
    expect(await refusalOf({ metric: "referrals_received", by: [] }, { siteIds: ["Birmingham"] })).toEqual(["siteIds.0"]);
  });

  it("answers nothing for no queries", async () => {
    expect(await computeMetrics(db, quarter, [])).toEqual([]);
  });
});
