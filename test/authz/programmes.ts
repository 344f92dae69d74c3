/**
 * Declared expectations for programmes. Definitions are read by anyone whose role reaches client
 * data and configured by administrators. Enrolments follow their case: the site's caseload roles see
 * and work them (others are told the case or enrolment does not exist). Group sessions belong to a
 * site: its caseload roles and mentors see and record them; everyone else there is refused, and a
 * session at a site where the caller has no such role does not exist for them.
 */
import { multilingualRecovery } from "../../core/programmes/built-in.js";
import { roles, roleFacts, type Role } from "../../core/roles.js";
import { inTransaction } from "../../server/db/client.js";
import { programmeVersions } from "../../server/db/schema.js";
import { recordGroupSession } from "../../server/programmes/record-group-session.js";
import { createTestEnrolment, localProgramme } from "../../server/programmes/test-support.js";
import { actorFor } from "../../server/clients/test-support.js";
import { createTestCase } from "../case-factories.js";
import { createUser } from "../factories.js";
import type { EndpointExpectation, World } from "./types.js";
import { caseload, notFoundFor, opener } from "./role-sets.js";

const groupWork = [...caseload, "mentor"] as const satisfies readonly Role[];
const readsClientData = roles.filter((role) => roleFacts[role].seesClientData);

const caseAt = async (world: World, site: 0 | 1 = 0) => (await createTestCase(world.deps, world.home, await opener(world), { site })).kase;

async function enrolmentAt(world: World, site: 0 | 1 = 0) {
  const kase = await caseAt(world, site);
  return createTestEnrolment(world.deps, world.home, kase, await opener(world));
}

/** A programme the other organisation imported: no one at home may see it. */
async function otherOrganisationsProgramme(world: World) {
  const definition = localProgramme();
  await world.deps.db.insert(programmeVersions).values({ organisationId: world.other.id, key: definition.key, version: 1, definition: { ...definition }, definitionHash: definition.key });
  return definition.key;
}

/** A mentor at the site, who may facilitate there. */
const facilitatorAt = async (world: World, organisation = world.home, site: 0 | 1 = 0) =>
  (await createUser(world.deps.db, world.deps.vault, organisation, { role: "mentor", site, isEnrolled: false })).id;

const sessionBody = (facilitatorId: string) => ({
  programmeKey: multilingualRecovery.key,
  startsAt: "2025-03-06T18:30:00.000Z",
  durationMinutes: 90,
  venue: "Green Lane Mosque, community room",
  topic: "Handling cravings",
  facilitatorIds: [facilitatorId],
  attendeeEnrolmentIds: [],
  anonymousHeadcount: 4,
});

async function groupSessionAt(world: World, site: 0 | 1 = 0) {
  const facilitator = await facilitatorAt(world, world.home, site);
  return inTransaction(world.deps.db, (tx) =>
    recordGroupSession(tx, actorFor(facilitator, world.home, "mentor", site), world.home.siteIds[site], sessionBody(facilitator), { vault: world.deps.vault, now: world.deps.now(), requestId: "test" }),
  );
}

const onEnrolment = (path: string, body?: (enrolmentId: string) => unknown): EndpointExpectation => ({
  allowed: caseload,
  success: 200,
  statusFor: notFoundFor(caseload),
  call: async (world) => {
    const id = await enrolmentAt(world);
    return { url: `/api/enrolments/${id}${path}`, ...(body ? { body: body(id) } : {}) };
  },
  unseen: async (world) => {
    const id = await enrolmentAt(world, 1);
    return { url: `/api/enrolments/${id}${path}`, ...(body ? { body: body(id) } : {}) };
  },
  unseenFor: caseload,
});

const firstPhaseMet = { event: { type: "advance", criteriaMet: multilingualRecovery.phases[0]!.criteria.map((criterion) => criterion.id) }, version: 1 };

