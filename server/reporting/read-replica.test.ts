/**
 * Reports read from a real streaming replica: a primary and a hot standby made with pg_basebackup
 * (test/postgres-cluster.ts), the app writing to the primary and computing its dashboards on the
 * replica. With the replica's replay paused, a referral written to the primary does not reach the
 * dashboard; once replay resumes, it does — the figures come from the replica, and nothing the
 * dashboard needs is written there.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Dashboard } from "../../core/api/reporting-dashboard.js";
import { isPostgres } from "../../test/db.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs, type Agent } from "../../test/http.js";
import { postgresProgramsFolder, startReplicatedClusters, type ReplicatedClusters } from "../../test/postgres-cluster.js";
import { insertReferral } from "../../test/reporting-factories.js";
import { buildApp } from "../app.js";
import { loadCommonPasswords } from "../auth/passwords.js";
import { loadConfig } from "../config.js";
import { openDatabase, queryRows, type Database } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { testKeyring } from "../vault/test-keyring.js";
import { createVault } from "../vault/vault.js";
import { lastCompleteMonth } from "./returns/releases.js";

// CI has the server programs and must run this; a developer machine without them skips it.
const canRun = isPostgres() && (postgresProgramsFolder() !== null || process.env.CI === "true");

describe.runIf(canRun)("reports read from a streaming read replica", { timeout: 180_000 }, () => {
  let clusters: ReplicatedClusters;
  let primary: Database;
  let replica: Database;
  let app: FastifyInstance;
  let organisation: TestOrganisation;
  let administrator: Agent;
  const month = lastCompleteMonth(new Date());
  const inMonth = new Date(`${month}-10T10:00:00Z`);

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const [current] = await queryRows<{ lsn: string }>(primary.db, sql`select pg_current_wal_lsn()::text as lsn`);
    for (let waited = 0; ; waited += 100) {
      const [replay] = await queryRows<{ behind: boolean }>(replica.db, sql`select coalesce(pg_last_wal_replay_lsn() < ${current!.lsn}::pg_lsn, true) as behind`);
      if (replay?.behind === false) return;
      if (waited > 30_000) throw new Error("the replica did not catch up");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const referralsOnDashboard = async (): Promise<number> => {
    const response = await administrator.request("GET", `/api/reporting/dashboard?siteId=${organisation.siteIds[0]}&from=${month}&to=${month}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Dashboard>().referrals.received;
  };

  beforeAll(async () => {
    clusters = await startReplicatedClusters();
    primary = await openDatabase({ kind: "postgres", url: clusters.primary.url, poolSize: 4 });
    replica = await openDatabase({ kind: "postgres", url: clusters.replica.url, poolSize: 2 });
    await migrate(primary);
    const vault = createVault(testKeyring());
    app = await buildApp(
      {
        db: primary.db,
        reportsDb: replica.db,
        config: loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_PUBLIC_URL: "http://localhost:3000" }),
        vault,
        commonPasswords: loadCommonPasswords(),
        now: () => new Date(),
      },
      { logger: false },
    );
    await app.ready();
    organisation = await createOrganisation(primary.db);
    const user = await createUser(primary.db, vault, organisation, { role: "administrator" });
    administrator = await signInAs(app, user, new Date());
    for (let i = 0; i < 3; i++) await insertReferral(primary.db, organisation, { receivedAt: inMonth });
  });

  afterAll(async () => {
    await app?.close();
    await replica?.close();
    await primary?.close();
    await clusters?.stop();
  });

  it("is a standby in recovery, refusing writes", async () => {
    const [state] = await queryRows<{ inRecovery: boolean }>(replica.db, sql`select pg_is_in_recovery() as "inRecovery"`);
    expect(state?.inRecovery).toBe(true);
    await expect(replica.db.execute(sql`create table written_to_replica (id int)`)).rejects.toMatchObject({ cause: { code: "25006" } }); // read_only_sql_transaction
  });

  it("serves the dashboard's figures from the replica: a referral not yet replayed is not counted, and is once it is", async () => {
    await caughtUp();
    expect(await referralsOnDashboard()).toBe(3);

    await replica.db.execute(sql`select pg_wal_replay_pause()`);
    try {
      await insertReferral(primary.db, organisation, { receivedAt: inMonth });
      const [onPrimary] = await queryRows<{ n: number }>(primary.db, sql`select count(*)::int as n from referrals where organisation_id = ${organisation.id}`);
      expect(onPrimary?.n).toBe(4);
      // The primary has four; the replica, paused, still has three, and so has the dashboard.
      expect(await referralsOnDashboard()).toBe(3);
    } finally {
      await replica.db.execute(sql`select pg_wal_replay_resume()`);
    }
    await caughtUp();
    expect(await referralsOnDashboard()).toBe(4);
  });
});
