import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../../test/app.js";
import { pdfText } from "../../../../test/pdf-text.js";
import { auditEvents } from "../../../db/schema.js";
import { addTestAttendee, createTestCourse, createTestDelivery, trainingTeam } from "../test-support.js";
import { certificateBlocks } from "./certificate-model.js";

const { app, deps } = await testApp();

const squeezed = (text: string) => text.replace(/\s+/g, "");
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

async function setUp() {
  const team = await trainingTeam(app, deps);
  const course = await createTestCourse(deps, team.organisation, { title: "Grooming awareness for parents" });
  const delivery = await createTestDelivery(deps, team.organisation, { courseId: course.id, trainerId: team.workerUser.id, partnerId: team.partner.id, deliveredOn: "2026-03-05" });
  const first = await addTestAttendee(deps, delivery, { name: "Farah Siddiqui" });
  const second = await addTestAttendee(deps, delivery, { name: "عائشہ خان" });
  return { ...team, course, delivery, first, second };
}

describe("outreach.training.certificates", () => {
  it("prints an attendee's certificate naming them, the course, the day, the certificate number and the refresher, and audits it", async () => {
    const { worker, first, organisation } = await setUp();
    const response = await worker.request("GET", `/api/outreach/training/attendees/${first.id}/certificate.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const pdf = response.rawPayload;
    expect(pageCount(pdf)).toBe(1);
    const text = squeezed(pdfText(pdf));
    for (const words of ["Farah Siddiqui", "Grooming awareness for parents", "5 March 2026", first.certificateNumber, "5 March 2028", organisation.name]) expect(text).toContain(squeezed(words));
    const audits = await deps.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, first.id));
    expect(audits).toContainEqual({ action: "outreach.training_certificates_printed", details: { deliveryId: first.deliveryId, attendeeIds: [first.id] } });
  });

  it("prints every attendee's certificate of a training, a page each, names in any script", async () => {
    const { worker, delivery } = await setUp();
    const response = await worker.request("GET", `/api/outreach/training/deliveries/${delivery.id}/certificates.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(pageCount(response.rawPayload)).toBe(2);
    const text = squeezed(pdfText(response.rawPayload));
    expect(text).toContain("FarahSiddiqui");
    expect(text).toContain(squeezed("Grooming awareness for parents"));
    // Urdu is drawn right to left, glyph by glyph from the right, so it reads back reversed.
    expect(text).toContain([...squeezed("عائشہ خان")].reverse().join(""));
    const [audit] = await deps.db.select({ details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, delivery.id));
    expect((audit?.details as { attendeeIds: string[] }).attendeeIds).toHaveLength(2);
  });

  it("keeps certificates from the site's caseworkers and from another site, and says when there is no one to certify", async () => {
    const { caseworker, elsewhere, worker, first, delivery, organisation, course, workerUser } = await setUp();
    expect((await caseworker.request("GET", `/api/outreach/training/attendees/${first.id}/certificate.pdf`)).statusCode).toBe(403);
    expect((await elsewhere.request("GET", `/api/outreach/training/attendees/${first.id}/certificate.pdf`)).statusCode).toBe(404);
    expect((await elsewhere.request("GET", `/api/outreach/training/deliveries/${delivery.id}/certificates.pdf`)).statusCode).toBe(404);
    const empty = await createTestDelivery(deps, organisation, { courseId: course.id, trainerId: workerUser.id });
    expect((await worker.request("GET", `/api/outreach/training/deliveries/${empty.id}/certificates.pdf`)).statusCode).toBe(422);
    const printed = await deps.db.select().from(auditEvents).where(eq(auditEvents.action, "outreach.training_certificates_printed"));
    expect(printed.filter((event) => event.organisationId === organisation.id)).toEqual([]);
  });

  it("says when a refresher is due only when the course has one, and for whom a partner's training was given", () => {
    const facts = { organisationName: "Sparkbrook Recovery Trust", attendeeName: "Farah Siddiqui", courseTitle: "Drugs awareness", deliveredOn: "2026-03-05", trainerName: "Sana Mirza", certificateNumber: "PW-TR-2026-000007" };
    const withRefresher = certificateBlocks({ ...facts, partnerName: "Park View School", refresherDueOn: "2028-03-05" }).map((block) => block.text);
    expect(withRefresher).toContain("on 5 March 2026, given by Sana Mirza for Park View School.");
    expect(withRefresher).toContain("A refresher is due by 5 March 2028.");
    const without = certificateBlocks({ ...facts, partnerName: null, refresherDueOn: null }).map((block) => block.text);
    expect(without).toContain("on 5 March 2026, given by Sana Mirza.");
    expect(without.join(" ")).not.toContain("refresher");
  });
});
