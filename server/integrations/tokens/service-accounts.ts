/**
 * Service accounts: a named integration an administrator sets up with the roles and sites it may
 * act at. Each is a staff row of its own with no password and an address that cannot receive
 * mail, so nobody signs in as it; its tokens act with its grants, and everything it does is
 * audited under its name. Deactivating it (like any user) stops its tokens. Administrator is not
 * a role it may hold: an integration never manages staff or other integrations.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { createServiceAccountBodySchema } from "../../../core/api/integrations.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { roleGrants, serviceAccounts, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { validateGrants } from "../../users/validate-grants.js";

export interface ServiceAccount {
  id: string;
  name: string;
  description: string;
  isActive: boolean;
  grants: { role: string; siteId: string | null }[];
  createdAt: string;
}

export async function createServiceAccount(tx: Db, actor: Actor, input: z.infer<typeof createServiceAccountBodySchema>, context: { now: Date; requestId: string }): Promise<ServiceAccount> {
  const adminAt = input.grants.findIndex((grant) => grant.role === "administrator");
  if (adminAt >= 0) throw new AppError("validation_failed", "Some of the roles are not valid.", { fields: [{ path: `body.grants.${adminAt}.role`, message: "A service account cannot be an administrator." }] });
  const grants = await validateGrants(tx, actor, input.grants);
  const id = randomUUID();
  // `.invalid` is reserved (RFC 2606): no mail can reach it, and no identity provider can claim it.
  await tx.insert(users).values({ id, organisationId: actor.organisationId, email: `service-${id}@service.invalid`, displayName: input.name, createdAt: context.now });
  await tx.insert(roleGrants).values(grants.map((grant) => ({ organisationId: actor.organisationId, userId: id, role: grant.role, siteId: grant.siteId })));
  await tx.insert(serviceAccounts).values({ userId: id, organisationId: actor.organisationId, description: input.description, createdBy: actor.userId, createdAt: context.now });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "service_account.created",
    entityType: "user",
    entityId: id,
    requestId: context.requestId,
    details: { grants: grants.map((grant) => ({ role: grant.role, siteId: grant.siteId })) },
  });
  const [account] = await listServiceAccounts(tx, actor, [id]);
  return account!;
}

/** The organisation's service accounts (or the named ones), with their grants. */
export async function listServiceAccounts(db: Db, actor: Actor, only?: string[]): Promise<ServiceAccount[]> {
  const rows = await db
    .select({ id: users.id, name: users.displayName, isActive: users.isActive, description: serviceAccounts.description, createdAt: serviceAccounts.createdAt })
    .from(serviceAccounts)
    .innerJoin(users, eq(users.id, serviceAccounts.userId))
    .where(and(eq(serviceAccounts.organisationId, actor.organisationId), only ? inArray(serviceAccounts.userId, only) : undefined))
    .orderBy(asc(users.displayName))
    .limit(200);
  const grants = rows.length === 0 ? [] : await db.select({ userId: roleGrants.userId, role: roleGrants.role, siteId: roleGrants.siteId }).from(roleGrants).where(inArray(roleGrants.userId, rows.map((row) => row.id)));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    isActive: row.isActive,
    grants: grants.filter((grant) => grant.userId === row.id).map(({ role, siteId }) => ({ role, siteId })),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** An active service account of the actor's organisation, named in a request body; otherwise a 400 naming the field. */
export async function findServiceAccountFor(db: Db, actor: Actor, id: string): Promise<ServiceAccount> {
  const [account] = await listServiceAccounts(db, actor, [id]);
  const problem = !account ? "No such service account." : !account.isActive ? "This service account has been deactivated." : null;
  if (problem) throw new AppError("validation_failed", "Choose an active service account.", { fields: [{ path: "body.serviceAccountId", message: problem }] });
  return account!;
}
