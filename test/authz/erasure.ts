/**
 * Declared expectations for erasure, retention holds and restriction of processing (issue 12): the
 * data protection officer alone, every other role refused (403); another organisation's client,
 * hold or request is "not found".
 */
import { createTestRequest } from "../../server/data-rights/test-support.js";
import { createErasableClient, insertLegalClaimHold, insertRestriction, referenceOf } from "../../server/data-protection/erasure/test-support.js";
import { createTestCase } from "../case-factories.js";
import { createUser } from "../factories.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const officers = ["data_protection_officer"] as const;
const organisationOf = (world: World, home: boolean) => (home ? world.home : world.other);
const today = (world: World) => world.deps.now().toISOString().slice(0, 10);

async function clientIn(world: World, home: boolean) {
  const organisation = organisationOf(world, home);
  const staff = await createUser(world.deps.db, world.deps.vault, organisation, { role: "team_manager" });
  const { client } = await createTestCase(world.deps, organisation, staff.id);
  return { clientId: client.id, organisation };
}

const officerOf = async (world: World, home: boolean) => (await createUser(world.deps.db, world.deps.vault, organisationOf(world, home), { role: "data_protection_officer" })).id;

function onClient(success: number, build: (world: World, home: boolean) => Promise<Call>): EndpointExpectation {
  return { allowed: officers, success, call: (world) => build(world, true), unseen: (world) => build(world, false), unseenFor: officers };
}

export const erasureExpectations: Record<string, EndpointExpectation> = {
  "GET /api/data-protection/clients/:clientId": onClient(200, async (world, home) => ({ url: `/api/data-protection/clients/${(await clientIn(world, home)).clientId}` })),
  "POST /api/data-protection/clients/:clientId/holds": onClient(201, async (world, home) => ({
    url: `/api/data-protection/clients/${(await clientIn(world, home)).clientId}/holds`,
    body: { kind: "legal_claim", reason: "A claim has been made against the organisation." },
  })),
  "POST /api/data-protection/holds/:holdId/lift": onClient(200, async (world, home) => {
    const { clientId, organisation } = await clientIn(world, home);
    const hold = await insertLegalClaimHold(world.deps, organisation, clientId, await officerOf(world, home));
    return { url: `/api/data-protection/holds/${hold.id}/lift`, body: { reason: "The claim was settled." } };
  }),
  "POST /api/data-protection/clients/:clientId/restriction": onClient(200, async (world, home) => ({
    url: `/api/data-protection/clients/${(await clientIn(world, home)).clientId}/restriction`,
    body: { ground: "accuracy_contested", reason: "The person says their date of birth is wrong.", reviewOn: today(world) },
  })),
  "POST /api/data-protection/clients/:clientId/restriction/lift": onClient(200, async (world, home) => {
    const { clientId, organisation } = await clientIn(world, home);
    await insertRestriction(world.deps, organisation, clientId, await officerOf(world, home));
    return { url: `/api/data-protection/clients/${clientId}/restriction/lift`, body: { reason: "Checked and corrected." } };
  }),
  "POST /api/data-rights/requests/:requestId/erasure-decision": onClient(200, async (world, home) => {
    const organisation = organisationOf(world, home);
    const manager = await createUser(world.deps.db, world.deps.vault, organisation, { role: "team_manager" });
    const { clientId } = await createErasableClient(world.deps, organisation, manager.id);
    const request = await createTestRequest(world.deps, organisation, { clientId, kind: "erasure" });
    return { url: `/api/data-rights/requests/${request.id}/erasure-decision`, body: { decision: "erase", confirmReference: await referenceOf(world.deps.db, clientId) } };
  }),
};
