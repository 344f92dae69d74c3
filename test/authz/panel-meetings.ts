/**
 * Declared expectations for panel members, meetings, the panel's view of a case, decisions, actions
 * and printed papers. The site's safeguarding lead runs the panel; team managers read its members
 * and meetings. A panel member sees only the meetings they attend, so everyone else is told a
 * meeting (or a case through it) does not exist, and a refused case view is itself audited. The
 * case record follows the case (its caseload sees it).
 */
import { randomUUID } from "node:crypto";
import { londonDay } from "../../core/london-time.js";
import { panelActions, panelDecisions } from "../../server/db/schema.js";
import { addTestMember, createTestMeeting, escalateTestCase } from "../../server/panel/access/test-support.js";
import { createTestCase } from "../case-factories.js";
import { createUser } from "../factories.js";
import { caseload, managers, notFoundFor, opener } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const lead = ["safeguarding_lead"] as const;
const day = (world: World, offset: number) => londonDay(new Date(world.deps.now().getTime() + offset * 86_400_000));
const membership = (world: World) => ({
  memberOrganisation: "West Midlands Police",
  panelRole: "member",
  skills: ["policing"],
  vetting: { checkedOn: day(world, -100), expiresOn: day(world, 300) },
  term: { from: day(world, -10), to: null },
  isActive: true,
});

/** A meeting at a site with an attending member and one case on its agenda. */
async function meetingAt(world: World, site: 0 | 1, startsInMinutes = 60) {
  const openedBy = await opener(world);
  const user = await createUser(world.deps.db, world.deps.vault, world.home, { role: "panel_member", site, isEnrolled: false });
  const member = await addTestMember(world.deps, world.home, user.id, { site });
  const meeting = await createTestMeeting(world.deps, world.home, openedBy, { site, startsInMinutes, attendeeIds: [member.id] });
  const { kase } = await createTestCase(world.deps, world.home, openedBy, { site });
  const escalation = await escalateTestCase(world.deps, kase, openedBy, { meetingId: meeting.id });
  return { openedBy, member, meeting, kase, escalation };
}

/** A decision with one open action, owned by the case's opener. */
async function decisionAt(world: World, site: 0 | 1) {
  const { openedBy, meeting, kase, escalation } = await meetingAt(world, site, -60);
  const now = world.deps.now();
  const [decision] = await world.deps.db
    .insert(panelDecisions)
    .values({ organisationId: world.home.id, siteId: kase.siteId, escalationId: escalation.id, meetingId: meeting.id, caseId: kase.id, kind: "monitor_and_review", discussionSummary: await sealed(world, kase.clientId), recordedBy: openedBy, decidedAt: now })
    .returning();
  const [action] = await world.deps.db
    .insert(panelActions)
    .values({ organisationId: world.home.id, siteId: kase.siteId, decisionId: decision!.id, caseId: kase.id, description: await sealed(world, kase.clientId, "panel_action_description"), ownerUserId: openedBy, dueOn: day(world, 7), status: "open", updatedAt: now })
    .returning();
  return { decision: decision!, action: action! };
}

async function sealed(world: World, clientId: string, field = "panel_discussion_summary") {
  return world.deps.vault.encrypt(await world.deps.vault.loadSubjectKey(world.deps.db, clientId), field, "Agreed to review next month.");
}

/** A call on a meeting (or something through it) at the first site (`call`) or the second (`unseen`). */
function onMeeting(allowed: readonly ("team_manager" | "safeguarding_lead" | "caseworker")[], success: number, build: (world: World, site: 0 | 1) => Promise<Call>, options: { auditsRefusals?: boolean; forbiddenFor?: readonly "team_manager"[] } = {}): EndpointExpectation {
  const statusFor = { ...notFoundFor([...allowed, ...(options.forbiddenFor ?? [])]) };
  return { allowed, success, statusFor, call: (world) => build(world, 0), unseen: (world) => build(world, 1), unseenFor: allowed, ...(options.auditsRefusals ? { auditsRefusals: true } : {}) };
}

const meetingBody = (world: World) => {
  const startsAt = new Date(world.deps.now().getTime() + 48 * 3_600_000);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), location: "Room 2", minutesBefore: 4320, minutesAfter: 1440, attendeeIds: [] };
};

