/**
 * Fixed-window rate limits counted in the database, so the limit holds across every app instance.
 * Keys are hashed: the table never stores an IP address or an email.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/client.js";
import { AppError } from "./errors.js";

export interface RateLimitRule {
  /** What is being limited, e.g. `sign-in:ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export async function consumeRateLimit(db: Db, rule: RateLimitRule, subject: string, now: Date): Promise<void> {
  const key = `${rule.name}:${createHash("sha256").update(subject).digest("hex")}`;
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`insert into rate_limits (key, window_start, count) values (${key}, ${windowStart.toISOString()}, 1)
        on conflict (key, window_start) do update set count = rate_limits.count + 1
        returning count`,
  );
  if ((row?.count ?? 0) > rule.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
    throw new AppError("rate_limited", `Too many attempts. Try again in ${Math.max(1, Math.ceil(retryAfter / 60))} minute(s).`);
  }
}

export const rateLimits = {
  signInPerIp: { name: "sign-in:ip", limit: 30, windowSeconds: 15 * 60 },
  secondFactorPerUser: { name: "second-factor:user", limit: 10, windowSeconds: 15 * 60 },
  invitationPerIp: { name: "invitation:ip", limit: 30, windowSeconds: 15 * 60 },
  passwordResetPerIp: { name: "password-reset:ip", limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
