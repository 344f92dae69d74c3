/**
 * Several app instances may start at once against one PostgreSQL server (a rolling deploy, or a
 * load balancer's instances restarted together). Applying migrations, storing built-in instrument
 * and programme versions and seeding the demo each assume they run alone, so an instance does
 * them holding a PostgreSQL advisory lock: the others wait, then find the work done. The lock is
 * held on a connection of its own, outside the pool the work uses, and is released when that
 * connection closes even if the instance dies half-way.
 *
 * The embedded database needs no lock: its data folder belongs to one process.
 */
import pg from "pg";

/** An arbitrary constant every instance agrees on (the ASCII of "PATHWAYS"'s first four letters, 'PATH'). */
const startupLockKey = 0x50415448;

export async function withStartupLock<T>(databaseUrl: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!databaseUrl) return work();
  const holder = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  holder.on("error", () => undefined);
  await holder.connect();
  try {
    await holder.query("select pg_advisory_lock($1)", [startupLockKey]);
    return await work();
  } finally {
    // Ending the session releases the lock, whether or not the work succeeded.
    await holder.end().catch(() => undefined);
  }
}
