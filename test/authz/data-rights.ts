/**
 * Declared expectations for data-rights requests and subject access exports (issue 12): the data
 * protection officer alone, every other role refused (403); another organisation's request is
 * "not found". Export steps need an access request matched to a client.
 */
import { createTestCase } from "../case-factories.js";
import { createTestRequest } from "../../server/data-rights/test-support.js";
import { createUser } from "../factories.js";
import { inTransaction } from "../../server/db/client.js";
import { actorOf } from "../../server/demo/demo-actor.js";
import { releaseExport } from "../../server/data-rights/subject-access/release-export.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const officers = ["data_protection_officer"] as const;

const organisationOf = (world: World, home: boolean) => (home ? world.home : world.other);

async function matchedRequest(world: World, home: boolean) {
  const organisation = organisationOf(world, home);
  const staff = await createUser(world.deps.db, world.deps.vault, organisation, { role: "caseworker" });
  const { client } = await createTestCase(world.deps, organisation, staff.id);
  return { ...(await createTestRequest(world.deps, organisation, { clientId: client.id })), clientId: client.id, organisation };
}

async function releasedRequest(world: World, home: boolean) {
  const request = await matchedRequest(world, home);
  const actor = actorOf(request.organisation.id, { userId: request.officerId, displayName: "Officer", grants: [{ role: "data_protection_officer", siteId: null }] });
  const releaseId = await inTransaction(world.deps.db, (tx) => releaseExport(tx, actor, request.id, { vault: world.deps.vault, now: world.deps.now(), requestId: "test" }));
  return { ...request, releaseId };
}

function onRequest(success: number, build: (world: World, home: boolean) => Promise<Call>): EndpointExpectation {
  return { allowed: officers, success, call: (world) => build(world, true), unseen: (world) => build(world, false), unseenFor: officers };
}

const unmatched = (world: World, home: boolean) => createTestRequest(world.deps, organisationOf(world, home));

export const dataRightsExpectations: Record<string, EndpointExpectation> = {
  "GET /api/data-rights/requests": { allowed: officers, success: 200, call: async () => ({ url: "/api/data-rights/requests?status=all" }) },
  "POST /api/data-rights/requests": {
    allowed: officers,
    success: 201,
    call: async () => ({ url: "/api/data-rights/requests", body: { kind: "access", requesterRelation: "self", requesterName: "A Person", receivedOn: "2026-01-05" } }),
  },
  "GET /api/data-rights/requests/:requestId": onRequest(200, async (world, home) => ({ url: `/api/data-rights/requests/${(await unmatched(world, home)).id}` })),
  "GET /api/data-rights/client-matches": { allowed: officers, success: 200, call: async () => ({ url: "/api/data-rights/client-matches?reference=C-0000-0000" }) },
  "POST /api/data-rights/requests/:requestId/match": onRequest(200, async (world, home) => {
    const organisation = organisationOf(world, home);
    const staff = await createUser(world.deps.db, world.deps.vault, organisation, { role: "caseworker" });
    const { client } = await createTestCase(world.deps, organisation, staff.id);
    return { url: `/api/data-rights/requests/${(await unmatched(world, home)).id}/match`, body: { clientId: client.id } };
  }),
  "POST /api/data-rights/requests/:requestId/identity-check": onRequest(200, async (world, home) => ({
    url: `/api/data-rights/requests/${(await unmatched(world, home)).id}/identity-check`,
    body: { method: "photo_id_in_person", checkedOn: world.deps.now().toISOString().slice(0, 10) },
  })),
  "POST /api/data-rights/requests/:requestId/extend": onRequest(200, async (world, home) => ({
    url: `/api/data-rights/requests/${(await unmatched(world, home)).id}/extend`,
    body: { ground: "complex", toldOn: world.deps.now().toISOString().slice(0, 10) },
  })),
  "POST /api/data-rights/requests/:requestId/status": onRequest(200, async (world, home) => ({ url: `/api/data-rights/requests/${(await unmatched(world, home)).id}/status`, body: { status: "in_progress" } })),
  "GET /api/data-rights/requests/:requestId/export/items": onRequest(200, async (world, home) => ({ url: `/api/data-rights/requests/${(await matchedRequest(world, home)).id}/export/items` })),
  "PUT /api/data-rights/requests/:requestId/export/withholdings": onRequest(200, async (world, home) => ({ url: `/api/data-rights/requests/${(await matchedRequest(world, home)).id}/export/withholdings`, body: { items: [] } })),
  "GET /api/data-rights/requests/:requestId/export/preview/:file": onRequest(200, async (world, home) => ({ url: `/api/data-rights/requests/${(await matchedRequest(world, home)).id}/export/preview/subject-access.json` })),
  "POST /api/data-rights/requests/:requestId/export/release": onRequest(200, async (world, home) => ({ url: `/api/data-rights/requests/${(await matchedRequest(world, home)).id}/export/release` })),
  "GET /api/data-rights/requests/:requestId/releases/:releaseId/:file": onRequest(200, async (world, home) => {
    const released = await releasedRequest(world, home);
    return { url: `/api/data-rights/requests/${released.id}/releases/${released.releaseId}/subject-access.json` };
  }),
};
