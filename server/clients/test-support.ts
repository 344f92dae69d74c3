/**
 * Test helpers for client records: an actor for calling use cases directly, a merge of two clients
 * and a contact on a client's record (clients themselves come from test/case-factories.ts).
 */
import { and, desc, eq } from "drizzle-orm";
import type { Role } from "../../core/roles.js";
import { createTestCase } from "../../test/case-factories.js";
import type { TestOrganisation } from "../../test/factories.js";
import { inTransaction } from "../db/client.js";
import { relationships } from "../db/schema.js";
import type { Actor, AppDeps } from "../http/context.js";
import { addRelationship } from "./add-relationship.js";
import { mergeClients } from "./merge-clients.js";

/** An actor as the session hook would build it, for calling use cases without HTTP. */
export function actorFor(userId: string, organisation: TestOrganisation, role: Role, site: 0 | 1 = 0): Actor {
  return {
    userId,
    organisationId: organisation.id,
    organisationName: organisation.name,
    email: `${userId}@example.org`,
    displayName: "Test User",
    language: "en",
    isSecondFactorEnrolled: true,
    grants: [{ role, siteId: role === "administrator" ? null : organisation.siteIds[site] }],
    session: { tokenHash: "", mfaState: "complete", csrfToken: "", idleMinutes: 30 },
  };
}

/** Two clients at the first site merged by a team manager; returns the merge. */
export async function createTestMerge(deps: AppDeps, organisation: TestOrganisation, managerId: string) {
  const kept = await createTestCase(deps, organisation, managerId);
  const duplicate = await createTestCase(deps, organisation, managerId);
  const actor = actorFor(managerId, organisation, "team_manager");
  const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
  const merge = await inTransaction(deps.db, (tx) =>
    mergeClients(tx, actor, kept.client.id, { duplicateClientId: duplicate.client.id, reason: "Same person, registered twice." }, context),
  );
  return { merge, kept, duplicate };
}

/** A mother with a sealed name and phone on the record of a client worked at `site`; returns the relationship id. */
export async function createTestContact(
  deps: AppDeps,
  organisation: TestOrganisation,
  managerId: string,
  clientId: string,
  site: 0 | 1 = 0,
  contact: { contactName: string; contactPhone?: string } = { contactName: "Rukhsana Begum", contactPhone: "07700 900777" },
) {
  const actor = actorFor(managerId, organisation, "team_manager", site);
  const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
  return inTransaction(deps.db, async (tx) => {
    await addRelationship(tx, actor, clientId, { relation: "mother", ...contact }, context);
    const [row] = await tx.select({ id: relationships.id }).from(relationships).where(and(eq(relationships.clientId, clientId), eq(relationships.relation, "mother"))).orderBy(desc(relationships.createdAt)).limit(1);
    if (!row) throw new Error("relationship not recorded");
    return row.id;
  });
}
