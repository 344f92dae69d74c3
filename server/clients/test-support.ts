/**
 * Test helpers for client records: an actor for calling use cases directly, and a merge of two
 * clients (clients themselves come from test/case-factories.ts).
 */
import type { Role } from "../../core/roles.js";
import { createTestCase } from "../../test/case-factories.js";
import type { TestOrganisation } from "../../test/factories.js";
import { inTransaction } from "../db/client.js";
import type { Actor, AppDeps } from "../http/context.js";
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
