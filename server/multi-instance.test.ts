/**
 * Two app instances, as behind a load balancer: separate processes on separate ports sharing one
 * PostgreSQL database and one keyring. They start together on an empty database (one applies the
 * migrations and seeds the demo while the other waits its turn), a session made through one works
 * through the other, each job — a scheduled one included — is run by exactly one of them, and an
 * audit chain written by both at once has no fork.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppProcess } from "../test/app-process.js";
import { isPostgres } from "../test/db.js";
import { RemoteAdministrator } from "../test/remote-administrator.js";
import { withThrowawayPostgres } from "../test/throwaway-postgres.js";
import { verifyChain } from "./audit/verify-chain.js";
import { openDatabase } from "./db/client.js";
import { generateKeyring, serialiseKeyring } from "./vault/keyring.js";

interface Instances {
  first: AppProcess;
  second: AppProcess;
  databaseUrl: string;
}

/** The ids of the jobs an instance says it finished, from its log. */
function jobsDoneBy(instance: AppProcess): string[] {
  return instance
    .output()
    .split("\n")
    .flatMap((line) => {
      if (!line.startsWith("{")) return [];
      const entry = JSON.parse(line) as { msg?: string; jobId?: number | string };
      return entry.msg === "job done" && entry.jobId !== undefined ? [String(entry.jobId)] : [];
    });
}

async function stop(instance: AppProcess | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return;
  instance.child.kill("SIGTERM");
  await instance.exited;
}