export const programmeExpectations: Record<string, EndpointExpectation> = {
  "GET /api/programmes": { allowed: readsClientData, success: 200, call: async () => ({ url: "/api/programmes" }) },
  "GET /api/programmes/:key/versions/:version": {
    allowed: readsClientData,
    success: 200,
    call: async () => ({ url: `/api/programmes/${multilingualRecovery.key}/versions/1` }),
    unseen: async (world) => ({ url: `/api/programmes/${await otherOrganisationsProgramme(world)}/versions/1` }),
  },
  "POST /api/programmes": {
    allowed: ["administrator"],
    success: 201,
    call: async () => ({ url: "/api/programmes", body: { definition: localProgramme() } }),
  },
  "PUT /api/programmes/:key/retirement": {
    allowed: ["administrator"],
    success: 200,
    call: async () => ({ url: `/api/programmes/${multilingualRecovery.key}/retirement`, body: { isRetired: true } }),
    unseen: async (world) => ({ url: `/api/programmes/${await otherOrganisationsProgramme(world)}/retirement`, body: { isRetired: true } }),
  },
  "GET /api/cases/:caseId/enrolments": {
    allowed: caseload,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/enrolments` }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}/enrolments` }),
    unseenFor: caseload,
  },
  "POST /api/cases/:caseId/enrolments": {
    allowed: caseload,
    success: 201,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: `/api/cases/${(await caseAt(world)).id}/enrolments`, body: { programmeKey: multilingualRecovery.key } }),
    unseen: async (world) => ({ url: `/api/cases/${(await caseAt(world, 1)).id}/enrolments`, body: { programmeKey: multilingualRecovery.key } }),
    unseenFor: caseload,
  },
  "GET /api/enrolments/:enrolmentId": onEnrolment(""),
  "POST /api/enrolments/:enrolmentId/events": onEnrolment("/events", () => firstPhaseMet),
  "GET /api/sites/:siteId/group-sessions": {
    allowed: groupWork,
    success: 200,
    call: async (world) => ({ url: `/api/sites/${world.home.siteIds[0]}/group-sessions` }),
    unseen: async (world) => ({ url: `/api/sites/${world.other.siteIds[0]}/group-sessions` }),
  },
  "GET /api/sites/:siteId/group-session-options": {
    allowed: groupWork,
    success: 200,
    call: async (world) => {
      await enrolmentAt(world);
      return { url: `/api/sites/${world.home.siteIds[0]}/group-session-options?programmeKey=${multilingualRecovery.key}` };
    },
    unseen: async (world) => ({ url: `/api/sites/${world.other.siteIds[0]}/group-session-options?programmeKey=${multilingualRecovery.key}` }),
  },
  "POST /api/sites/:siteId/group-sessions": {
    allowed: groupWork,
    success: 201,
    call: async (world) => ({ url: `/api/sites/${world.home.siteIds[0]}/group-sessions`, body: sessionBody(await facilitatorAt(world)) }),
    unseen: async (world) => ({ url: `/api/sites/${world.other.siteIds[0]}/group-sessions`, body: sessionBody(await facilitatorAt(world, world.other)) }),
  },
  "GET /api/group-sessions/:groupSessionId": {
    allowed: groupWork,
    success: 200,
    statusFor: notFoundFor(groupWork),
    call: async (world) => ({ url: `/api/group-sessions/${await groupSessionAt(world)}` }),
    unseen: async (world) => ({ url: `/api/group-sessions/${await groupSessionAt(world, 1)}` }),
    unseenFor: groupWork,
  },
  "PUT /api/group-sessions/:groupSessionId": {
    allowed: groupWork,
    success: 200,
    statusFor: notFoundFor(groupWork),
    call: async (world) => ({ url: `/api/group-sessions/${await groupSessionAt(world)}`, body: { attendeeEnrolmentIds: [], anonymousHeadcount: 6 } }),
    unseen: async (world) => ({ url: `/api/group-sessions/${await groupSessionAt(world, 1)}`, body: { attendeeEnrolmentIds: [], anonymousHeadcount: 6 } }),
    unseenFor: groupWork,
  },
};
