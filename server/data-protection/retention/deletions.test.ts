import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addYears } from "../../../core/data-protection/retention-rules.js";
import { readCsvRecords } from "../../../core/csv.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../../test/http.js";
import { opener } from "../../../test/authz/role-sets.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { inTransaction } from "../../db/client.js";
import { retentionDeletionItems, retentionReviewEntries } from "../../db/retention-schema.js";
import { auditEvents, cases, clientIdentities, clientIndexes, clients, subjectKeys } from "../../db/schema.js";
import { insertLegalClaimHold } from "../erasure/test-support.js";
import { reviewRetention } from "./review-job.js";
import { clientClosedOn, referralDeclinedOn } from "./test-support.js";

const { app, deps } = await testApp();
const longAgo = addYears(londonDay(deps.now()), -10);

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const openedBy = await opener({ deps, home: organisation, other: organisation });
  const dpoUser = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
  const adminUser = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  const adult = await clientClosedOn(deps, organisation, openedBy, longAgo, "1971-04-02");
  const second = await clientClosedOn(deps, organisation, openedBy, longAgo, "1980-09-30");
  const referral = await referralDeclinedOn(deps, organisation, longAgo, "1985-12-01");
  await inTransaction(deps.db, (tx) => reviewRetention(tx, deps.vault, deps.now(), { organisationIds: [organisation.id] }));
  const entries = await deps.db.select().from(retentionReviewEntries).where(eq(retentionReviewEntries.organisationId, organisation.id));
  const entryOf = (recordId: string) => entries.find((entry) => entry.recordId === recordId)!;
  return {
    organisation,
    openedBy,
    dpoUser,
    dpo: await signInAs(app, dpoUser, deps.now()),
    admin: await signInAs(app, adminUser, deps.now()),
    adult: { ...adult, entry: entryOf(adult.client.id) },
    second: { ...second, entry: entryOf(second.client.id) },
    referral: { ...referral, entry: entryOf(referral.id) },
  };
}

