/** The shape of a declared endpoint expectation, shared by the per-feature expectation files. */
import type { Role } from "../../core/roles.js";
import type { AppDeps } from "../../server/http/context.js";
import type { TestOrganisation } from "../factories.js";

export interface World {
  deps: AppDeps;
  /** The organisation the actors belong to. */
  home: TestOrganisation;
  /** Another organisation, whose records must be invisible (404). */
  other: TestOrganisation;
}

export interface Call {
  url: string;
  body?: unknown;
}

export interface EndpointExpectation {
  /** Roles that succeed; `signed-in` means any signed-in user acting on their own account; `public` needs no session. */
  allowed: readonly Role[] | "signed-in" | "public";
  success: number;
  /** A valid call made by a user holding `role` at the home organisation's first site. */
  call(world: World, role: Role): Promise<Call>;
  /** The same call aimed at a record the actor cannot see (another organisation, another site). */
  unseen?(world: World, role: Role): Promise<Call>;
  /** Roles to try `unseen` with (default: administrator). */
  unseenFor?: readonly Role[];
  /**
   * Per-role override of the expected status, for endpoints whose answer depends on more than the
   * role (e.g. a mentor who is not on a case gets 404, not 403).
   */
  statusFor?: Partial<Record<Role, number>>;
  /**
   * A refusal is itself recorded in the audit trail (a refused read of client data): after one, the
   * audit events may differ and nothing else may.
   */
  auditsRefusals?: boolean;
}
