/**
 * Factories for referrals, clients and cases inside a test organisation, built through the same
 * use cases the app uses (so encryption, indexes and audit are real).
 */
import { randomUUID } from "node:crypto";
import { openCase } from "../server/cases/open-case.js";
import { createClient } from "../server/clients/create-client.js";
import type { Identity } from "../server/clients/identity-store.js";
import { inTransaction } from "../server/db/client.js";
import type { AppDeps } from "../server/http/context.js";
import { createReferral } from "../server/referrals/create-referral.js";
import type { TestOrganisation } from "./factories.js";

/** A full identity for a test client: sample values, with any fields overridden. */
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

export const samplePerson = () => ({
  givenName: "Ayesha",
  familyName: `Rahman-${randomUUID().slice(0, 6)}`,
  dateOfBirth: "2008-03-14",
  phone: "07700 900123",
  postcode: "B11 1AA",
});

export async function createTestReferral(
  deps: AppDeps,
  organisation: TestOrganisation,
  options: { site?: 0 | 1; isRestricted?: boolean; person?: ReturnType<typeof samplePerson>; urgency?: "routine" | "soon" | "urgent" } = {},
) {
  return inTransaction(deps.db, (tx) =>
    createReferral(
      tx,
      { vault: deps.vault, now: deps.now(), organisationId: organisation.id, actorUserId: null, requestId: "test" },
      {
        siteId: organisation.siteIds[options.site ?? 0],
        sourceCode: options.isRestricted ? "channel" : "family",
        person: options.person ?? samplePerson(),
        referrer: { name: "Referring Relative", phone: "07700 900456", relationship: "aunt" },
        reasons: options.isRestricted ? ["radicalisation_extremism"] : ["substance_misuse", "criminal_exploitation_gangs"],
        concern: "Spending time with older boys; money and new phone unexplained.",
        urgency: options.urgency ?? "soon",
        preferredLanguage: "ur",
        isInterpreterNeeded: false,
        preferredWorkerGender: "no_preference",
        isPersonAware: true,
        isReferrerConsentGiven: true,
        channel: "staff",
      },
    ),
  );
}

/**
 * A client (with the given identity, or sample values) and an open case in assessment at the
 * given site, opened by `openedBy`.
 */
export async function createTestCase(
  deps: AppDeps,
  organisation: TestOrganisation,
  openedBy: string,
  options: { site?: 0 | 1; isRestricted?: boolean; keyWorkerId?: string | null; identity?: Partial<Identity> } = {},
) {
  return inTransaction(deps.db, async (tx) => {
    const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
    const person = identityOf(options.identity ?? { phone: samplePerson().phone });
    const { client, key } = await createClient(tx, context, {
      organisationId: organisation.id,
      identity: person,
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
      keyWorkerId: options.keyWorkerId ?? null,
    });
    return { client, kase, person };
  });
}
