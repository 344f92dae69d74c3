/**
 * What every request handler can rely on: the application's dependencies and, once the session hook
 * has run, the signed-in actor. Route access levels are declared per route in `config.access`.
 */
import type {} from "@fastify/cookie";
import type { RoleGrant } from "../../core/roles.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Vault } from "../vault/vault.js";

export interface AppDeps {
  db: Db;
  /**
   * Where reports read their figures: a read replica when one is configured, otherwise `db`. Only
   * reading happens here; the release log and everything else are written to the primary.
   */
  reportsDb?: Db;
  config: Config;
  vault: Vault;
  commonPasswords: ReadonlySet<string>;
  /** Injected so tests can move time (session expiry, lockouts, TOTP steps) without sleeping. */
  now: () => Date;
  /** Asks the job runner to look for work now (report building); absent where no runner runs, as in tests. */
  wakeJobs?: () => void;
}

export interface Actor {
  userId: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  language: string;
  isSecondFactorEnrolled: boolean;
  grants: RoleGrant[];
  session: { tokenHash: string; mfaState: MfaState; csrfToken: string; idleMinutes: number };
  /** Present when the request came with an API token instead of a session (integrations/tokens/bearer.ts). */
  token?: { id: string; kind: "personal" | "service"; scope: "read" | "read_write" };
}

export type MfaState = "pending" | "enrolment_required" | "complete";

/**
 * - `public`: no session needed (sign-in, invitations, health, docs).
 * - `partial`: a session that has not yet given its second factor (verify, enrol, sign out, session).
 * - `full` (default): a session that has completed sign-in.
 */
export type Access = "public" | "partial" | "full";

declare module "fastify" {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}
