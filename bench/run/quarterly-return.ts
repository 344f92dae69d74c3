/**
 * Benchmark: a quarterly return for all ten sites and one quarter, as the build job computes it:
 * every metric query of `quarterlyReturnSections` through the server's `computeMetrics` (one
 * statement per metric, up to four at once), then published through the disclosure engine
 * (`publishReport`, the organisation's default rules) as the release step does.
 * Limit: the same figures from the hand-written plain SQL of return-sql.ts, one statement per
 * metric, run four at a time on the same pool. Both are checked to give the same figures.
 */
import { defaultDisclosureRules } from "../../core/disclosure/index.js";
import type { MetricQuery, MetricResult, MetricScope, MonthRange } from "../../core/reporting/catalogue.js";
import { publishReport, queriesOf } from "../../core/reporting/report-blocks.js";
import { quarterlyReturnSections } from "../../core/reporting/standard-reports.js";
import type { Db } from "../../server/db/client.js";
import { computeMetrics } from "../../server/reporting/metrics/compute-metrics.js";
import { periodOf } from "../../server/reporting/metrics/period.js";
import { dataNow } from "../data/person.js";
import type { BenchDatabase } from "../lib/database.js";
import type { Manifest } from "../lib/manifest.js";
import { round } from "./harness.js";
import { differingFigures, figuresOfResults, figuresOfRows, returnStatements, withParameters, type FigureRow } from "./return-sql.js";
import type { BenchmarkSpec } from "./spec.js";

/** As compute-metrics.ts: statements at once on a server pool. */
const concurrentStatements = 4;

/** The last whole calendar quarter before the data's "now" (July to September 2025 for the default data). */
export function lastQuarter(now: Date = dataNow): MonthRange {
  const year = now.getUTCFullYear();
  const quarter = Math.floor(now.getUTCMonth() / 3);
  const first = quarter === 0 ? { year: year - 1, month: 10 } : { year, month: (quarter - 1) * 3 + 1 };
  const month = (offset: number) => `${first.year}-${String(first.month + offset).padStart(2, "0")}`;
  return { from: month(0), to: month(2) };
}

async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrentStatements, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const taken: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    taken.push(performance.now() - started);
  }
  return round(taken.sort((a, b) => a - b)[Math.floor(times / 2)]!);
}

export interface QuarterlyReturn {
  spec: BenchmarkSpec;
  /** Runs the engine's statements once on `db` (a capturing one, for the query plans). */
  runEngine: (db: Db) => Promise<unknown>;
  /** The limit's statements with their parameters, for the query plans. */
  limitStatements: { label: string; sql: string; params: unknown[] }[];
}

export function quarterlyReturn(database: BenchDatabase, manifest: Manifest): QuarterlyReturn {
  const sections = quarterlyReturnSections({ siteCount: manifest.sites.length });
  const queries: MetricQuery[] = sections.flatMap((section) => section.blocks.flatMap(queriesOf));
  const months = lastQuarter();
  const siteIds = manifest.sites.map((site) => site.siteId);
  const scope: MetricScope = { organisationId: manifest.organisationId, siteIds, months };
  const period = periodOf(months);
  const values = { organisation: manifest.organisationId, sites: siteIds, start: period.start, end: period.end, firstDay: period.firstDay, dayAfter: period.dayAfter };
  const statements = Object.entries(returnStatements).map(([metric, text]) => ({ metric, ...withParameters(text, values) }));

  const compute = (db: Db) => computeMetrics(db, scope, queries);
  const publish = (results: MetricResult[]) => publishReport(sections, results, defaultDisclosureRules, { months, siteIds });
  const limit = async () => {
    const rows: FigureRow[] = [];
    await eachLimited(statements, async (statement) => {
      rows.push(...(await database.query<FigureRow>(statement.sql, statement.params)));
    });
    return rows;
  };
  const metricsOf = [...new Set(queries.map((query) => query.metric))];

  const spec: BenchmarkSpec = {
    key: "quarterly_return",
    title: `Quarterly return, ${manifest.sites.length} sites, ${months.from} to ${months.to}`,
    targetP95Ms: 1_000,
    maxRatioP95: 1.5,
    concurrencies: [1],
    limitDescription: `the same ${queries.length} figures from hand-written plain SQL (bench/run/return-sql.ts: one aggregate statement per metric, GROUP BY and no grouping sets, a metric asked several questions reading its rows once into a materialised CTE), ${concurrentStatements} statements at a time on the same pool; the path also publishes the return through the disclosure engine`,
    real: async () => publish(await compute(database.db)),
    limit,
    async quality() {
      const results = await compute(database.db);
      const engine = figuresOfResults(queries, results);
      const plain = figuresOfRows(await limit());
      const differing = differingFigures(engine, plain);
      if (differing.length > 0) console.error(`quarterly return: figures differ from the limit's: ${differing.slice(0, 20).join(", ")}`);
      const people = results[queries.findIndex((query) => query.metric === "people_engaged" && query.by.length === 0 && !query.filter)]!;
      return {
        figures: engine.size,
        figuresDifferingFromLimit: differing.length,
        peopleEngaged: people.kind === "count" ? people.total : Number.NaN,
        publishMedianMs: await median(5, async () => publish(results)),
      };
    },
    async breakdown() {
      const rows: (string | number)[][] = [];
      for (const metric of metricsOf) {
        const own = queries.filter((query) => query.metric === metric);
        const statement = statements.find((candidate) => candidate.metric === metric);
        const engineMs = await median(5, () => computeMetrics(database.db, scope, own));
        const limitMs = statement ? await median(5, () => database.query(statement.sql, statement.params)) : Number.NaN;
        rows.push([metric, own.length, engineMs, limitMs, round(engineMs / limitMs)]);
      }
      return { title: "Each metric alone (median of 5, ms)", columns: ["metric", "queries", "engine", "limit", "ratio"], rows };
    },
  };
  return {
    spec,
    runEngine: compute,
    limitStatements: statements.map((statement) => ({ label: `quarterly return limit: ${statement.metric}`, sql: statement.sql, params: statement.params })),
  };
}