describe.runIf(isPostgres())("two app instances on one PostgreSQL database", { timeout: 240_000 }, () => {
  let instances: Instances;
  // One administrator throughout: the authenticator enrolled at the first sign-in is used after.
  const admin = new RemoteAdministrator();
  let finished: () => void;
  let dropped: Promise<void>;
  const scratch = mkdtemp(path.join(tmpdir(), "pathways-two-"));

  beforeAll(async () => {
    const ready = new Promise<Instances>((resolve, reject) => {
      // The database lives until the tests are done with it; then it is dropped.
      dropped = withThrowawayPostgres("two", async (databaseUrl) => {
        const folder = await scratch;
        const shared = { DATABASE_URL: databaseUrl, PATHWAYS_KEYRING: serialiseKeyring(generateKeyring()), PATHWAYS_DEMO: "on", LOG_LEVEL: "info" };
        // Started at the same moment on an empty database, as a deploy would start them.
        const started = await Promise.allSettled([
          startApp({ ...shared, PATHWAYS_DATA_DIR: path.join(folder, "first") }),
          startApp({ ...shared, PATHWAYS_DATA_DIR: path.join(folder, "second") }),
        ]);
        const [first, second] = started;
        if (first.status === "rejected" || second.status === "rejected") {
          for (const outcome of started) if (outcome.status === "fulfilled") await stop(outcome.value);
          const failed = started.find((outcome) => outcome.status === "rejected");
          reject(failed?.reason instanceof Error ? failed.reason : new Error("an instance did not start"));
          return;
        }
        resolve({ first: first.value, second: second.value, databaseUrl });
        await new Promise<void>((release) => (finished = release));
        await Promise.all([stop(first.value), stop(second.value)]);
      });
      dropped.catch(reject);
    });
    instances = await ready;
  });

  afterAll(async () => {
    finished?.();
    await dropped?.catch(() => undefined);
    await rm(await scratch, { recursive: true, force: true });
  });

  it("start together on an empty database: the migrations are applied once and the demo is seeded once", async () => {
    const client = new pg.Client({ connectionString: instances.databaseUrl });
    await client.connect();
    try {
      const migrations = await client.query<{ hash: string; n: string }>("select hash, count(*) as n from drizzle.__drizzle_migrations group by hash");
      expect(migrations.rows.length).toBeGreaterThan(20);
      expect(migrations.rows.filter((row) => Number(row.n) !== 1)).toEqual([]);
      const organisations = await client.query<{ n: string }>("select count(*) as n from organisations");
      expect(Number(organisations.rows[0]!.n)).toBe(1);
    } finally {
      await client.end();
    }
  });

  it("a session made through one instance works through the other, and signing out on either ends it on both", async () => {
    admin.baseUrl = instances.first.baseUrl;
    await admin.signIn();

    admin.baseUrl = instances.second.baseUrl;
    expect((await admin.send("GET", "/api/auth/session")).status).toBe(200);
    // A change (with its CSRF token) through the other instance.
    expect((await admin.send("POST", "/api/sites", { name: `Coventry ${randomBytes(3).toString("hex")}` })).status).toBe(201);

    expect((await admin.send("POST", "/api/auth/sign-out")).status).toBe(204);
    admin.baseUrl = instances.first.baseUrl;
    expect((await admin.send("GET", "/api/auth/session")).status).toBe(401);
  });

  it("an audit chain written by both instances at once verifies, with every change in it once", async () => {
    admin.baseUrl = instances.first.baseUrl;
    await admin.signIn();
    const created: string[] = [];
    const writer = async (instance: AppProcess, id: number) => {
      for (let i = 0; i < 12; i++) {
        const name = `Concurrent ${id}-${i} ${randomBytes(3).toString("hex")}`;
        const response = await admin.sendTo(instance.baseUrl, "POST", "/api/sites", { name });
        expect(response.status).toBe(201);
        created.push(name);
      }
    };
    // Four writers through each instance, interleaving; each instance's sealer chains what it can.
    await Promise.all([0, 1, 2, 3].flatMap((id) => [writer(instances.first, id), writer(instances.second, id + 4)]));
    expect(created).toHaveLength(96);

    const client = new pg.Client({ connectionString: instances.databaseUrl });
    await client.connect();
    try {
      // Both sealers run every second; wait for them to seal everything written.
      for (let waited = 0; ; waited += 250) {
        const unsealed = await client.query<{ n: string }>("select count(*) as n from audit_events where hash is null");
        if (Number(unsealed.rows[0]!.n) === 0) break;
        if (waited > 30_000) throw new Error("the audit events were not sealed");
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const created = await client.query<{ n: string }>("select count(*) as n from audit_events e join sites s on s.id::text = e.entity_id::text where e.action = 'site.created' and s.name like 'Concurrent %'");
      expect(Number(created.rows[0]!.n)).toBe(96);
      const seqs = await client.query<{ n: string; distinct_n: string; max_seq: string }>(
        "select count(*) as n, count(distinct seq) as distinct_n, max(seq) as max_seq from audit_events",
      );
      // One chain: every event has its own place, with no gap and no two events in one place.
      expect(seqs.rows[0]).toEqual({ n: seqs.rows[0]!.max_seq, distinct_n: seqs.rows[0]!.max_seq, max_seq: seqs.rows[0]!.n });
      const [organisation] = (await client.query<{ id: string }>("select id from organisations")).rows;
      const database = await openDatabase({ kind: "postgres", url: instances.databaseUrl, poolSize: 1 });
      try {
        expect(await verifyChain(database.db, organisation!.id)).toMatchObject({ isIntact: true, problem: null, unsealedEvents: 0 });
      } finally {
        await database.close();
      }
    } finally {
      await client.end();
    }
  });

  it("each job is run by one instance only, the scheduled ones included", async () => {
    const client = new pg.Client({ connectionString: instances.databaseUrl });
    await client.connect();
    let scheduled: string[] = [];
    try {
      // Both instances declared the current slot of every schedule when they started; wait until
      // the session purge's slot has been run.
      for (let waited = 0; ; waited += 250) {
        const done = await client.query<{ id: string }>("select id::text as id from jobs where name = 'sessions.purge-expired' and status = 'done'");
        scheduled = done.rows.map((row) => row.id);
        if (scheduled.length > 0) break;
        if (waited > 30_000) throw new Error("the scheduled job did not run");
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await client.end();
    }
    const byFirst = jobsDoneBy(instances.first);
    const bySecond = jobsDoneBy(instances.second);
    const all = [...byFirst, ...bySecond];
    // Nothing run twice, by one instance or by both.
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
    for (const id of scheduled) expect(all.filter((done) => done === id)).toHaveLength(1);
  });
});
