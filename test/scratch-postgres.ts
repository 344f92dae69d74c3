/** A PostgreSQL database of its own for a test that starts app processes, dropped afterwards. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { adminUrl } from "./global-setup.js";

export async function withScratchPostgres<T>(prefix: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    return await work(adminUrl.replace(/\/[^/]*$/, `/${name}`));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
