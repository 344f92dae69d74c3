import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase, createTestReferral } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { auditEvents, clientIndexes, dataUpgrades } from "../db/schema.js";
import { backfillBirthYearKeys, birthYearKeysUpgrade, runMatchKeyBackfill } from "./backfill-match-keys.js";
import { reindexClient } from "./reindex-client.js";
import { createClient } from "./create-client.js";
import { identityOf } from "../../test/case-factories.js";
import { maxMatches, maxRecordsPerKey } from "./match-candidates.js";

const { app, deps } = await testApp();

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const clientNamed = (identity: { givenName: string; familyName: string; dateOfBirth: string; phone?: string }, site: 0 | 1 = 0) =>
    createTestCase(deps, organisation, manager.id, { site, identity });
  return { organisation, caseworker, clientNamed };
}

const ids = (items: { clientId: string }[]) => items.map((item) => item.clientId);

describe("clients.duplicates", () => {
  it("lists other records likely to be the same person, strongest first, never the record itself", async () => {
    const { caseworker, clientNamed } = await setting();
    const record = await clientNamed({ givenName: "Muhammad", familyName: "Hussain", dateOfBirth: "2005-06-01", phone: "07700 900100" });
    const respelt = await clientNamed({ givenName: "Mohammed", familyName: "Husain", dateOfBirth: "2005-06-01" });
    const sharedPhone = await clientNamed({ givenName: "Imran", familyName: "Hussain", dateOfBirth: "1975-01-01", phone: "+44 7700 900100" }, 1);
    await clientNamed({ givenName: "Bilal", familyName: "Ahmed", dateOfBirth: "2005-06-01" });
    const { items } = (await caseworker.request("GET", `/api/clients/${record.client.id}/duplicates`)).json();
    expect(ids(items)).toEqual([respelt.client.id, sharedPhone.client.id]);
    expect(items[0]).toMatchObject({ strength: "strong", isInScope: true, reasons: expect.arrayContaining(["same_date_of_birth_and_family_name"]) });
    // The household phone is only a possibility, and the record is at a site this worker does not cover.
    expect(items[1]).toMatchObject({ strength: "possible", isInScope: false, reasons: ["same_phone"] });
    const [event] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, record.client.id), eq(auditEvents.action, "client.duplicate_check")));
    expect(event?.details).toEqual({ resultCount: 2 });
  });

  it("checks the person a referral is about against existing clients, for triage, without revealing them", async () => {
    const { organisation, caseworker, clientNamed } = await setting();
    const known = await clientNamed({ givenName: "Muhammad", familyName: "Hussain", dateOfBirth: "2005-06-01" });
    const referral = await createTestReferral(deps, organisation, {
      person: { givenName: "Mohamed", familyName: "Hussein", dateOfBirth: "2005-06-01", phone: "07700 900999", postcode: "B8 1AA" },
    });
    const response = await caseworker.request("GET", `/api/referrals/${referral.id}/duplicates`);
    expect(ids(response.json().items)).toEqual([known.client.id]);
    expect(response.body).not.toMatch(/hussein|mohamed/i);
    const events = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, referral.id));
    expect(events.map((event) => event.action)).toEqual(["referral.received", "referral.duplicate_check"]);
  });

  it("finds nothing for a referral about someone new", async () => {
    const { organisation, caseworker, clientNamed } = await setting();
    await clientNamed({ givenName: "Muhammad", familyName: "Hussain", dateOfBirth: "2005-06-01" });
    const referral = await createTestReferral(deps, organisation);
    expect((await caseworker.request("GET", `/api/referrals/${referral.id}/duplicates`)).json()).toEqual({ items: [] });
  });

  it("finds the person among more namesakes on one hostel phone than any key is read for, and lists at most 20", async () => {
    const { organisation, caseworker, clientNamed } = await setting();
    const known = await clientNamed({ givenName: "Mohammed", familyName: "Khan", dateOfBirth: "2001-03-14", phone: "07700 900555" });
    const namesakes = maxRecordsPerKey + 20;
    await inTransaction(deps.db, async (tx) => {
      for (let i = 0; i < namesakes; i++) {
        const dateOfBirth = `19${String(70 + (i % 29)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}`;
        await createClient(tx, { vault: deps.vault, now: deps.now() }, {
          organisationId: organisation.id,
          identity: identityOf({ givenName: "Mohammed", familyName: "Khan", dateOfBirth, phone: "07700 900555" }),
          preferredLanguage: "en",
          isInterpreterNeeded: false,
          preferredWorkerGender: "no_preference",
        });
      }
    });
    const referral = await createTestReferral(deps, organisation, {
      person: { givenName: "Muhammad", familyName: "Khan", dateOfBirth: "2001-03-14", phone: "07700 900555", postcode: "B8 1AA" },
    });
    const { items } = (await caseworker.request("GET", `/api/referrals/${referral.id}/duplicates`)).json();
    expect(items).toHaveLength(maxMatches);
    expect(items[0]).toMatchObject({ clientId: known.client.id, strength: "strong" });
    expect(items.slice(1).every((item: { strength: string; reasons: string[] }) => item.strength === "possible" && item.reasons.includes("different_date_of_birth"))).toBe(true);

    // Registered again with the day mistyped: the name and year of birth still pick them out.
    const mistyped = await createTestReferral(deps, organisation, {
      person: { givenName: "Mohamed", familyName: "Khan", dateOfBirth: "2001-03-15", phone: "07700 900555", postcode: "B8 1AA" },
    });
    const again = (await caseworker.request("GET", `/api/referrals/${mistyped.id}/duplicates`)).json().items;
    expect(again[0]).toMatchObject({ clientId: known.client.id, strength: "possible", reasons: expect.arrayContaining(["same_name_and_year_of_birth", "different_date_of_birth"]) });
  });

  it("re-indexes clients recorded before the year-of-birth key existed, once", async () => {
    const { clientNamed } = await setting();
    const { client } = await clientNamed({ givenName: "Farah", familyName: "Iqbal", dateOfBirth: "1996-11-02" });
    const yearKeys = () =>
      deps.db.select().from(clientIndexes).where(and(eq(clientIndexes.clientId, client.id), eq(clientIndexes.kind, "name_birth_year")));
    expect(await yearKeys()).toHaveLength(1);
    await deps.db.delete(clientIndexes).where(and(eq(clientIndexes.clientId, client.id), eq(clientIndexes.kind, "name_birth_year")));
    expect(await backfillBirthYearKeys(deps.db, deps.vault)).toBeGreaterThanOrEqual(1);
    expect(await yearKeys()).toHaveLength(1);
    expect(await backfillBirthYearKeys(deps.db, deps.vault)).toBe(0);
  });

  it("records the re-indexing as done, so later starts do not look again", async () => {
    await deps.db.delete(dataUpgrades).where(eq(dataUpgrades.name, birthYearKeysUpgrade));
    const { clientNamed } = await setting();
    const { client } = await clientNamed({ givenName: "Omar", familyName: "Farooq", dateOfBirth: "1990-04-12" });
    const dropYearKey = () => deps.db.delete(clientIndexes).where(and(eq(clientIndexes.clientId, client.id), eq(clientIndexes.kind, "name_birth_year")));
    await dropYearKey();
    expect(await runMatchKeyBackfill(deps.db, deps.vault, { pauseMs: 0 })).toBeGreaterThanOrEqual(1);
    expect(await deps.db.select().from(dataUpgrades).where(eq(dataUpgrades.name, birthYearKeysUpgrade))).toHaveLength(1);
    // Done is done: a later start does not scan for work, even if a key has since gone missing.
    await dropYearKey();
    expect(await runMatchKeyBackfill(deps.db, deps.vault, { pauseMs: 0 })).toBe(0);
    await reindexClient(deps.db, deps.vault, client);
  });
});
