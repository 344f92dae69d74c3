/** The organisation's staff and sites by name, for choosing whose actions, and where, to review; names of staff only. */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { sites, users } from "../db/schema.js";

/** Organisations have tens or hundreds of staff; the list is bounded all the same. */
const maxPeople = 2_000;

export async function auditPeople(db: Db, organisationId: string) {
  return db
    .select({ id: users.id, name: users.displayName, isActive: users.isActive })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(maxPeople);
}

export async function auditSites(db: Db, organisationId: string) {
  return db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)).orderBy(asc(sites.name), asc(sites.id));
}
