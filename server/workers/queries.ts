/**
 * Worker queries, scoped to the actor's organisation: who delivers support at a site, one worker
 * with the sites they work at, their profiles (or the defaults when none is saved), how many open
 * cases each works, and the live conflicts of interest that keep a worker from a client.
 */
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Role } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import { caseAssignments, cases, roleGrants, sites, users, workerConflicts, workerProfiles } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { maxStaffListed } from "../sites/queries.js";

/** Roles that deliver support on cases: they can be assigned as key worker, mentor or specialist. */
export const deliveryRoles: readonly Role[] = ["caseworker", "team_manager", "safeguarding_lead", "mentor"];

export type ProfileRow = typeof workerProfiles.$inferSelect;

export interface StaffMember {
  userId: string;
  displayName: string;
  roles: Role[];
}

/** The active people holding a delivery role (or one of `roles`) at a site of the actor's organisation, by name. */
export async function deliveryStaffAt(db: Db, organisationId: string, siteId: string, roles: readonly Role[] = deliveryRoles): Promise<StaffMember[]> {
  return db
    .select({
      userId: users.id,
      displayName: users.displayName,
      roles: sql<Role[]>`array_agg(${roleGrants.role} order by ${roleGrants.role})`,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.siteId, siteId), inArray(roleGrants.role, [...roles]), eq(users.organisationId, organisationId), eq(users.isActive, true)))
    .groupBy(users.id, users.displayName)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(maxStaffListed);
}

export interface WorkerRow extends StaffMember {
  /** Every site where they hold a role, by name. */
  sites: { id: string; name: string }[];
}

/** An active member of staff of the actor's organisation who delivers support somewhere, or "not found". */
export async function findWorkerFor(db: Db, actor: Actor, userId: string): Promise<WorkerRow> {
  const rows = await db
    .select({ displayName: users.displayName, role: roleGrants.role, siteId: sites.id, siteName: sites.name })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .innerJoin(sites, eq(sites.id, roleGrants.siteId))
    .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId), eq(users.isActive, true)))
    .orderBy(asc(sites.name), asc(sites.id))
    .limit(200);
  const first = rows[0];
  if (!first || !rows.some((row) => deliveryRoles.includes(row.role as Role))) throw notFound("Worker");
  const siteList = new Map(rows.map((row) => [row.siteId, row.siteName]));
  return {
    userId,
    displayName: first.displayName,
    roles: [...new Set(rows.map((row) => row.role as Role))].sort(),
    sites: [...siteList].map(([id, name]) => ({ id, name })),
  };
}

/** Saved profiles by user id; people without one are absent (they read as the defaults). */
export async function profilesOf(db: Db, organisationId: string, userIds: readonly string[]): Promise<Map<string, ProfileRow>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(workerProfiles)
    .where(and(eq(workerProfiles.organisationId, organisationId), inArray(workerProfiles.userId, [...userIds])));
  return new Map(rows.map((row) => [row.userId, row]));
}

/**
 * How many open cases each person works (any assignment role), across the organisation: a
 * worker's capacity is theirs, wherever the cases are. Read through the assignments' user index.
 */
export async function openCaseCounts(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: caseAssignments.userId, n: count(sql`distinct ${caseAssignments.caseId}`) })
    .from(caseAssignments)
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .where(and(inArray(caseAssignments.userId, [...userIds]), isNull(caseAssignments.endedAt), ne(cases.state, "closed")))
    .groupBy(caseAssignments.userId);
  return new Map(rows.map((row) => [row.userId, row.n]));
}

/** Of these workers, the ones with a live (not withdrawn) conflict of interest with the client. */
export async function conflictedWorkers(db: Db, clientId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ userId: workerConflicts.userId })
    .from(workerConflicts)
    .where(and(eq(workerConflicts.clientId, clientId), inArray(workerConflicts.userId, [...userIds]), isNull(workerConflicts.withdrawnAt)));
  return new Set(rows.map((row) => row.userId));
}
