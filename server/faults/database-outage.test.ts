/**
 * Faults: PostgreSQL goes away under load and comes back. The app talks to the database through a
 * relay the test can cut; while it is cut every request gets a clean 503 with the usual error shape
 * and nothing internal, and once it is back the app answers normally again without a restart.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "../../test/app-process.js";
import { randomAddress } from "../../test/http.js";
import { isPostgres } from "../../test/db.js";
import { adminUrl } from "../../test/global-setup.js";
import { buildApp } from "../app.js";
import { loadCommonPasswords } from "../auth/passwords.js";
import { loadConfig } from "../config.js";
import { migrate } from "../db/migrate.js";
import { openDatabase, type Database } from "../db/client.js";
import { testKeyring } from "../vault/test-keyring.js";
import { createVault } from "../vault/vault.js";

/** A TCP relay to PostgreSQL on a fixed port that can be cut (all connections dropped) and restored. */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", resolve));
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe("faults: the database goes away", { timeout: 120_000 }, () => {
  it.runIf(isPostgres())("answers 503 while PostgreSQL is unreachable and recovers on its own when it is back", async () => {
    const name = `pathways_outage_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const upstream = new URL(adminUrl);
    const relay = new Relay(await freePort(), { host: upstream.hostname, port: Number(upstream.port || 5432) });
    await relay.open();
    const relayed = new URL(adminUrl);
    relayed.port = String(relay.port);
    relayed.pathname = `/${name}`;
    const database = await openDatabase({ kind: "postgres", url: relayed.toString(), poolSize: 4 });
    try {
      await migrate(database);
      await outageAndRecovery(database);
    } finally {
      await database.close().catch(() => undefined);
      await relay.cut();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }

    async function outageAndRecovery(database: Database): Promise<void> {
      const app = await buildApp(
        {
          db: database.db,
          config: loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_PUBLIC_URL: "http://localhost:3000" }),
          vault: createVault(testKeyring()),
          commonPasswords: loadCommonPasswords(),
          now: () => new Date(),
        },
        { logger: false },
      );
      // Signing in reads the database; an unknown account is refused with 401 when all is well
      // (a new one each time: five wrong tries lock even an unknown email).
      const signIn = () =>
        app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: `nobody-${randomUUID()}@example.org`, password: "not the password" }, remoteAddress: randomAddress() });
      const load = () => Promise.all(Array.from({ length: 8 }, signIn));

      expect((await load()).map((answer) => answer.statusCode)).toEqual(Array(8).fill(401));

      await relay.cut();
      const during = await load();
      for (const answer of during) {
        expect(answer.statusCode).toBe(503);
        expect(answer.headers["retry-after"]).toBe("5");
        expect(answer.json()).toEqual({ error: { code: "unavailable", message: "The service is briefly unavailable. Please try again in a moment." } });
        expect(answer.body).not.toMatch(/ECONN|postgres|stack|at \w+ \(/i);
      }

      await relay.open();
      expect((await load()).map((answer) => answer.statusCode)).toEqual(Array(8).fill(401));
      await app.close();
    }
  });
});