describe("retention.deletions", () => {
  it("shows the data protection officer the queue by reference and rule only", async () => {
    const { dpo, adult, second, referral } = await setUp();
    const queue = await dpo.request("GET", "/api/data-protection/retention/queue?status=due");
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().counts).toEqual({ due: 3, held: 0 });
    expect(queue.json().items.map((item: { reference: string }) => item.reference).sort()).toEqual([adult.client.reference, second.client.reference, referral.reference].sort());
    expect(queue.json().items[0]).toMatchObject({ ageGroup: "adult", rule: { adultYearsAfterClosure: 8 }, dueOn: addYears(longAgo, 8), status: "due" });
    expect(queue.body).not.toMatch(/Ayesha|Bilal|1971-04-02|B11/);
  });

  it("approves deletion in bulk: each record is crypto-shredded, the pseudonymous rows stay, and the deletion is recorded without content", async () => {
    const { dpo, dpoUser, organisation, adult, second, referral } = await setUp();
    const approved = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: [adult.entry.id, referral.entry.id], confirmedCount: 2 });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json()).toMatchObject({ recordCount: 2, approvedByName: "Test User" });
    expect(approved.json().items.map((item: { reference: string }) => item.reference).sort()).toEqual([adult.client.reference, referral.reference].sort());

    const keys = await deps.db.select().from(subjectKeys).where(eq(subjectKeys.organisationId, organisation.id));
    const keyOf = (subjectId: string) => keys.find((key) => key.subjectId === subjectId)!;
    expect(keyOf(adult.client.id)).toMatchObject({ wrappedKey: null });
    expect(keyOf(referral.id)).toMatchObject({ wrappedKey: null });
    expect(keyOf(second.client.id).wrappedKey).not.toBeNull();
    expect(await deps.db.select().from(clientIndexes).where(eq(clientIndexes.clientId, adult.client.id))).toEqual([]);
    expect(await deps.db.select().from(clientIdentities).where(eq(clientIdentities.clientId, adult.client.id))).toEqual([]);
    // Counts already released still add up: the person's record and case remain, by reference.
    expect(await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.id, adult.kase.id))).toHaveLength(1);
    expect((await deps.db.select().from(clients).where(eq(clients.id, adult.client.id)))[0]!.erasedAt).not.toBeNull();

    const left = await dpo.request("GET", "/api/data-protection/retention/queue");
    expect(left.json().items.map((item: { reference: string }) => item.reference)).toEqual([second.client.reference]);
    const items = await deps.db.select().from(retentionDeletionItems).where(eq(retentionDeletionItems.organisationId, organisation.id));
    expect(JSON.stringify(items)).not.toMatch(/1971|1985|Ayesha|Bilal|Rahman|Hussain/);
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "retention.deletion_approved")));
    expect(audit).toMatchObject({ actorUserId: dpoUser.id, entityId: approved.json().id, details: { recordCount: 2, clients: 1, referrals: 1 } });

    const list = await dpo.request("GET", "/api/data-protection/retention/deletions");
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: approved.json().id, recordCount: 2 }] });
    const detail = await dpo.request("GET", `/api/data-protection/retention/deletions/${approved.json().id}`);
    expect(detail.json().items).toHaveLength(2);
    const csv = await dpo.request("GET", "/api/data-protection/retention/deletions.csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const records = readCsvRecords(csv.body)!;
    expect(records[0]).toEqual(["approved_at", "approved_by", "deletion_id", "record_type", "reference", "rule_applied", "due_on"]);
    expect(records.slice(1).map((record) => [record[3], record[4], record[5]]).sort()).toEqual(
      [
        ["client", adult.client.reference, "adult: 8 years after closure"],
        ["referral", referral.reference, "adult: 8 years after closure"],
      ].sort(),
    );
  });

  it("refuses bad or unlisted choices naming each, and changes nothing", async () => {
    const { dpo, dpoUser, organisation, adult, second } = await setUp();
    const elsewhere = await setUp();
    await insertLegalClaimHold(deps, organisation, second.client.id, dpoUser.id);
    await inTransaction(deps.db, (tx) => reviewRetention(tx, deps.vault, deps.now(), { organisationIds: [organisation.id] }));
    const before = await organisationSnapshot(deps.db, organisation.id);

    const miscounted = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: [adult.entry.id], confirmedCount: 2 });
    expectCleanRefusal(miscounted);
    expect(miscounted.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.confirmedCount"]);
    const shape = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: ["not-an-id", adult.entry.id, adult.entry.id], confirmedCount: 3 });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.entryIds", "body.entryIds.0"]);
    const unlisted = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: [adult.entry.id, second.entry.id, elsewhere.adult.entry.id], confirmedCount: 3 });
    expectCleanRefusal(unlisted);
    expect(unlisted.statusCode).toBe(404);
    expect(unlisted.json().error.fields).toEqual([{ path: "body.entryIds.2", message: "Not on the list of records due for deletion." }]);
    const held = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: [adult.entry.id, second.entry.id], confirmedCount: 2 });
    expectCleanRefusal(held);
    expect(held.statusCode).toBe(409);
    expect(held.json().error.fields).toEqual([{ path: "body.entryIds.1", message: "This record is held and cannot be deleted." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("deletes nothing when a case was reopened or a hold placed since the review", async () => {
    const { dpo, dpoUser, organisation, adult, second } = await setUp();
    await deps.db.update(cases).set({ state: "assessment", closedAt: null }).where(eq(cases.id, second.kase.id));
    const before = await organisationSnapshot(deps.db, organisation.id);
    const reopened = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: [adult.entry.id, second.entry.id], confirmedCount: 2 });
    expectCleanRefusal(reopened);
    expect(reopened.statusCode).toBe(409);
    expect(reopened.json().error.message).toContain(second.client.reference);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);

    await insertLegalClaimHold(deps, organisation, adult.client.id, dpoUser.id);
    const snapshot = await organisationSnapshot(deps.db, organisation.id);
    const held = await dpo.request("POST", "/api/data-protection/retention/deletions", { entryIds: [adult.entry.id], confirmedCount: 1 });
    expect(held.statusCode).toBe(409);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(snapshot);
  });

  it("lets administrators and the officer change a rule with the version seen, audited, and refuses bad figures changing nothing", async () => {
    const { admin, dpo, organisation } = await setUp();
    const rules = await admin.request("GET", "/api/data-protection/retention/rules");
    expect(rules.json()).toMatchObject({ canEdit: true, defaults: { adultYearsAfterClosure: 8, childUntilBirthday: 25, childAged17UntilBirthday: 26 } });
    expect(rules.json().rules.map((rule: { recordType: string; isDefault: boolean }) => [rule.recordType, rule.isDefault])).toEqual([["client", true], ["referral", true]]);

    const before = await organisationSnapshot(deps.db, organisation.id);
    const bad = await admin.request("PUT", "/api/data-protection/retention/rules/client", { adultYearsAfterClosure: 0, childUntilBirthday: 17, childAged17UntilBirthday: 26.5, version: 1 });
    expectCleanRefusal(bad);
    expect(bad.json().error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["body.adultYearsAfterClosure", "body.childAged17UntilBirthday", "body.childUntilBirthday"]);
    const unknownType = await admin.request("PUT", "/api/data-protection/retention/rules/session_notes", { adultYearsAfterClosure: 8, childUntilBirthday: 25, childAged17UntilBirthday: 26, version: 1 });
    expect(unknownType.statusCode).toBe(400);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);

    const changed = await admin.request("PUT", "/api/data-protection/retention/rules/referral", { adultYearsAfterClosure: 3, childUntilBirthday: 25, childAged17UntilBirthday: 26, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().rules[1]).toMatchObject({ recordType: "referral", adultYearsAfterClosure: 3, isDefault: false, version: 2, updatedByName: "Test User" });
    const stale = await dpo.request("PUT", "/api/data-protection/retention/rules/referral", { adultYearsAfterClosure: 4, childUntilBirthday: 25, childAged17UntilBirthday: 26, version: 1 });
    expect(stale.statusCode).toBe(409);
    // The officer checks now rather than waiting for the next day: the referral falls due under its new rule.
    const nearlyFour = await referralDeclinedOn(deps, organisation, addYears(londonDay(deps.now()), -4), "1990-01-01");
    const checked = await dpo.request("POST", "/api/data-protection/retention/review", {});
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json().counts).toEqual({ due: 4, held: 0 });
    const queue = await dpo.request("GET", "/api/data-protection/retention/queue");
    expect(queue.json().items.map((item: { reference: string }) => item.reference)).toContain(nearlyFour.reference);
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "retention.rule_changed")));
    expect(audit!.details).toEqual({
      changed: ["adultYearsAfterClosure"],
      before: { adultYearsAfterClosure: 8, childUntilBirthday: 25, childAged17UntilBirthday: 26 },
      after: { adultYearsAfterClosure: 3, childUntilBirthday: 25, childAged17UntilBirthday: 26 },
    });
  });
});
