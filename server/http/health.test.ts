/** Liveness and readiness: a load balancer keeps an instance in rotation only while its database answers. */
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { freePort } from "../../test/app-process.js";
import { buildApp } from "../app.js";
import { openDatabase } from "../db/client.js";

const { app, deps } = await testApp();

describe("health checks", () => {
  it("answers live and ready, without signing in, while the database answers", async () => {
    expect((await app.inject({ method: "GET", url: "/api/health" })).json()).toEqual({ status: "ok" });
    const ready = await app.inject({ method: "GET", url: "/api/health/ready" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready", database: "up" });
  });

  it("answers 503 not ready, still live, when the database cannot be reached; a reports replica that cannot be reached is named but does not make it unready", async () => {
    const nowhere = await openDatabase({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${await freePort()}/none` });
    const cutOff = await buildApp({ ...deps, db: nowhere.db }, { logger: false });
    const withoutReplica = await buildApp({ ...deps, reportsDb: nowhere.db }, { logger: false });
    try {
      expect((await cutOff.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      const unready = await cutOff.inject({ method: "GET", url: "/api/health/ready" });
      expect(unready.statusCode).toBe(503);
      expect(unready.json()).toEqual({ status: "unavailable", database: "down" });
      const replicaDown = await withoutReplica.inject({ method: "GET", url: "/api/health/ready" });
      expect(replicaDown.statusCode).toBe(200);
      expect(replicaDown.json()).toEqual({ status: "ready", database: "up", reportsReplica: "down" });
    } finally {
      await cutOff.close();
      await withoutReplica.close();
      await nowhere.close();
    }
  });
});
