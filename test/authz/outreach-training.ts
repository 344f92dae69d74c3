/**
 * Declared expectations for training. The course catalogue is the organisation's: read by everyone
 * who reads some site's outreach and by administrators, kept by administrators, outreach workers
 * and team managers. Deliveries, attendees and certificates belong to a site: its outreach workers,
 * team managers and safeguarding leads record them and print certificates; its caseworkers read
 * them (403 on anything else); everyone else is told they do not exist, and a list at a site they
 * do not read outreach at is refused.
 */
import { londonDay } from "../../core/london-time.js";
import type { Role } from "../../core/roles.js";
import { addTestAttendee, createTestCourse, createTestDelivery } from "../../server/outreach/training/test-support.js";
import { createUser } from "../factories.js";
import { notFoundFor, outreachWorkers as workers, outreachReaders as readers } from "./role-sets.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const courseReaders = [...readers, "administrator"] as const satisfies readonly Role[];
const courseKeepers = ["outreach_worker", "team_manager", "administrator"] as const satisfies readonly Role[];

const yesterday = (world: World) => londonDay(new Date(world.deps.now().getTime() - 86_400_000));

/** A delivery at a site, given by one of its outreach workers, with one attendee. */
async function trainingAt(world: World, site: 0 | 1) {
  const { deps, home } = world;
  const trainer = await createUser(deps.db, deps.vault, home, { role: "outreach_worker", site, isEnrolled: false });
  const course = await createTestCourse(deps, home);
  const delivery = await createTestDelivery(deps, home, { courseId: course.id, trainerId: trainer.id, site });
  const attendee = await addTestAttendee(deps, delivery);
  return { trainer, course, delivery, attendee };
}

/** A call on a delivery or attendee at the first site (`call`) or the second (`unseen`): those who read the site's outreach see it. */
function onTraining(allowed: readonly Role[], success: number, build: (world: World, site: 0 | 1) => Promise<Call>): EndpointExpectation {
  return { allowed, success, statusFor: notFoundFor(readers), call: (world) => build(world, 0), unseen: (world) => build(world, 1), unseenFor: allowed };
}

const course = { title: "Online safety for youth workers", audience: "Youth workers", description: "", topics: ["online_safety"], confidenceQuestions: ["I know the apps young people use."], refresherMonths: 12, isActive: true };
const attendee = { name: "Imam Yusuf Ali", role: "Imam", organisation: "Green Lane Mosque", email: null, hasConsented: true, before: [2, null], after: [4, 4] };
const deliveryFields = (world: World, trainerId: string) => ({ partnerId: null, deliveredOn: yesterday(world), trainerId, location: "Community hall", notes: "" });

export const outreachTrainingExpectations: Record<string, EndpointExpectation> = {
  "GET /api/outreach/training/courses": { allowed: courseReaders, success: 200, call: async () => ({ url: "/api/outreach/training/courses" }) },
  "POST /api/outreach/training/courses": { allowed: courseKeepers, success: 201, call: async () => ({ url: "/api/outreach/training/courses", body: course }) },
  "PUT /api/outreach/training/courses/:courseId": {
    allowed: courseKeepers,
    success: 200,
    call: async (world) => ({ url: `/api/outreach/training/courses/${(await createTestCourse(world.deps, world.home)).id}`, body: { ...course, version: 1 } }),
    unseen: async (world) => ({ url: `/api/outreach/training/courses/${(await createTestCourse(world.deps, world.other)).id}`, body: { ...course, version: 1 } }),
    unseenFor: courseKeepers,
  },
  "GET /api/outreach/training/deliveries": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/training/deliveries?siteId=${world.home.siteIds[0]}` }) },
  "POST /api/outreach/training/deliveries": {
    allowed: workers,
    success: 201,
    call: async (world) => {
      const trainer = await createUser(world.deps.db, world.deps.vault, world.home, { role: "outreach_worker", isEnrolled: false });
      const { id } = await createTestCourse(world.deps, world.home);
      return { url: "/api/outreach/training/deliveries", body: { siteId: world.home.siteIds[0], courseId: id, ...deliveryFields(world, trainer.id) } };
    },
  },
  "GET /api/outreach/training/deliveries/:deliveryId": onTraining(readers, 200, async (world, site) => ({ url: `/api/outreach/training/deliveries/${(await trainingAt(world, site)).delivery.id}` })),
  "PUT /api/outreach/training/deliveries/:deliveryId": onTraining(workers, 200, async (world, site) => {
    const { delivery, trainer } = await trainingAt(world, site);
    return { url: `/api/outreach/training/deliveries/${delivery.id}`, body: { ...deliveryFields(world, trainer.id), version: 1 } };
  }),
  "POST /api/outreach/training/deliveries/:deliveryId/attendees": onTraining(workers, 201, async (world, site) => ({ url: `/api/outreach/training/deliveries/${(await trainingAt(world, site)).delivery.id}/attendees`, body: attendee })),
  "PUT /api/outreach/training/attendees/:attendeeId": onTraining(workers, 200, async (world, site) => ({ url: `/api/outreach/training/attendees/${(await trainingAt(world, site)).attendee.id}`, body: { ...attendee, role: "Madrasa teacher" } })),
  "DELETE /api/outreach/training/attendees/:attendeeId": onTraining(workers, 204, async (world, site) => ({ url: `/api/outreach/training/attendees/${(await trainingAt(world, site)).attendee.id}` })),
  "GET /api/outreach/training/attendees/:attendeeId/certificate.pdf": onTraining(workers, 200, async (world, site) => ({ url: `/api/outreach/training/attendees/${(await trainingAt(world, site)).attendee.id}/certificate.pdf` })),
  "GET /api/outreach/training/deliveries/:deliveryId/certificates.pdf": onTraining(workers, 200, async (world, site) => ({ url: `/api/outreach/training/deliveries/${(await trainingAt(world, site)).delivery.id}/certificates.pdf` })),
  "GET /api/outreach/training/refreshers": { allowed: readers, success: 200, call: async (world) => ({ url: `/api/outreach/training/refreshers?siteId=${world.home.siteIds[0]}` }) },
};
