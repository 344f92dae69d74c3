/**
 * Outreach records for the dashboard, attribution and summary tests, written straight to storage
 * (the session and training forms have their own tests): a logged session with its headcount and
 * the resources handed out through the one way stock moves, and a training delivery with attendees.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { OutreachSessionType } from "../../../core/outreach/vocabulary.js";
import type { TestOrganisation } from "../../../test/factories.js";
import { stockUp } from "../../../test/outreach-factories.js";
import { inTransaction } from "../../db/client.js";
import { outreachSessions, outreachStockItems, trainingAttendees, trainingCourses, trainingDeliveries } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import { moveStock } from "../stock/move-stock.js";

export interface TestSessionOptions {
  site?: 0 | 1;
  partnerId?: string | null;
  startsAt: Date;
  headcount: number;
  followUpContacts?: number;
  sessionType?: OutreachSessionType;
  /** Standard stock codes and how many were handed out (delivered first, so stock suffices). */
  handedOut?: Record<string, number>;
}

export async function logTestSession(deps: Pick<AppDeps, "db" | "now">, organisation: TestOrganisation, options: TestSessionOptions) {
  const siteId = organisation.siteIds[options.site ?? 0];
  const handedOut = Object.entries(options.handedOut ?? {});
  for (const [code, quantity] of handedOut) await stockUp(deps, organisation, { site: options.site ?? 0, code, quantity });
  return inTransaction(deps.db, async (tx) => {
    const [session] = await tx
      .insert(outreachSessions)
      .values({
        organisationId: organisation.id,
        siteId,
        partnerId: options.partnerId ?? null,
        venue: options.partnerId ? "" : "Small Heath Park",
        sessionType: options.sessionType ?? "friday_mosque_presence",
        topics: ["drugs"],
        startsAt: options.startsAt,
        durationMinutes: 60,
        staffIds: [],
        headcountTotal: options.headcount,
        headcount: { total: options.headcount },
        followUpContacts: options.followUpContacts ?? 0,
        createdBy: randomUUID(),
        updatedAt: deps.now(),
      })
      .returning();
    const items = await tx.select().from(outreachStockItems).where(and(eq(outreachStockItems.organisationId, organisation.id), eq(outreachStockItems.siteId, siteId)));
    const idOf = (code: string) => items.find((item) => item.code === code)?.id ?? randomUUID();
    await moveStock(tx, {
      organisationId: organisation.id,
      siteId,
      actorId: randomUUID(),
      now: deps.now(),
      reason: "handed_out",
      sessionId: session!.id,
      movements: handedOut.map(([code, quantity]) => ({ itemId: idOf(code), change: -quantity })),
      path: "test",
    });
    return session!;
  });
}

/** A course delivered on `deliveredOn` by `trainerId`, to `attendees` people (held with their consent). */
export async function deliverTestTraining(deps: Pick<AppDeps, "db" | "now">, organisation: TestOrganisation, options: { site?: 0 | 1; partnerId: string | null; deliveredOn: string; trainerId: string; attendees: number }) {
  const [course] = await deps.db
    .insert(trainingCourses)
    .values({ organisationId: organisation.id, title: "Cross-vulnerabilities for imams", createdBy: options.trainerId, updatedAt: deps.now() })
    .returning();
  const [delivery] = await deps.db
    .insert(trainingDeliveries)
    .values({ organisationId: organisation.id, siteId: organisation.siteIds[options.site ?? 0], courseId: course!.id, partnerId: options.partnerId, deliveredOn: options.deliveredOn, trainerId: options.trainerId, createdBy: options.trainerId, updatedAt: deps.now() })
    .returning();
  if (options.attendees > 0) {
    await deps.db.insert(trainingAttendees).values(
      Array.from({ length: options.attendees }, (_, index) => ({
        organisationId: organisation.id,
        deliveryId: delivery!.id,
        name: `Attendee ${index + 1}`,
        consentRecordedAt: deps.now(),
        consentRecordedBy: options.trainerId,
        certificateNumber: `PW-TR-TEST-${randomUUID()}`,
      })),
    );
  }
  return delivery!;
}
