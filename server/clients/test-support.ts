/**
 * Test helpers for client records: a client with chosen identity and an open case, built through
 * the same use cases the app uses, and an actor for calling use cases directly.
 */
import { randomUUID } from "node:crypto";
import type { Role } from "../../core/roles.js";
import { createTestCase } from "../../test/case-factories.js";
import type { TestOrganisation } from "../../test/factories.js";
import { openCase } from "../cases/open-case.js";
import { inTransaction } from "../db/client.js";
import type { Actor, AppDeps } from "../http/context.js";
import { createClient } from "./create-client.js";
import type { Identity } from "./identity-store.js";
import { mergeClients } from "./merge-clients.js";

export const identityOf = (overrides: Partial<Identity> = {}): Identity => ({
  givenName: "Ayesha",
  familyName: `Rahman-${randomUUID().slice(0, 6)}`,
  otherNames: [],
  dateOfBirth: "2008-03-14",
  address: null,
  postcode: "B11 1AA",
  phone: null,
  email: null,
  nhsNumber: null,
  ...overrides,
});

/** A client with the given identity and a case in assessment at a site of the organisation. */
export async function createTestClient(
  deps: AppDeps,
  organisation: TestOrganisation,
  openedBy: string,
  options: { identity?: Partial<Identity>; site?: 0 | 1; isRestricted?: boolean } = {},
) {
  if (!options.identity) return createTestCase(deps, organisation, openedBy, options);
  const identity = identityOf(options.identity);
  return inTransaction(deps.db, async (tx) => {
    const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
    const { client, key } = await createClient(tx, context, {
      organisationId: organisation.id,
      identity,
      preferredLanguage: "en",
      isInterpreterNeeded: false,
      preferredWorkerGender: "no_preference",
    });
    const kase = await openCase(tx, { ...context, clientKey: key }, {
      organisationId: organisation.id,
      siteId: organisation.siteIds[options.site ?? 0],
      clientId: client.id,
      referral: null,
      isRestricted: options.isRestricted ?? false,
      ageBand: "14_17",
      reason: "Opened for testing",
      openedBy,
      keyWorkerId: null,
    });
    return { client, kase, person: identity };
  });
}

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
  const kept = await createTestClient(deps, organisation, managerId);
  const duplicate = await createTestClient(deps, organisation, managerId);
  const actor = actorFor(managerId, organisation, "team_manager");
  const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
  const merge = await inTransaction(deps.db, (tx) =>
    mergeClients(tx, actor, kept.client.id, { duplicateClientId: duplicate.client.id, reason: "Same person, registered twice." }, context),
  );
  return { merge, kept, duplicate };
}
