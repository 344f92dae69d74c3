/**
 * Behind a reverse proxy the client is the address the proxy forwards, and only when the proxy is
 * one the configuration trusts: otherwise everyone would share the proxy's rate limits, or anyone
 * could claim any address by sending the header.
 */
import { createHash, randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { queryRows } from "../db/client.js";

const { app, deps } = await testApp();
const config = (extra: Record<string, string> = {}) => loadConfig({ PATHWAYS_DATA_DIR: ".test-data", PATHWAYS_PUBLIC_URL: "http://localhost:3000", ...extra });
const behindProxy = await buildApp({ ...deps, config: config({ PATHWAYS_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" }) }, { logger: false });
afterAll(() => behindProxy.close());

/** An address from the documentation ranges, different each time (the rate-limit table is shared). */
const address = (prefix = "198.51.100") => `${prefix}.${randomInt(1, 255)}`;
/** How many sign-in attempts the rate limit has counted from `ip` (hashed, as it stores them). */
async function attemptsFrom(ip: string): Promise<number> {
  const key = `sign-in:ip:${createHash("sha256").update(ip).digest("hex")}`;
  const rows = await queryRows<{ count: number }>(deps.db, sql`select coalesce(sum(count), 0)::int as count from rate_limits where key = ${key}`);
  return rows[0]?.count ?? 0;
}
const signIn = (target: typeof app, remoteAddress: string, forwardedFor?: string) =>
  target.inject({ method: "POST", url: "/api/auth/sign-in", remoteAddress, payload: { email: "nobody@pathways.test", password: "not the password" }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });

describe("http.trusted proxies", () => {
  it("counts a client behind a trusted proxy by the address it forwards", async () => {
    const client = address();
    expect((await signIn(behindProxy, "127.0.0.1", client)).statusCode).toBe(401);
    expect((await signIn(behindProxy, "10.1.2.3", `203.0.113.9, ${client}`)).statusCode).toBe(401);
    expect(await attemptsFrom(client)).toBe(2);
  });

  it("ignores the header from anyone else, and from everyone when no proxy is trusted", async () => {
    const claimed = address();
    const direct = address("192.0.2");
    const before = await attemptsFrom(direct);
    await signIn(behindProxy, direct, claimed);
    await signIn(app, direct, claimed);
    expect(await attemptsFrom(claimed)).toBe(0);
    expect(await attemptsFrom(direct)).toBe(before + 2);
  });

  it("refuses a setting that is not a list of addresses or ranges", () => {
    expect(() => config({ PATHWAYS_TRUSTED_PROXIES: "127.0.0.1, my-proxy" })).toThrow(/PATHWAYS_TRUSTED_PROXIES/);
    expect(config({ PATHWAYS_TRUSTED_PROXIES: "::1, 172.16.0.0/12" }).trustedProxies).toEqual(["::1", "172.16.0.0/12"]);
    expect(config().trustedProxies).toEqual([]);
  });
});
