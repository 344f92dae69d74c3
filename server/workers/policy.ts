/**
 * Who may do what with worker profiles, conflicts of interest, matching and the caseload dashboard.
 *
 * - A worker profile is staff data: administrators, and team managers and safeguarding leads at one
 *   of the worker's sites, read and change it; the worker reads their own.
 * - A site's list of workers is for its managers and for administrators; the caseload dashboard
 *   (counts drawn from cases) only for its managers, since administrators see no case data.
 * - Conflicts of interest and matching are part of allocating a case: the managers who may assign
 *   people to it (cases/policy.ts `canAssign`), never through emergency access.
 */
import { hasRole } from "../authz/authorize.js";
import { holdsAt, managerRoles } from "../authz/site-roles.js";
import { canAssign, type CaseForPolicy, type ViewContext } from "../cases/policy.js";
import type { Actor } from "../http/context.js";

const managesAny = (actor: Actor, siteIds: readonly string[]): boolean => siteIds.some((siteId) => holdsAt(actor, managerRoles, siteId));

export const canListWorkersAt = (actor: Actor, siteId: string): boolean => hasRole(actor, "administrator") || holdsAt(actor, managerRoles, siteId);

export const canEditWorker = (actor: Actor, workerSiteIds: readonly string[]): boolean => hasRole(actor, "administrator") || managesAny(actor, workerSiteIds);

export const canReadWorker = (actor: Actor, worker: { userId: string; siteIds: readonly string[] }): boolean =>
  actor.userId === worker.userId || canEditWorker(actor, worker.siteIds);

export const canSeeCaseload = (actor: Actor, siteId: string): boolean => holdsAt(actor, managerRoles, siteId);

export const canManageConflicts = (actor: Actor, kase: CaseForPolicy, view: ViewContext): boolean => canAssign(actor, kase, view);

export const canMatchWorkers = (actor: Actor, kase: CaseForPolicy, view: ViewContext): boolean => canAssign(actor, kase, view) && kase.state !== "closed";
