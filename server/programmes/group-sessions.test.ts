import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { multilingualRecovery } from "../../core/programmes/built-in.js";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { signedInTeam } from "../../test/team.js";
import { auditEvents, caseAssignments } from "../db/schema.js";
import { createTestEnrolment } from "./test-support.js";

const { app, deps } = await testApp();

/**
 * A site with a recovery group: two enrolled clients at the first site (the mentor works with the
 * first only), one at the second site, and one on another programme.
 */
async function recoveryGroup() {
  const organisation = await createOrganisation(deps.db);
  const team = await signedInTeam(app, deps, organisation);
  const opened = team.managerUser.id;
  const client = async (givenName: string, familyName: string, options: { site?: 0 | 1; programmeKey?: string } = {}) => {
    const { kase, client: record } = await createTestCase(deps, organisation, opened, { site: options.site ?? 0, identity: { givenName, familyName } });
    const enrolmentId = await createTestEnrolment(deps, organisation, kase, opened, options.programmeKey);
    return { kase, clientId: record.id, enrolmentId };
  };
  const bilal = await client("Bilal", "Qureshi");
  const yusuf = await client("Yusuf", "Ahmed");
  const elsewhere = await client("Imran", "Khan", { site: 1 });
  const mentoring = await client("Sana", "Mirza", { programmeKey: "prevention_mentoring" });
  await deps.db.insert(caseAssignments).values({ organisationId: organisation.id, caseId: bilal.kase.id, userId: team.mentorUser.id, role: "mentor", assignedBy: opened, assignedAt: deps.now() });
  const siteId = organisation.siteIds[0];
  return { organisation, siteId, ...team, bilal, yusuf, elsewhere, mentoring };
}

const sessionBody = (overrides: Record<string, unknown> = {}) => ({
  programmeKey: multilingualRecovery.key,
  startsAt: "2025-03-06T18:30:00.000Z",
  durationMinutes: 90,
  venue: "Green Lane Mosque, community room",
  topic: "Handling cravings during Ramadan",
  facilitatorIds: [] as string[],
  attendeeEnrolmentIds: [] as string[],
  anonymousHeadcount: 5,
  ...overrides,
});

interface Detail {
  id: string;
  attendees: { enrolmentId: string; caseReference: string; name: string }[];
  otherRegisteredCount: number;
  registeredCount: number;
  anonymousHeadcount: number;
  facilitators: { userId: string; name: string }[];
}

