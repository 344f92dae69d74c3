/**
 * Declared expectations for sessions. They follow their case: the site's caseload roles see and
 * record them (anyone else at the organisation is told the case or session does not exist); only a
 * session's workers and the site's managers change one, so a caseworker who was not at it is
 * refused (403). A refused read of a session is itself audited, so those refusals change the audit
 * trail and nothing else. Everyone signed in has a calendar of their own sessions.
 */
import type { Role } from "../../core/roles.js";
import { createTestSession } from "../../server/sessions/test-support.js";
import { createTestCase } from "../case-factories.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";
import type { EndpointExpectation, World } from "./types.js";

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
const planned = { durationMinutes: 60, mode: "office", interventionType: "one_to_one_mentoring", attendance: null } as const;

/** A case at the home organisation's first (or second) site, opened by a team manager there, who can be named as a session's worker. */
async function caseAt(world: World, site: 0 | 1 = 0) {
  const openedBy = await opener(world);
  const { kase } = await createTestCase(world.deps, world.home, openedBy, { site });
  return { kase, openedBy };
}

/** A session held an hour ago, with its notes, by the team manager who opened the case. */
async function sessionAt(world: World, site: 0 | 1 = 0) {
  const { kase, openedBy } = await caseAt(world, site);
  return { session: await createTestSession(world.deps, kase, [openedBy], { notes: "Talked about college applications." }), openedBy };
}

function onCase(method: "GET" | "POST", allowed: readonly Role[], success: number): EndpointExpectation {
  const build = async (world: World, site: 0 | 1) => {
    const { kase, openedBy } = await caseAt(world, site);
    return { url: `/api/cases/${kase.id}/sessions`, ...(method === "POST" ? { body: { ...planned, startsAt: tomorrow(), workerIds: [openedBy] } } : {}) };
  };
  return { allowed, success, statusFor: notFoundFor(caseload), call: (world) => build(world, 0), unseen: (world) => build(world, 1), unseenFor: caseload };
}

function onSession(method: "GET" | "PUT", allowed: readonly Role[]): EndpointExpectation {
  const build = async (world: World, site: 0 | 1) => {
    const { session, openedBy } = await sessionAt(world, site);
    const body = { ...planned, startsAt: session.startsAt.toISOString(), attendance: "attended", workerIds: [openedBy], version: session.version };
    return { url: `/api/sessions/${session.id}`, ...(method === "PUT" ? { body } : {}) };
  };
  return {
    allowed,
    success: 200,
    statusFor: notFoundFor(caseload),
    call: (world) => build(world, 0),
    unseen: (world) => build(world, 1),
    unseenFor: caseload,
    ...(method === "GET" ? { auditsRefusals: true } : {}),
  };
}

export const sessionExpectations: Record<string, EndpointExpectation> = {
  "GET /api/cases/:caseId/sessions": onCase("GET", caseload, 200),
  "POST /api/cases/:caseId/sessions": onCase("POST", caseload, 201),
  "POST /api/sessions/batch": {
    allowed: caseload,
    success: 201,
    statusFor: notFoundFor(caseload),
    call: async (world) => ({ url: "/api/sessions/batch", body: { sessions: [{ ...planned, caseId: (await caseAt(world)).kase.id, startsAt: tomorrow() }] } }),
    unseen: async (world) => ({ url: "/api/sessions/batch", body: { sessions: [{ ...planned, caseId: (await caseAt(world, 1)).kase.id, startsAt: tomorrow() }] } }),
    unseenFor: caseload,
  },
  "GET /api/sessions/:sessionId": onSession("GET", caseload),
  "PUT /api/sessions/:sessionId": onSession("PUT", managers),
  "GET /api/me/sessions": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/me/sessions" }) },
};
