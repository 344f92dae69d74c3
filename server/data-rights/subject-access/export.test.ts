import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { pdfText } from "../../../test/pdf-text.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { contactFields } from "../../clients/add-relationship.js";
import { auditEvents, clients, relationships, subjectAccessReleases } from "../../db/schema.js";
import { createTestSession } from "../../sessions/test-support.js";

const { app, deps } = await testApp();

const relativePhone = "07700 900777";
const sessionNote = "Talked through the week at college; plans to join the football group.";

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const officerUser = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  const caseworker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const { client, kase, person } = await createTestCase(deps, organisation, caseworker.id);
  await createTestSession(deps, { id: kase.id, organisationId: organisation.id, siteId: organisation.siteIds[0], clientId: client.id }, [caseworker.id], { notes: sessionNote });
  const key = await deps.vault.loadSubjectKey(deps.db, client.id);
  const [relationship] = await deps.db
    .insert(relationships)
    .values({
      organisationId: organisation.id,
      clientId: client.id,
      relation: "mother",
      contactName: deps.vault.encrypt(key, contactFields.contactName, "Farida Begum"),
      contactPhone: deps.vault.encrypt(key, contactFields.contactPhone, relativePhone),
      createdBy: caseworker.id,
    })
    .returning();
  const officer = await signInAs(app, officerUser, deps.now());
  const request = (
    await officer.request("POST", "/api/data-rights/requests", { kind: "access", requesterRelation: "self", requesterName: person.givenName, receivedOn: "2026-01-05", clientId: client.id })
  ).json();
  return { organisation, officer, client, kase, person, request, phoneKey: `relationship:${relationship!.id}:contact_phone` };
}

const compact = (text: string) => text.replace(/\s+/g, "");

