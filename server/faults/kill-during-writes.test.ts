/**
 * Faults: the server killed with SIGKILL in the middle of writes, three times over, on the embedded
 * database and on PostgreSQL. After each restart every write the server acknowledged is there,
 * nothing half-written is (each site has exactly its one audit event, and no event lacks its site),
 * and the audit chain verifies, with events written just before the kill sealed after the restart.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp, type AppProcess } from "../../test/app-process.js";
import { isPostgres } from "../../test/db.js";
import { RemoteAdministrator } from "../../test/remote-administrator.js";
import { withThrowawayPostgres } from "../../test/throwaway-postgres.js";

const scratch = await mkdtemp(path.join(tmpdir(), "pathways-faults-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function killDuringWrites(env: Record<string, string>): Promise<void> {
  const admin = new RemoteAdministrator();
  const acknowledged = new Set<string>();
  for (let round = 1; round <= 3; round++) {
    const app: AppProcess = await startApp(env);
    admin.baseUrl = app.baseUrl;
    if (round === 1) await admin.signIn();
    await checkConsistent(admin, acknowledged);

    // Eight writers create sites until the server is killed under them.
    let isKilled = false;
    const writer = async (id: number) => {
      for (let i = 0; !isKilled; i++) {
        const name = `Fault ${round}-${id}-${i} ${randomBytes(3).toString("hex")}`;
        const answer = await admin.send("POST", "/api/sites", { name }).catch(() => null);
        if (answer?.status === 201) acknowledged.add(name);
      }
    };
    const writers = Array.from({ length: 8 }, (_, id) => writer(id));
    const target = acknowledged.size + 30;
    while (acknowledged.size < target) await new Promise((resolve) => setTimeout(resolve, 20));
    app.child.kill("SIGKILL");
    isKilled = true;
    expect(await app.exited).toBeNull();
    await Promise.all(writers);
    // Really gone: nothing answers where the server was.
    expect(await fetch(`${app.baseUrl}/api/health`).then(() => "answered", () => "gone")).toBe("gone");
  }
  const app = await startApp(env);
  admin.baseUrl = app.baseUrl;
  try {
    await checkConsistent(admin, acknowledged);
    expect(acknowledged.size).toBeGreaterThanOrEqual(90);
  } finally {
    app.child.kill("SIGTERM");
    await app.exited;
  }
}

async function checkConsistent(admin: RemoteAdministrator, acknowledged: ReadonlySet<string>): Promise<void> {
  const sites = ((await (await admin.send("GET", "/api/sites")).json()) as { items: { id: string; name: string }[] }).items;
  const names = new Set(sites.map((site) => site.name));
  expect([...acknowledged].filter((name) => !names.has(name))).toEqual([]);
  const events = (await (await admin.send("GET", "/api/audit/events?action=site.created&pageSize=100")).json()) as { total: number; items: { entityId: string | null }[] };
  const faultSites = sites.filter((site) => site.name.startsWith("Fault "));
  // Every site that exists was audited once and every "created" event has its site: nothing half done.
  let page = 1;
  const audited: string[] = [];
  for (let listed = events; ; ) {
    audited.push(...listed.items.map((event) => event.entityId ?? ""));
    if (audited.length >= listed.total) break;
    page += 1;
    listed = (await (await admin.send("GET", `/api/audit/events?action=site.created&pageSize=100&page=${page}`)).json()) as typeof events;
  }
  const siteIds = new Set(sites.map((site) => site.id));
  expect(audited.filter((id) => !siteIds.has(id))).toEqual([]);
  expect(faultSites.filter((site) => !audited.includes(site.id))).toEqual([]);
  expect(new Set(audited).size).toBe(audited.length);
  const verification = (await (await admin.send("POST", "/api/audit/verification")).json()) as { isIntact: boolean; problem: string | null; unsealedEvents: number };
  expect(verification).toMatchObject({ isIntact: true, problem: null, unsealedEvents: 0 });
}

describe("faults: the server killed during writes", { timeout: 300_000 }, () => {
  it.runIf(!isPostgres())("keeps every acknowledged write and nothing half-written, with the audit chain intact, on the embedded database", async () => {
    await killDuringWrites({ PATHWAYS_DATA_DIR: path.join(scratch, "embedded") });
  });

  it.runIf(isPostgres())("keeps every acknowledged write and nothing half-written, with the audit chain intact, on PostgreSQL", async () => {
    await withThrowawayPostgres("faults", (url) => killDuringWrites({ DATABASE_URL: url, PATHWAYS_DATA_DIR: path.join(scratch, "server") }));
  });
});