describe("programmes.group-sessions", () => {
  it("records a session with facilitators, named attendees and an anonymous headcount, and lists it by date", async () => {
    const group = await recoveryGroup();
    const { manager, mentorUser, caseworkerUser, bilal, yusuf, siteId } = group;
    const body = sessionBody({ facilitatorIds: [mentorUser.id, caseworkerUser.id], attendeeEnrolmentIds: [bilal.enrolmentId, yusuf.enrolmentId] });
    const recorded = await manager.request("POST", `/api/sites/${siteId}/group-sessions`, body);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const session = recorded.json<Detail>();
    expect(session).toMatchObject({
      programme: { key: multilingualRecovery.key, title: multilingualRecovery.title },
      venue: "Green Lane Mosque, community room",
      topic: "Handling cravings during Ramadan",
      registeredCount: 2,
      anonymousHeadcount: 5,
      otherRegisteredCount: 0,
      canEdit: true,
    });
    expect(session.attendees.map((attendee) => attendee.name)).toEqual(["Bilal Qureshi", "Yusuf Ahmed"]);
    expect(session.facilitators.map((facilitator) => facilitator.userId)).toEqual([mentorUser.id, caseworkerUser.id]);

    const listed = (await manager.request("GET", `/api/sites/${siteId}/group-sessions?from=2025-03-01&to=2025-03-31`)).json();
    expect(listed).toMatchObject({ canRecord: true, items: [{ id: session.id, registeredCount: 2, anonymousHeadcount: 5 }] });
    // The list carries counts, never client names.
    expect(JSON.stringify(listed)).not.toContain("Qureshi");
    expect((await manager.request("GET", `/api/sites/${siteId}/group-sessions?from=2025-04-01&to=2025-04-30`)).json().items).toEqual([]);
    const backwards = await manager.request("GET", `/api/sites/${siteId}/group-sessions?from=2025-04-01&to=2025-03-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ path: "query.to", message: "Must be on or after the start date." }]);
  });

  it("names only the attendees whose case the reader can see, counts the rest, and audits each name read", async () => {
    const group = await recoveryGroup();
    const { manager, mentor, mentorUser, bilal, yusuf, siteId } = group;
    const session = (
      await manager.request("POST", `/api/sites/${siteId}/group-sessions`, sessionBody({ facilitatorIds: [mentorUser.id], attendeeEnrolmentIds: [bilal.enrolmentId, yusuf.enrolmentId] }))
    ).json<Detail>();
    const seen = (await mentor.request("GET", `/api/group-sessions/${session.id}`)).json<Detail>();
    expect(seen.attendees).toEqual([expect.objectContaining({ enrolmentId: bilal.enrolmentId, name: "Bilal Qureshi", caseReference: bilal.kase.reference })]);
    expect(seen.otherRegisteredCount).toBe(1);
    expect(JSON.stringify(seen)).not.toContain("Ahmed");
    const reads = await deps.db
      .select({ clientId: auditEvents.clientId })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, mentorUser.id), eq(auditEvents.action, "client.name_read"), eq(auditEvents.entityId, session.id)));
    expect(reads).toEqual([{ clientId: bilal.clientId }]);

    // Recording, the mentor may pick only the clients they can see.
    const options = (await mentor.request("GET", `/api/sites/${siteId}/group-session-options?programmeKey=${multilingualRecovery.key}`)).json();
    expect(options.enrolments).toEqual([expect.objectContaining({ enrolmentId: bilal.enrolmentId, name: "Bilal Qureshi" })]);
    expect(options.facilitators.map((facilitator: { userId: string }) => facilitator.userId)).toContain(mentorUser.id);
    const hidden = await mentor.request("POST", `/api/sites/${siteId}/group-sessions`, sessionBody({ facilitatorIds: [mentorUser.id], attendeeEnrolmentIds: [yusuf.enrolmentId] }));
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().error.fields).toEqual([{ path: "body.attendeeEnrolmentIds.0", message: "Not a client enrolled on this programme at this site whose case you can see." }]);
  });

  it("lets an editor correct the attendees they can see, keeping those they cannot", async () => {
    const group = await recoveryGroup();
    const { manager, mentor, mentorUser, bilal, yusuf, siteId } = group;
    const session = (
      await manager.request("POST", `/api/sites/${siteId}/group-sessions`, sessionBody({ facilitatorIds: [mentorUser.id], attendeeEnrolmentIds: [bilal.enrolmentId, yusuf.enrolmentId] }))
    ).json<Detail>();
    const corrected = await mentor.request("PUT", `/api/group-sessions/${session.id}`, { attendeeEnrolmentIds: [], anonymousHeadcount: 7 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ attendees: [], otherRegisteredCount: 1, registeredCount: 1, anonymousHeadcount: 7 });
    expect((await manager.request("GET", `/api/group-sessions/${session.id}`)).json<Detail>().attendees.map((attendee) => attendee.enrolmentId)).toEqual([yusuf.enrolmentId]);
    const back = await manager.request("PUT", `/api/group-sessions/${session.id}`, { attendeeEnrolmentIds: [yusuf.enrolmentId, bilal.enrolmentId], anonymousHeadcount: 7 });
    expect(back.json<Detail>().attendees.map((attendee) => attendee.name)).toEqual(["Bilal Qureshi", "Yusuf Ahmed"]);
  });

  it("refuses facilitators from elsewhere, attendees from another site or programme, a repeated attendee and a negative headcount, naming each and changing nothing", async () => {
    const group = await recoveryGroup();
    const { organisation, manager, mentorUser, bilal, elsewhere, mentoring, siteId } = group;
    const otherSiteMentor = await createUser(deps.db, deps.vault, organisation, { role: "mentor", site: 1 });
    const before = await organisationSnapshot(deps.db, organisation.id);
    const wrong = await manager.request(
      "POST",
      `/api/sites/${siteId}/group-sessions`,
      sessionBody({ facilitatorIds: [mentorUser.id, otherSiteMentor.id], attendeeEnrolmentIds: [bilal.enrolmentId, elsewhere.enrolmentId, mentoring.enrolmentId] }),
    );
    expect(wrong.statusCode).toBe(400);
    expectCleanRefusal(wrong);
    expect(wrong.json().error.fields).toEqual([{ path: "body.facilitatorIds.1", message: "Not a member of staff who works with groups at this site." }]);
    const attendees = await manager.request("POST", `/api/sites/${siteId}/group-sessions`, sessionBody({ facilitatorIds: [mentorUser.id], attendeeEnrolmentIds: [bilal.enrolmentId, elsewhere.enrolmentId, mentoring.enrolmentId, bilal.enrolmentId] }));
    expect(attendees.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.attendeeEnrolmentIds.3", "body.attendeeEnrolmentIds.1", "body.attendeeEnrolmentIds.2"]);
    const negative = await manager.request("POST", `/api/sites/${siteId}/group-sessions`, sessionBody({ facilitatorIds: [mentorUser.id], anonymousHeadcount: -1 }));
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields).toEqual([{ path: "body.anonymousHeadcount", message: "Cannot be negative." }]);
    const noFacilitator = await manager.request("POST", `/api/sites/${siteId}/group-sessions`, sessionBody());
    expect(noFacilitator.json().error.fields).toEqual([{ path: "body.facilitatorIds", message: "Name at least one facilitator." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
