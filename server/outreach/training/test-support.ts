/**
 * Training records for tests, written straight to the database: a course, a delivery of it at a
 * site, and an attendee with a certificate number. Each belongs to the test's own organisation.
 */
import { randomUUID } from "node:crypto";
import { londonDay } from "../../../core/london-time.js";
import { refresherDueOn } from "../../../core/outreach/training.js";
import type { FastifyInstance } from "fastify";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { inTransaction } from "../../db/client.js";
import { trainingCourses, trainingDeliveries } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import { insertWithCertificate } from "./certificate-number.js";

type Deps = Pick<AppDeps, "db" | "now">;

export const testQuestions = ["I can recognise the signs of grooming.", "I know how to make a referral."];

export async function createTestCourse(deps: Deps, organisation: TestOrganisation, options: { refresherMonths?: number | null; isActive?: boolean; title?: string } = {}) {
  const [course] = await deps.db
    .insert(trainingCourses)
    .values({
      organisationId: organisation.id,
      title: options.title ?? `Grooming awareness ${randomUUID().slice(0, 6)}`,
      audience: "Parents",
      topics: ["grooming"],
      confidenceQuestions: testQuestions,
      refresherMonths: options.refresherMonths === undefined ? 24 : options.refresherMonths,
      isActive: options.isActive ?? true,
      createdBy: randomUUID(),
      updatedAt: deps.now(),
    })
    .returning();
  return course!;
}

/** A delivery of the course at a site, given by `trainerId` (yesterday unless told). */
export async function createTestDelivery(deps: Deps, organisation: TestOrganisation, options: { courseId: string; trainerId: string; site?: 0 | 1; partnerId?: string | null; deliveredOn?: string }) {
  const [delivery] = await deps.db
    .insert(trainingDeliveries)
    .values({
      organisationId: organisation.id,
      siteId: organisation.siteIds[options.site ?? 0],
      courseId: options.courseId,
      partnerId: options.partnerId ?? null,
      deliveredOn: options.deliveredOn ?? londonDay(new Date(deps.now().getTime() - 86_400_000)),
      trainerId: options.trainerId,
      confidenceQuestions: testQuestions,
      createdBy: options.trainerId,
      updatedAt: deps.now(),
    })
    .returning();
  return delivery!;
}

/** An attendee who consented, with a certificate number and the refresher date the course gives. */
export async function addTestAttendee(deps: Deps, delivery: typeof trainingDeliveries.$inferSelect, options: { name?: string; email?: string | null; organisation?: string; refresherMonths?: number | null } = {}) {
  const months = options.refresherMonths === undefined ? 24 : options.refresherMonths;
  return inTransaction(deps.db, (tx) =>
    insertWithCertificate(
      tx,
      {
        organisationId: delivery.organisationId,
        deliveryId: delivery.id,
        name: options.name ?? "Imam Yusuf Ali",
        role: "Imam",
        attendeeOrganisation: options.organisation ?? "Green Lane Mosque",
        email: options.email === undefined ? null : options.email,
        consentRecordedAt: deps.now(),
        consentRecordedBy: delivery.trainerId,
        before: [2, 3],
        after: [4, 4],
        refresherDueOn: months === null ? null : refresherDueOn(delivery.deliveredOn, months),
        createdAt: deps.now(),
      },
      delivery.deliveredOn.slice(0, 4),
    ),
  );
}

/**
 * An organisation with, at its first site, an outreach worker (who trains), a caseworker (who reads)
 * and a partner; and an outreach worker at its second site, who must see none of the first's.
 */
export async function trainingTeam(app: FastifyInstance, deps: Pick<AppDeps, "db" | "now" | "vault">) {
  const organisation = await createOrganisation(deps.db);
  const workerUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const elsewhereUser = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", site: 1 });
  const partner = await createTestPartner(deps, organisation);
  const now = deps.now();
  return {
    organisation,
    siteId: organisation.siteIds[0],
    partner,
    workerUser,
    worker: await signInAs(app, workerUser, now),
    caseworker: await signInAs(app, caseworkerUser, now),
    elsewhere: await signInAs(app, elsewhereUser, now),
  };
}
