import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase, createTestReferral } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { createTestPartner } from "../../../test/outreach-factories.js";
import { pdfText } from "../../../test/pdf-text.js";
import { outreachSessions, referralAttributions, referrals } from "../../db/schema.js";

const { app, deps } = await testApp();
const sessionNotes = "Forty young men after Friday prayers; Imran's cousin asked about the football group.";
const compact = (text: string) => text.replace(/\s+/g, "");

/** A person met at an outreach session at a partner's, who asked to be contacted again: the referral that followed is theirs. */
async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const officerUser = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  const outreachWorker = await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker" });
  const { client, person } = await createTestCase(deps, organisation, officerUser.id);
  const partner = await createTestPartner(deps, organisation, { name: `Green Lane Mosque ${randomUUID().slice(0, 4)}` });
  const [session] = await deps.db
    .insert(outreachSessions)
    .values({
      organisationId: organisation.id,
      siteId: organisation.siteIds[0],
      partnerId: partner.id,
      sessionType: "friday_mosque_presence",
      topics: ["county_lines"],
      startsAt: new Date("2026-09-04T12:30:00Z"),
      durationMinutes: 90,
      staffIds: [outreachWorker.id],
      headcountTotal: 40,
      headcount: { total: 40 },
      followUpContacts: 3,
      notes: sessionNotes,
      createdBy: outreachWorker.id,
      updatedAt: deps.now(),
    })
    .returning();
  const referral = await createTestReferral(deps, organisation);
  await deps.db.update(referrals).set({ clientId: client.id }).where(eq(referrals.id, referral.id));
  await deps.db.insert(referralAttributions).values({ referralId: referral.id, organisationId: organisation.id, outreachSessionId: session!.id });
  // Someone else's referral from the same session is not theirs.
  const other = await createTestReferral(deps, organisation);
  await deps.db.insert(referralAttributions).values({ referralId: other.id, organisationId: organisation.id, partnerId: partner.id });
  const officer = await signInAs(app, officerUser, deps.now());
  const request = (
    await officer.request("POST", "/api/data-rights/requests", { kind: "access", requesterRelation: "self", requesterName: person.givenName, receivedOn: "2026-10-05", clientId: client.id })
  ).json();
  return { officer, request, partner, session: session!, referral, other };
}

describe("data-rights.subject-access outreach follow-ups", () => {
  it("exports the outreach session the person was met at and the partner, offering the partner and the session's notes for withholding", async () => {
    const { officer, request, partner, session, referral, other } = await setUp();
    const items = (await officer.request("GET", `/api/data-rights/requests/${request.id}/export/items`)).json().items as { itemKey: string; kind: string; value: string; isSuggested: boolean; where: string }[];
    expect(items.find((item) => item.kind === "outreach_partner")).toMatchObject({ itemKey: `referral_attribution:${referral.id}:partner`, value: partner.name, isSuggested: false, where: `${referral.reference} · 2026-09-04` });
    expect(items.find((item) => item.kind === "outreach_note")).toMatchObject({ itemKey: `outreach_session:${session.id}:notes`, value: sessionNotes, isSuggested: true });
    expect(items.some((item) => item.itemKey.includes(other.id))).toBe(false);

    const json = (await officer.request("GET", `/api/data-rights/requests/${request.id}/export/preview/subject-access.json`)).json();
    expect(json.outreachFollowUps).toEqual([
      {
        referralReference: referral.reference,
        receivedOn: expect.any(String),
        partner: partner.name,
        session: { heldOn: "2026-09-04", sessionType: "friday_mosque_presence", topics: ["county_lines"], venue: null, staff: ["Test User"], notes: sessionNotes },
      },
    ]);
    const pdf = compact(pdfText((await officer.request("GET", `/api/data-rights/requests/${request.id}/export/preview/subject-access.pdf`)).rawPayload));
    expect(pdf).toContain(compact("Where we met you through community outreach"));
    expect(pdf).toContain(compact(partner.name));
    expect(pdf).toContain(compact(sessionNotes));
  });

  it("withholds the session's notes and the partner when the officer chooses, in the preview and the released files", async () => {
    const { officer, request, partner, session, referral } = await setUp();
    const withheld = [
      { itemKey: `outreach_session:${session.id}:notes`, reason: "third_party" },
      { itemKey: `referral_attribution:${referral.id}:partner`, reason: "referrer_confidentiality" },
    ];
    const saved = await officer.request("PUT", `/api/data-rights/requests/${request.id}/export/withholdings`, { items: withheld });
    expect(saved.statusCode, saved.body).toBe(200);
    const released = (await officer.request("POST", `/api/data-rights/requests/${request.id}/export/release`)).json().releases[0];
    const json = await officer.request("GET", `/api/data-rights/requests/${request.id}/releases/${released.id}/subject-access.json`);
    expect(json.body).not.toContain("Imran");
    expect(json.body).not.toContain(partner.name);
    expect(json.json().outreachFollowUps[0].session.notes).toEqual({ itemKey: withheld[0]!.itemKey, withheld: "third_party" });
    const pdf = compact(pdfText((await officer.request("GET", `/api/data-rights/requests/${request.id}/releases/${released.id}/subject-access.pdf`)).rawPayload));
    expect(pdf).not.toContain(compact(sessionNotes));
    expect(pdf).not.toContain(compact(partner.name));
    expect(pdf).toContain(compact("[withheld: about another person]"));
  });
});
