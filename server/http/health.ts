/**
 * Health checks for whatever runs the app (a load balancer, an orchestrator, a monitor):
 * `/api/health` answers while the process is up (liveness); `/api/health/ready` also asks the
 * database, so an instance that cannot reach PostgreSQL is taken out of rotation instead of
 * answering every request with an error (readiness). Neither says anything about the data.
 */
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { queryRows, type Db } from "../db/client.js";

/** How long a readiness check waits for the database before calling it unreachable. */
const checkTimeoutMs = 2_000;

async function answers(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), checkTimeoutMs)));
  const asked = queryRows(db, sql`select 1 as one`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([asked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(app: FastifyInstance): void {
  app.get("/api/health", { schema: { hide: true } }, () => ({ status: "ok" }));
  app.get("/api/health/ready", { schema: { hide: true } }, async (_request, reply) => {
    const { db, reportsDb } = app.deps;
    const [isDatabaseUp, isReportsUp] = await Promise.all([answers(db), reportsDb ? answers(reportsDb) : Promise.resolve(null)]);
    // Reports fall back to nothing if their replica is down, but the rest of the app still works:
    // a missing replica is reported, not a reason to take the instance out of rotation.
    void reply.code(isDatabaseUp ? 200 : 503);
    return {
      status: isDatabaseUp ? "ready" : "unavailable",
      database: isDatabaseUp ? "up" : "down",
      ...(isReportsUp === null ? {} : { reportsReplica: isReportsUp ? "up" : "down" }),
    };
  });
}
