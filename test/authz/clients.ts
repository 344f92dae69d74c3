/**
 * Declared expectations for client endpoints. A client is seen by whoever sees one of their cases
 * (or their referral awaiting a case); everyone else gets 404. Search is for caseload roles (403 for
 * the rest); merging for team managers and safeguarding leads who see both records; listing and
 * undoing merges for administrators.
 */
import { createTestContact, createTestMerge } from "../../server/clients/test-support.js";
import { createTestCase, createTestReferral } from "../case-factories.js";
import type { TestOrganisation } from "../factories.js";
import type { Call, EndpointExpectation, World } from "./types.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";


const clientAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).client.id;
const otherOrgClient = async (world: World) => (await createTestCase(world.deps, world.other, await opener(world, world.other))).client.id;

async function contactReveal(world: World, organisation: TestOrganisation, site: 0 | 1): Promise<Call> {
  const managerId = await opener(world, organisation);
  const { client } = await createTestCase(world.deps, organisation, managerId, { site });
  const relationshipId = await createTestContact(world.deps, organisation, managerId, client.id, site);
  return { url: `/api/clients/${client.id}/relationships/${relationshipId}/reveal` };
}

/** An endpoint on one client: caseload roles who see the client succeed; everyone else is told it does not exist. */
function onClient(path: string, body?: () => unknown): EndpointExpectation {
  const call = async (clientId: string): Promise<Call> => ({ url: `/api/clients/${clientId}${path}`, ...(body ? { body: body() } : {}) });
  return {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => call(await clientAt(world)),
    unseen: async (world, role) => call(role === "administrator" ? await otherOrgClient(world) : await clientAt(world, 1)),
    unseenFor: ["administrator", ...caseload],
  };
}

export const clientExpectations: Record<string, EndpointExpectation> = {
  "GET /api/clients/search": {
    allowed: caseload,
    success: 200,
    call: async () => ({ url: "/api/clients/search?givenName=Ayesha&familyName=Rahman&dateOfBirth=2008-03-14" }),
  },
  "GET /api/clients/:clientId": onClient(""),
  "POST /api/clients/:clientId/reveal": onClient("/reveal"),
  "PATCH /api/clients/:clientId/identity": onClient("/identity", () => ({ phone: "07700 900222", address: "1 Test Street" })),
  "PATCH /api/clients/:clientId/demographics": onClient("/demographics", () => ({ religion: "muslim", firstLanguage: "Urdu" })),
  "POST /api/clients/:clientId/consents": onClient("/consents", () => ({ purpose: "anonymised_reporting", status: "given", method: "verbal" })),
  "POST /api/clients/:clientId/relationships": onClient("/relationships", () => ({ relation: "mother", contactName: "Test Contact", contactPhone: "07700 900111" })),
  "GET /api/clients/:clientId/duplicates": onClient("/duplicates"),
  // Like the identity reveal: whoever sees the client; the contact is found only under its own client.
  "POST /api/clients/:clientId/relationships/:relationshipId/reveal": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => contactReveal(world, world.home, 0),
    unseen: async (world, role) => (role === "administrator" ? contactReveal(world, world.other, 0) : contactReveal(world, world.home, 1)),
    unseenFor: ["administrator", ...caseload],
  },
  "GET /api/referrals/:referralId/duplicates": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/referrals/${(await createTestReferral(world.deps, world.home)).id}/duplicates` }),
    unseen: async (world, role) => ({
      url: `/api/referrals/${(await createTestReferral(world.deps, role === "administrator" ? world.other : world.home, { site: role === "administrator" ? 0 : 1 })).id}/duplicates`,
    }),
    unseenFor: ["administrator", ...caseload],
  },
  "POST /api/clients/:clientId/merge": {
    allowed: managers,
    success: 201,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/clients/${await clientAt(world)}/merge`, body: { duplicateClientId: await clientAt(world), reason: "Same person, registered twice." } }),
    // Seeing one of the two records is not enough: the duplicate at another site is not found.
    unseen: async (world) => ({ url: `/api/clients/${await clientAt(world)}/merge`, body: { duplicateClientId: await clientAt(world, 1), reason: "Same person, registered twice." } }),
    unseenFor: managers,
  },
  // Merges name only pseudonymous references, so the list is scoped to the organisation, not to clients.
  "GET /api/client-merges": {
    allowed: ["administrator"],
    success: 200,
    call: async (world) => {
      await createTestMerge(world.deps, world.home, await opener(world));
      return { url: "/api/client-merges?page=1&pageSize=10" };
    },
  },
  "POST /api/client-merges/:mergeId/reverse": {
    allowed: ["administrator"],
    success: 200,
    call: async (world) => ({ url: `/api/client-merges/${(await createTestMerge(world.deps, world.home, await opener(world))).merge.mergeId}/reverse` }),
    unseen: async (world) => ({ url: `/api/client-merges/${(await createTestMerge(world.deps, world.other, await opener(world, world.other))).merge.mergeId}/reverse` }),
  },
};