export const panelMeetingExpectations: Record<string, EndpointExpectation> = {
  "GET /api/panel/members": { allowed: managers, success: 200, call: async (world) => ({ url: `/api/panel/members?siteId=${world.home.siteIds[0]}` }) },
  "POST /api/panel/members": {
    allowed: lead,
    success: 201,
    call: async (world) => ({ url: "/api/panel/members", body: { kind: "external", siteId: world.home.siteIds[0], displayName: "PC Hale", email: `hale-${randomUUID()}@police.example`, ...membership(world) } }),
  },
  "PUT /api/panel/members/:memberId": onMeeting(lead, 200, async (world, site) => ({ url: `/api/panel/members/${(await meetingAt(world, site)).member.id}`, body: { ...membership(world), version: 1 } }), { forbiddenFor: ["team_manager"] }),
  "GET /api/panel/meetings": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/panel/meetings" }) },
  "POST /api/panel/meetings": { allowed: lead, success: 201, call: async (world) => ({ url: "/api/panel/meetings", body: { siteId: world.home.siteIds[0], ...meetingBody(world) } }) },
  "GET /api/panel/meetings/:meetingId": onMeeting(managers, 200, async (world, site) => ({ url: `/api/panel/meetings/${(await meetingAt(world, site)).meeting.id}` })),
  "PUT /api/panel/meetings/:meetingId": onMeeting(lead, 200, async (world, site) => ({ url: `/api/panel/meetings/${(await meetingAt(world, site)).meeting.id}`, body: { ...meetingBody(world), version: 1 } }), { forbiddenFor: ["team_manager"] }),
  "POST /api/panel/meetings/:meetingId/cancel": onMeeting(lead, 200, async (world, site) => ({ url: `/api/panel/meetings/${(await meetingAt(world, site)).meeting.id}/cancel`, body: { reason: "The chair is ill.", version: 1 } }), { forbiddenFor: ["team_manager"] }),
  "PUT /api/panel/meetings/:meetingId/attendance": onMeeting(
    lead,
    200,
    async (world, site) => {
      const { meeting, member } = await meetingAt(world, site, -30);
      return { url: `/api/panel/meetings/${meeting.id}/attendance`, body: { attendance: [{ memberId: member.id, attended: true }] } };
    },
    { forbiddenFor: ["team_manager"] },
  ),
  "POST /api/panel/meetings/:meetingId/conflicts": onMeeting(
    lead,
    200,
    async (world, site) => {
      const { meeting, member, kase } = await meetingAt(world, site);
      return { url: `/api/panel/meetings/${meeting.id}/conflicts`, body: { caseId: kase.id, memberId: member.id } };
    },
    { forbiddenFor: ["team_manager"] },
  ),
  "GET /api/panel/meetings/:meetingId/cases/:caseId": onMeeting(
    lead,
    200,
    async (world, site) => {
      const { meeting, kase } = await meetingAt(world, site);
      return { url: `/api/panel/meetings/${meeting.id}/cases/${kase.id}` };
    },
    { auditsRefusals: true },
  ),
  "POST /api/panel/meetings/:meetingId/cases/:caseId/decision": onMeeting(
    lead,
    201,
    async (world, site) => {
      const { meeting, kase } = await meetingAt(world, site);
      return { url: `/api/panel/meetings/${meeting.id}/cases/${kase.id}/decision`, body: { discussionSummary: "Agreed to monitor.", kind: "monitor_and_review", actions: [] } };
    },
    { auditsRefusals: true },
  ),
  "GET /api/panel/meetings/:meetingId/minutes.pdf": onMeeting(lead, 200, async (world, site) => ({ url: `/api/panel/meetings/${(await meetingAt(world, site)).meeting.id}/minutes.pdf` })),
  "GET /api/panel/actions": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/panel/actions" }) },
  "POST /api/panel/actions/:actionId/events": onMeeting(managers, 200, async (world, site) => ({ url: `/api/panel/actions/${(await decisionAt(world, site)).action.id}/events`, body: { type: "complete", version: 1 } })),
  "GET /api/panel/decisions/:decisionId/case-record.pdf": onMeeting(caseload, 200, async (world, site) => ({ url: `/api/panel/decisions/${(await decisionAt(world, site)).decision.id}/case-record.pdf` })),
};
