/** The groups of roles the expectation files declare access with, and the "told it does not exist" answer. */
import { roles, type Role } from "../../core/roles.js";
import { createUser, type TestOrganisation } from "../factories.js";
import type { World } from "./types.js";

/** Roles that work a site's caseload. */
export const caseload = ["caseworker", "team_manager", "safeguarding_lead"] as const satisfies readonly Role[];
/** Roles that allocate, approve and restrict at a site. */
export const managers = ["team_manager", "safeguarding_lead"] as const satisfies readonly Role[];

/** Roles that record a site's outreach (server/outreach/policy.ts). */
export const outreachWorkers = ["outreach_worker", "team_manager", "safeguarding_lead"] as const satisfies readonly Role[];
/** Roles that read a site's outreach: those who record it, and its caseworkers. */
export const outreachReaders = [...outreachWorkers, "caseworker"] as const satisfies readonly Role[];

/** 404 for every role but these: the record is out of their sight, not merely out of their power. */
export const notFoundFor = (except: readonly Role[]) =>
  Object.fromEntries(roles.filter((r) => !except.includes(r)).map((r) => [r, 404])) as Partial<Record<Role, number>>;

/** A team manager (without a second factor) who opens the test cases. */
export async function opener(world: World, organisation: TestOrganisation = world.home): Promise<string> {
  return (await createUser(world.deps.db, world.deps.vault, organisation, { role: "team_manager", isEnrolled: false })).id;
}
