import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { actorFor, createTestMerge } from "../../clients/test-support.js";
import { inTransaction } from "../../db/client.js";
import {
  auditEvents,
  cases,
  clientErasures,
  clientIdentities,
  clientIndexes,
  clients,
  consents,
  contentItems,
  contentVersions,
  importedReferences,
  referrals,
  relationships,
} from "../../db/schema.js";
import { heldClientError } from "../held-client-error.js";
import { eraseClient, type EraseClientInput } from "./erase-client.js";
import { holdsOnClient } from "./retention-holds.js";
import { closeCase, createErasableClient, insertLegalClaimHold } from "./test-support.js";

const { deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const dpo = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  return { organisation, manager, dpo };
}

const erase = (input: Omit<EraseClientInput, "now" | "requestId" | "basis"> & { basis?: EraseClientInput["basis"] }) =>
  inTransaction(deps.db, (tx) => eraseClient(tx, deps.vault, { basis: "request", now: deps.now(), requestId: "test", ...input }));

const keyState = async (subjectId: string) => {
  try {
    await deps.vault.loadSubjectKey(deps.db, subjectId);
    return "readable";
  } catch (error) {
    return heldClientError(error)?.code === "gone" ? "destroyed" : "other";
  }
};

describe("data-protection.erase-client", () => {
  it("shreds the client's and their referral's keys, removes what could find or name them, and keeps the pseudonymous rows", async () => {
    const { organisation, manager, dpo } = await setUp();
    const erasable = await createErasableClient(deps, organisation, manager.id);
    const other = await createTestCase(deps, organisation, manager.id);
    await deps.db.insert(relationships).values({ organisationId: organisation.id, clientId: other.client.id, relatedClientId: erasable.clientId, relation: "sibling" });
    // Brought in from a spreadsheet, whose reference for them is kept as a keyed index.
    await deps.db.insert(importedReferences).values({ organisationId: organisation.id, kind: "client", referenceIndex: `test-${erasable.clientId}`, entityId: erasable.clientId, importId: randomUUID() });
    const [caseBefore] = await deps.db.select().from(cases).where(eq(cases.id, erasable.caseId));

    const { erasure, isNew } = await erase({ organisationId: organisation.id, clientId: erasable.clientId, actorUserId: dpo.id });

    expect(isNew).toBe(true);
    expect(await keyState(erasable.clientId)).toBe("destroyed");
    expect(await keyState(erasable.referralId)).toBe("destroyed");
    expect(await keyState(other.client.id)).toBe("readable");
    expect(await deps.db.select().from(clientIndexes).where(eq(clientIndexes.clientId, erasable.clientId))).toEqual([]);
    expect(await deps.db.select().from(clientIdentities).where(eq(clientIdentities.clientId, erasable.clientId))).toEqual([]);
    expect(await deps.db.select().from(importedReferences).where(eq(importedReferences.entityId, erasable.clientId))).toEqual([]);
    expect(await deps.db.select().from(relationships).where(eq(relationships.clientId, erasable.clientId))).toEqual([]);
    expect(await deps.db.select().from(contentItems).where(eq(contentItems.id, erasable.caseStudyId))).toEqual([]);
    expect(await deps.db.select().from(contentVersions).where(eq(contentVersions.itemId, erasable.caseStudyId))).toEqual([]);
    const [link] = await deps.db.select().from(relationships).where(eq(relationships.clientId, other.client.id));
    expect(link).toMatchObject({ relation: "sibling", relatedClientId: null });
    const [referral] = await deps.db.select().from(referrals).where(eq(referrals.id, erasable.referralId));
    expect(referral).toMatchObject({ clientId: erasable.clientId, referrerContactIndex: null, reference: expect.any(String) });
    // The case keeps everything counts are made from.
    const [caseAfter] = await deps.db.select().from(cases).where(eq(cases.id, erasable.caseId));
    expect(caseAfter).toEqual(caseBefore);
    const [client] = await deps.db.select().from(clients).where(eq(clients.id, erasable.clientId));
    expect(client!.erasedAt).toEqual(erasure.erasedAt);
    expect(erasure).toMatchObject({ clientId: erasable.clientId, basis: "request", erasedBy: dpo.id });
    expect(erasure.tally).toMatchObject({ keysDestroyed: 2, referrals: 1, relationships: 1, linksFromOthers: 1, caseStudies: 1, identities: 1, importedReferences: 1 });
    expect(erasure.tally.blindIndexes).toBeGreaterThan(3);
    const audit = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.clientId, erasable.clientId), eq(auditEvents.action, "client.erased")));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain(erasable.person.familyName);
  });

  it("does nothing the second time: the first erasure's record is the answer", async () => {
    const { organisation, manager, dpo } = await setUp();
    const { clientId } = await createErasableClient(deps, organisation, manager.id);
    const first = await erase({ organisationId: organisation.id, clientId, actorUserId: dpo.id });
    const before = await organisationSnapshot(deps.db, organisation.id);
    const second = await erase({ organisationId: organisation.id, clientId, actorUserId: manager.id, basis: "retention" });
    expect(second).toEqual({ erasure: first.erasure, isNew: false });
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("erases the records merged into the client too, and a merged record's id erases the person it was merged into", async () => {
    const { organisation, manager, dpo } = await setUp();
    const { kept, duplicate } = await createTestMerge(deps, organisation, manager.id);
    await closeCase(deps, actorFor(manager.id, organisation, "team_manager"), kept.kase.id);
    await closeCase(deps, actorFor(manager.id, organisation, "team_manager"), duplicate.kase.id);
    const { erasure } = await erase({ organisationId: organisation.id, clientId: duplicate.client.id, actorUserId: dpo.id });
    expect(erasure.clientId).toBe(kept.client.id);
    expect(erasure.mergedClientIds).toEqual([duplicate.client.id]);
    expect(await keyState(kept.client.id)).toBe("destroyed");
    expect(await keyState(duplicate.client.id)).toBe("destroyed");
    const rows = await deps.db.select({ erasedAt: clients.erasedAt }).from(clients).where(inArray(clients.id, [kept.client.id, duplicate.client.id]));
    expect(rows.every((row) => row.erasedAt !== null)).toBe(true);
  });

  it("is refused, changing nothing, while a retention hold applies or a case is open", async () => {
    const { organisation, manager, dpo } = await setUp();
    const held = await createErasableClient(deps, organisation, manager.id);
    await insertLegalClaimHold(deps, organisation, held.clientId, dpo.id);
    const atRisk = await createErasableClient(deps, organisation, manager.id, { isOpen: true });
    await deps.db.update(cases).set({ tier: "panel_referral", state: "active" }).where(eq(cases.id, atRisk.caseId));
    const open = await createErasableClient(deps, organisation, manager.id, { isOpen: true });
    expect((await holdsOnClient(deps.db, organisation.id, atRisk.clientId)).map((hold) => hold.kind)).toEqual(["safeguarding"]);
    expect(await holdsOnClient(deps.db, organisation.id, open.clientId)).toEqual([]);

    const before = await organisationSnapshot(deps.db, organisation.id);
    await expect(erase({ organisationId: organisation.id, clientId: held.clientId, actorUserId: dpo.id })).rejects.toMatchObject({ code: "conflict", publicMessage: expect.stringContaining("legal claim") });
    await expect(erase({ organisationId: organisation.id, clientId: atRisk.clientId, actorUserId: dpo.id })).rejects.toMatchObject({ code: "conflict", publicMessage: expect.stringContaining("safeguarding") });
    await expect(erase({ organisationId: organisation.id, clientId: open.clientId, actorUserId: dpo.id })).rejects.toMatchObject({ code: "conflict", publicMessage: expect.stringContaining("Close the open cases") });
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    expect(await deps.db.select().from(clientErasures).where(eq(clientErasures.organisationId, organisation.id))).toEqual([]);
  });

  it("answers not found for another organisation's client", async () => {
    const { organisation, manager, dpo } = await setUp();
    const { clientId } = await createErasableClient(deps, organisation, manager.id);
    const elsewhere = await createOrganisation(deps.db);
    await expect(erase({ organisationId: elsewhere.id, clientId, actorUserId: dpo.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await keyState(clientId)).toBe("readable");
  });

  it("refuses any later write about the erased person, whatever writes it", async () => {
    const { organisation, manager, dpo } = await setUp();
    const { clientId } = await createErasableClient(deps, organisation, manager.id);
    await erase({ organisationId: organisation.id, clientId, actorUserId: dpo.id });
    const write = deps.db.insert(consents).values({ organisationId: organisation.id, clientId, purpose: "case_study", status: "given", method: "verbal", recordedAt: deps.now() });
    const error: unknown = await write.then(() => null, (caught: unknown) => caught);
    expect(heldClientError(error)).toMatchObject({ code: "gone" });
    const index = deps.db.insert(clientIndexes).values({ organisationId: organisation.id, clientId, kind: "name_exact", value: "x" });
    expect(heldClientError(await index.then(() => null, (caught: unknown) => caught))).toMatchObject({ code: "gone" });
  });
});
