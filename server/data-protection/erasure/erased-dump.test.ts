/**
 * The promise of erasure: after it, a copy of the database holds nothing about the person that
 * decrypts, and nothing of them in the clear. Their sealed fields are captured first, as someone
 * holding an older copy would have them, and checked to open with their key; after erasure no key
 * left in the database opens any of them, their own keys are gone, and every column of every table
 * read back as text (and, on PostgreSQL, a full pg_dump) holds none of their details.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../../../test/app.js";
import { everyRowAsText, postgresDump } from "../../../test/database-copy.js";
import { openOwnDatabase } from "../../../test/own-database.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { contactFields } from "../../clients/add-relationship.js";
import { inTransaction } from "../../db/client.js";
import { clientIdentities, referrals, relationships, subjectKeys } from "../../db/schema.js";
import { heldClientError } from "../held-client-error.js";
import { VaultError } from "../../vault/errors.js";
import { eraseClient } from "./erase-client.js";
import { createErasableClient } from "./test-support.js";

// A database of this file's own, so the copy read holds this test's data, not every earlier test's.
const own = await openOwnDatabase("erased_dump");
const { app, deps } = await buildTestApp(own.database.db);
afterAll(async () => {
  await app.close();
  await own.drop();
});

const person = { givenName: "Marigoldine", familyName: "Thistlewaite", dateOfBirth: "1998-02-27", phone: "07700 900631", postcode: "B29 6QX" };
const inTheClear = [person.givenName, person.familyName, "Thistlewaite", "07700900631", "B29 6QX", "1998-02-27", "Rukhsana Begum"];

const opens = (subjectKey: Awaited<ReturnType<typeof deps.vault.loadSubjectKey>>, field: string, sealed: Uint8Array) => {
  try {
    deps.vault.decrypt(subjectKey, field, sealed);
    return true;
  } catch {
    return false;
  }
};

describe("data-protection.erased dump", () => {
  it("leaves nothing about the erased person that any key in the database decrypts, and nothing of them in the clear", { timeout: 180_000 }, async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    const erasable = await createErasableClient(deps, organisation, manager.id, { person });
    // Someone else, whose keys stay: theirs are among the keys tried below.
    await createErasableClient(deps, organisation, manager.id);

    // What an older copy of the database would hold of them, sealed, with the field each was sealed as.
    const [identity] = await deps.db.select().from(clientIdentities).where(eq(clientIdentities.clientId, erasable.clientId));
    const [contact] = await deps.db.select().from(relationships).where(eq(relationships.clientId, erasable.clientId));
    const [referral] = await deps.db.select().from(referrals).where(eq(referrals.id, erasable.referralId));
    const sealed = [
      { subject: erasable.clientId, field: "identity.givenName", value: identity!.givenName! },
      { subject: erasable.clientId, field: "identity.dateOfBirth", value: identity!.dateOfBirth! },
      { subject: erasable.clientId, field: contactFields.contactName, value: contact!.contactName! },
      { subject: erasable.referralId, field: "subject_family_name", value: referral!.subjectFamilyName! },
      { subject: erasable.referralId, field: "concern", value: referral!.concern! },
    ];
    for (const cell of sealed) expect(opens(await deps.vault.loadSubjectKey(deps.db, cell.subject), cell.field, cell.value)).toBe(true);
    expect((await everyRowAsText(deps.db)).includes(`how ${person.givenName.toLowerCase()} found work`)).toBe(true);

    await inTransaction(deps.db, (tx) => eraseClient(tx, deps.vault, { organisationId: organisation.id, clientId: erasable.clientId, basis: "request", actorUserId: manager.id, now: deps.now(), requestId: "test" }));

    for (const subject of [erasable.clientId, erasable.referralId]) {
      const failure = await deps.vault.loadSubjectKey(deps.db, subject).then(() => null, (error: unknown) => error);
      expect(heldClientError(failure)?.code).toBe("gone");
    }
    // Every key still in the database, of every organisation, tried on every sealed field of theirs: none opens.
    const live = await deps.db.select({ subjectId: subjectKeys.subjectId }).from(subjectKeys).where(and(isNotNull(subjectKeys.wrappedKey)));
    let tried = 0;
    for (const { subjectId } of live) {
      // Tests of key rotation and backups share this database with keys of keyrings of their own,
      // which this installation's keyring cannot unwrap at all: those open nothing here either.
      const subjectKey = await deps.vault.loadSubjectKey(deps.db, subjectId).catch((error: unknown) => {
        if (error instanceof VaultError && error.code === "unknown_master_key") return null;
        throw error;
      });
      if (!subjectKey) continue;
      for (const cell of sealed) {
        expect(opens(subjectKey, cell.field, cell.value)).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(3 * sealed.length);

    const rows = await everyRowAsText(deps.db);
    expect(rows.includes(organisation.name.toLowerCase())).toBe(true);
    expect(inTheClear.filter((secret) => rows.includes(secret.toLowerCase()))).toEqual([]);
    if (own.url) {
      const dump = (await postgresDump(own.url)).toString("utf8").toLowerCase();
      expect(dump.includes(organisation.name.toLowerCase())).toBe(true);
      expect(inTheClear.filter((secret) => dump.includes(secret.toLowerCase()))).toEqual([]);
    }
  });
});
