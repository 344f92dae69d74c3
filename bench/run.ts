/**
 * Runs the benchmarks against generated data (`npm run bench -- --preset=national|small`): the
 * duplicate check at intake, opening a client record, and a caseworker's case list, each beside
 * its limit measured in the same run on the same pool, sequentially and at concurrency 8; and a
 * quarterly return for every site, sequentially. Writes bench/results/<date>-<label>.json, .md and
 * -plans.txt (EXPLAIN ANALYZE of the SQL each path sends).
 *
 * Extra options: --iterations=N (default and minimum 1000) --max-seconds=N (per measurement,
 * default 90: a slower path stops there, and its n says how far it got) --warmup=N (default 100)
 * --only=quarterly_return,case_list (some benchmarks only; the report's name then says which).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAuditSealer } from "../server/audit/sealer.js";
import { loadKeyring } from "../server/vault/keyring.js";
import { createVault } from "../server/vault/vault.js";
import { openBenchDatabase } from "./lib/database.js";
import { readManifest } from "./lib/manifest.js";
import { parseOptions, positiveInt } from "./lib/options.js";
import { caseList, caseworkerActor } from "./run/case-list.js";
import { duplicateCheck } from "./run/duplicate-check.js";
import { explainPaths } from "./run/explain.js";
import { measure, round, warmUp } from "./run/harness.js";
import { openClient } from "./run/open-client.js";
import { quarterlyReturn } from "./run/quarterly-return.js";
import { queryPeople } from "./run/query-people.js";
import { writeReport, type BenchmarkResult } from "./run/report.js";
import type { BenchmarkSpec } from "./run/spec.js";

const options = parseOptions(process.argv.slice(2), ["iterations", "max-seconds", "warmup", "only"]);
const iterations = Math.max(1_000, positiveInt(options.extra.get("iterations") ?? "1000", "--iterations"));
const maxSeconds = positiveInt(options.extra.get("max-seconds") ?? "90", "--max-seconds");
const warmup = positiveInt(options.extra.get("warmup") ?? "100", "--warmup");
const defaultConcurrencies = [1, 8];
const benchmarkKeys = ["duplicate_check", "open_client", "case_list", "quarterly_return"] as const;
const only = options.extra.get("only")?.split(",");
const unknown = only?.filter((key) => !(benchmarkKeys as readonly string[]).includes(key)) ?? [];
if (unknown.length > 0) throw new Error(`--only takes ${benchmarkKeys.join(", ")}; not ${unknown.join(", ")}`);
const isRun = (key: (typeof benchmarkKeys)[number]) => !only || only.includes(key);

const manifest = await readManifest(options.dataDir);
if (!existsSync(path.join(options.dataDir, "keyring.json"))) throw new Error(`No keyring in ${options.dataDir}`);
const { keyring } = await loadKeyring({ dataDir: options.dataDir, keyringJson: undefined });
const vault = createVault(keyring);
// The server's own pool size, so the real paths and their limits share what production would have.
const database = await openBenchDatabase(manifest.target, 10);
const loadAverageBefore = os.loadavg();
console.log(`Benchmarking ${manifest.clients.toLocaleString("en-GB")} clients (${manifest.label}) on ${manifest.target.kind}; load average ${loadAverageBefore.map((v) => v.toFixed(1)).join(" ")}`);

// The server's sealer runs beside the benchmarks, as beside requests in production, sealing the
// audit events the open-a-record benchmark writes.
const sealer = startAuditSealer(database.db, { onError: (error) => console.error("sealing failed", error) });
try {
  const context = { seed: manifest.seed, clients: manifest.clients, organisationId: manifest.organisationId, count: iterations + warmup };
  const quarterly = isRun("quarterly_return") ? quarterlyReturn(database, manifest) : null;
  const specs: BenchmarkSpec[] = [
    ...(isRun("duplicate_check") ? [duplicateCheck(database, vault, { ...context, actor: caseworkerActor(manifest, 0) })] : []),
    ...(isRun("open_client") ? [await openClient(database, vault, { actor: caseworkerActor(manifest, 0), siteId: manifest.sites[0]!.siteId, count: context.count })] : []),
    ...(isRun("case_list") ? [await caseList(database, vault, manifest, Math.max(...defaultConcurrencies))] : []),
    ...(quarterly ? [quarterly.spec] : []),
  ];
  const results: BenchmarkResult[] = [];
  for (const spec of specs) {
    const runs: BenchmarkResult["runs"] = [];
    for (const concurrency of spec.concurrencies ?? defaultConcurrencies) {
      const settings = { warmup, iterations, maxSeconds, concurrency };
      // Both paths touch the same rows in the same order; warming both first means neither is
      // measured against a colder cache than the other.
      await warmUp(spec.limit, warmup, maxSeconds / 4);
      await warmUp(spec.real, warmup, maxSeconds / 4);
      const limit = await measure(`${spec.key} limit`, spec.limit, settings);
      const real = await measure(spec.key, spec.real, settings);
      const ratio = { p50: round(real.p50Ms / limit.p50Ms), p95: round(real.p95Ms / limit.p95Ms), p99: round(real.p99Ms / limit.p99Ms), throughput: round(limit.throughputPerSecond / real.throughputPerSecond) };
      runs.push({ concurrency, real, limit, ratio, meetsTarget: real.p95Ms < spec.targetP95Ms && (spec.maxRatioP95 === undefined || ratio.p95 <= spec.maxRatioP95) });
      console.log(`${spec.title}, concurrency ${concurrency}: p50/p95/p99 ${real.p50Ms}/${real.p95Ms}/${real.p99Ms} ms, ${real.throughputPerSecond}/s; limit ${limit.p50Ms}/${limit.p95Ms}/${limit.p99Ms} ms, ${limit.throughputPerSecond}/s; p95 ${ratio.p95}× the limit`);
    }
    const quality = spec.quality ? await spec.quality() : {};
    const breakdown = spec.breakdown ? await spec.breakdown() : undefined;
    results.push({
      key: spec.key,
      title: spec.title,
      targetP95Ms: spec.targetP95Ms,
      ...(spec.maxRatioP95 ? { maxRatioP95: spec.maxRatioP95 } : {}),
      limitDescription: spec.limitDescription,
      runs,
      quality,
      ...(breakdown ? { breakdown } : {}),
    });
    await spec.close?.();
  }

  const [common] = queryPeople(manifest.seed, manifest.clients, 1);
  const explained = await explainPaths(database, vault, manifest, {
    ...(isRun("duplicate_check")
      ? {
          people: [
            { label: "a common name: Mohammed Khan", identity: { givenName: "Mohammed", familyName: "Khan", otherNames: [], dateOfBirth: "2001-05-14", address: null, postcode: null, phone: null, email: null, nhsNumber: null } },
            { label: "a typical intake", identity: common!.identity },
          ],
        }
      : {}),
    // A client the site's caseworker may open.
    ...(isRun("open_client")
      ? { clientId: (await database.query<{ client_id: string }>("select client_id from cases where site_id = $1 and not is_restricted order by opened_at limit 1", [manifest.sites[0]!.siteId]))[0]!.client_id }
      : {}),
    isCaseList: isRun("case_list"),
    ...(quarterly ? { quarterlyReturn: quarterly } : {}),
  });
  const [settings] = await database.query<Record<string, string>>(
    "select version() as version, current_setting('shared_buffers') as shared_buffers, current_setting('synchronous_commit') as synchronous_commit, current_setting('work_mem') as work_mem, pg_database_size(current_database())::text as bytes",
  );
  // A run of some benchmarks only is labelled with them, so it never overwrites a full run's report.
  const date = `${new Date().toISOString().slice(0, 10)}${only ? `-${only.join("-")}` : ""}`;
  const files = await writeReport(
    {
      date,
      label: manifest.label,
      clients: manifest.clients,
      database: {
        kind: manifest.target.kind,
        version: (settings?.version ?? "").split(" on ")[0] ?? "",
        bytes: Number(settings?.bytes ?? 0),
        settings: { shared_buffers: settings?.shared_buffers ?? "", synchronous_commit: settings?.synchronous_commit ?? "", work_mem: settings?.work_mem ?? "" },
      },
      machine: { cpus: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageBefore, loadAverageAfter: os.loadavg() },
      generation: { ...manifest.generation, rows: manifest.rows },
      options: { warmup, iterations, maxSeconds },
      benchmarks: results,
      processPeakRssMb: round(process.resourceUsage().maxRSS / 1024),
      plans: {
        file: `${date}-${manifest.label}-plans.txt`,
        seqScans: explained.filter((q) => q.seqScans.length > 0).map((q) => ({ path: q.path, tables: q.seqScans })),
        jitCompiled: explained.filter((q) => q.isJitCompiled).map((q) => q.path),
        slowest: [...explained].sort((a, b) => b.executionMs - a.executionMs).slice(0, 3).map((q) => ({ path: q.path, executionMs: q.executionMs })),
      },
    },
    explained,
  );
  console.log(`Wrote ${Object.values(files).map((file) => path.relative(process.cwd(), file)).join(", ")}`);
} finally {
  await sealer.stop();
  await database.close();
}