describe("data-rights.subject-access export", () => {
  it("offers the relative's details for withholding, previews without what was withheld, and releases files whose hashes match what is downloaded", async () => {
    const { officer, request, phoneKey, person, kase } = await setUp();
    const items = await officer.request("GET", `/api/data-rights/requests/${request.id}/export/items`);
    expect(items.statusCode, items.body).toBe(200);
    const phone = items.json().items.find((item: { itemKey: string }) => item.itemKey === phoneKey);
    expect(phone).toMatchObject({ kind: "relative_phone", value: relativePhone, isSuggested: true, withheldFor: null });
    expect(items.json().items.some((item: { kind: string; isSuggested: boolean }) => item.kind === "session_note" && !item.isSuggested)).toBe(true);

    const saved = await officer.request("PUT", `/api/data-rights/requests/${request.id}/export/withholdings`, { items: [{ itemKey: phoneKey, reason: "third_party" }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().items.find((item: { itemKey: string }) => item.itemKey === phoneKey).withheldFor).toBe("third_party");

    const previewPdf = await officer.request("GET", `/api/data-rights/requests/${request.id}/export/preview/subject-access.pdf`);
    expect(previewPdf.statusCode).toBe(200);
    expect(previewPdf.headers["content-type"]).toBe("application/pdf");
    const text = compact(pdfText(previewPdf.rawPayload));
    expect(text).toContain(compact(sessionNote));
    expect(text).toContain(compact(kase.reference));
    expect(text).toContain(compact(person.familyName!));
    expect(text).toContain("FaridaBegum");
    expect(text).toContain(compact("[withheld: about another person]"));
    expect(text).not.toContain(compact(relativePhone));
    const previewJson = await officer.request("GET", `/api/data-rights/requests/${request.id}/export/preview/subject-access.json`);
    expect(previewJson.body).not.toContain(relativePhone);
    const record = previewJson.json();
    expect(record.cases[0].sessions[0].notes).toBe(sessionNote);
    expect(record.relationships[0].contactPhone).toEqual({ itemKey: phoneKey, withheld: "third_party" });
    expect(record.accessLog.length).toBeGreaterThan(0);

    const released = await officer.request("POST", `/api/data-rights/requests/${request.id}/export/release`);
    expect(released.statusCode, released.body).toBe(200);
    const detail = released.json();
    expect(detail.status).toBe("completed");
    expect(detail.releases).toHaveLength(1);
    const release = detail.releases[0];
    expect(release.withheld).toEqual([{ itemKey: phoneKey, reason: "third_party" }]);
    for (const file of release.files as { name: string; sha256: string; bytes: number }[]) {
      const download = await officer.request("GET", `/api/data-rights/requests/${request.id}/releases/${release.id}/${file.name}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.length).toBe(file.bytes);
      expect(createHash("sha256").update(download.rawPayload).digest("hex")).toBe(file.sha256);
      expect(download.rawPayload.toString("latin1")).not.toContain(relativePhone);
    }
    const downloaded = await officer.request("GET", `/api/data-rights/requests/${request.id}/releases/${release.id}/subject-access.pdf`);
    expect(compact(pdfText(downloaded.rawPayload))).toContain(compact(sessionNote));

    // Kept only as ciphertext under the client's key.
    const [stored] = await deps.db.select().from(subjectAccessReleases).where(eq(subjectAccessReleases.id, release.id));
    expect(Buffer.from(stored!.json).toString("latin1")).not.toContain(sessionNote.slice(0, 20));
    const actions = (await deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, request.id))).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["data_rights.export_items_read", "data_rights.withholdings_saved", "data_rights.export_previewed", "data_rights.released", "data_rights.downloaded"]));
    // A completed request has no more export steps.
    expect((await officer.request("POST", `/api/data-rights/requests/${request.id}/export/release`)).statusCode).toBe(409);
  });

  it("refuses to withhold something that is not an item of the record, and changes nothing", async () => {
    const { officer, request, organisation, phoneKey } = await setUp();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const unknown = await officer.request("PUT", `/api/data-rights/requests/${request.id}/export/withholdings`, {
      items: [
        { itemKey: phoneKey, reason: "third_party" },
        { itemKey: "relationship:00000000-0000-0000-0000-000000000000:contact_phone", reason: "third_party" },
      ],
    });
    expectCleanRefusal(unknown);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([{ path: "body.items.1.itemKey", message: "Not an item of this record." }]);
    const badReason = await officer.request("PUT", `/api/data-rights/requests/${request.id}/export/withholdings`, { items: [{ itemKey: phoneKey, reason: "dislike" }] });
    expect(badReason.statusCode).toBe(400);
    expect(badReason.json().error.fields[0].path).toBe("body.items.0.reason");
    const badFile = await officer.request("GET", `/api/data-rights/requests/${request.id}/export/preview/other.txt`);
    expect(badFile.statusCode).toBe(400);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("keeps nothing readable once the person is erased: the released copy is shredded with their key", async () => {
    const { officer, request, client } = await setUp();
    const release = (await officer.request("POST", `/api/data-rights/requests/${request.id}/export/release`)).json().releases[0];
    await deps.db.update(clients).set({ erasedAt: deps.now() }).where(eq(clients.id, client.id));
    await deps.vault.destroySubjectKey(deps.db, client.id);
    const download = await officer.request("GET", `/api/data-rights/requests/${request.id}/releases/${release.id}/subject-access.json`);
    expectCleanRefusal(download);
    expect(download.statusCode).toBe(410);
    const page = await officer.request("GET", `/api/data-rights/requests/${request.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ requester: null, client: { name: "—" }, releases: [{ id: release.id }] });
  });

  it("has no export for a request not yet matched to a client", async () => {
    const { officer } = await setUp();
    const unmatched = (await officer.request("POST", "/api/data-rights/requests", { kind: "access", requesterRelation: "self", requesterName: "Someone", receivedOn: "2026-01-05" })).json();
    const items = await officer.request("GET", `/api/data-rights/requests/${unmatched.id}/export/items`);
    expect(items.statusCode).toBe(409);
    expect(items.json().error.message).toBe("Match the request to a client first.");
  });
});
