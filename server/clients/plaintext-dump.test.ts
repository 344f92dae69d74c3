/**
 * The promise behind the vault: someone who walks off with the database learns no one's identity.
 * A client is recorded through the real API with distinctive details, then the whole database is
 * taken as an attacker would take it (PGlite: the raw data files; PostgreSQL: a full pg_dump) and
 * searched byte by byte, in UTF-8, UTF-16 and hex, ignoring case and spacing.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../../test/app.js";
import { everyRowAsText as readEveryRow, postgresDump } from "../../test/database-copy.js";
import { openOwnDatabase } from "../../test/own-database.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { referrals } from "../db/schema.js";

// A database of this file's own, so the copy read holds this test's data and the migrated
// database's, not every earlier test's.
const own = await openOwnDatabase("plaintext_dump");
const { app, deps } = await buildTestApp(own.database.db);
afterAll(async () => {
  await app.close();
  await own.drop();
});

const person = {
  givenName: "Zephyrine",
  familyName: "Quillfeather",
  dateOfBirth: "1999-12-31",
  phone: "07700 900999",
  email: "zephyrine.quillfeather@example.org",
  postcode: "B13 9XY",
};
const later = { address: "17 Marigold Terrace", nhsNumber: "943 476 5919", otherNames: ["Zeffy Quillfether"] };
const referrer = { name: "Ottoline Bramblewick", phone: "07700 900998", relationship: "aunt" };
const contact = { contactName: "Peregrine Oakenshaw", contactPhone: "07700 900997" };
const concern = "Seen most evenings under the Wexcombe canal bridge with older men.";
const triageReason = "Accepted after the Thornbury allotment disclosure.";
const transitionReason = "Intensive support after the Harrowgate warehouse meetings.";

const secrets = [
  ...Object.values(person),
  later.address,
  later.nhsNumber,
  ...later.otherNames,
  referrer.name,
  referrer.phone,
  ...Object.values(contact),
  concern,
  triageReason,
  transitionReason,
  // Distinctive words alone, in case a sentence were ever stored in pieces.
  "Marigold",
  "Wexcombe",
  "Thornbury",
  "Harrowgate",
  "Oakenshaw",
  "Bramblewick",
  "Quillfether",
];

/** A value as it might be written: any case, spaced or not; for dates and numbers, other layouts. */
function writtenForms(value: string): string[] {
  const forms = new Set([value, value.replace(/\s+/g, ""), value.replace(/\s+/g, " ")]);
  const digits = value.replace(/\D/g, "");
  if (/^[\d\s+()-]+$/.test(value) && digits.length >= 7) {
    forms.add(digits);
    if (digits.startsWith("0")) forms.add(`+44${digits.slice(1)}`).add(`44${digits.slice(1)}`).add(digits.slice(1));
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) forms.add(`${date[3]}/${date[2]}/${date[1]}`).add(`${date[1]}${date[2]}${date[3]}`).add(`${date[3]}${date[2]}${date[1]}`);
  return [...forms].flatMap((form) => [form, form.toLowerCase(), form.toUpperCase()]);
}

/** Byte patterns to look for in a lower-cased latin1 view of the dump: UTF-8, UTF-16 (both orders) and hex. */
function needlesOf(value: string): string[] {
  const needles = new Set<string>();
  for (const form of writtenForms(value)) {
    const utf16le = Buffer.from(form.toLowerCase(), "utf16le");
    needles.add(Buffer.from(form.toLowerCase(), "utf8").toString("latin1"));
    needles.add(utf16le.toString("latin1"));
    needles.add(Buffer.from(utf16le).swap16().toString("latin1"));
    // bytea and escaped text are written out as hex.
    needles.add(Buffer.from(form, "utf8").toString("hex"));
  }
  return [...needles];
}

/** ASCII letters lower-cased, in a copy: a dump can be larger than the longest string JavaScript allows. */
function lowerCased(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  for (let index = 0; index < copy.length; index += 1) if (copy[index]! >= 0x41 && copy[index]! <= 0x5a) copy[index] = copy[index]! + 0x20;
  return copy;
}

/** The whole database as an attacker would copy it, lower-cased so that case does not matter. */
async function fullDump(): Promise<Buffer> {
  if (own.url) return lowerCased(await postgresDump(own.url));
  const { pglite } = own.database;
  // Flush every dirty page to the data files, so the tar holds the tables themselves, not just the WAL.
  await pglite!.query("CHECKPOINT");
  const tar = await pglite!.dumpDataDir("none");
  return lowerCased(Buffer.from(await tar.arrayBuffer()));
}

const everyRowAsText = () => readEveryRow(deps.db);

const holds = (haystack: string | Buffer, needle: string) => (typeof haystack === "string" ? haystack.includes(needle) : haystack.includes(Buffer.from(needle, "latin1")));
const leaksIn = (haystack: string | Buffer) => secrets.flatMap((secret) => needlesOf(secret).filter((needle) => holds(haystack, needle)).map(() => secret));

describe("clients.plain-text dump", () => {
  it("leaves no identity or free text about a person readable anywhere in a full copy of the database", { timeout: 400_000 }, async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const ok = async (response: Promise<{ statusCode: number; body: string }>, status = 200) => {
      const answered = await response;
      expect(answered.statusCode, answered.body).toBe(status);
      return JSON.parse(answered.body) as Record<string, unknown>;
    };

    const referral = await ok(
      caseworker.request("POST", "/api/referrals", {
        siteId: organisation.siteIds[0],
        sourceCode: "family",
        person,
        referrer,
        reasons: ["criminal_exploitation_gangs"],
        concern,
        urgency: "urgent",
        isPersonAware: true,
        isReferrerConsentGiven: true,
      }),
      201,
    );
    await ok(caseworker.request("GET", `/api/referrals/${referral.id as string}/duplicates`));
    const { caseId } = await ok(caseworker.request("POST", `/api/referrals/${referral.id as string}/triage`, { decision: "accept", reason: triageReason }));
    const [linked] = await deps.db.select({ clientId: referrals.clientId }).from(referrals).where(eq(referrals.id, referral.id as string));
    const clientId = linked!.clientId!;
    await ok(caseworker.request("PATCH", `/api/clients/${clientId}/identity`, later));
    await ok(caseworker.request("POST", `/api/clients/${clientId}/relationships`, { relation: "grandparent", ...contact }));
    await ok(caseworker.request("POST", `/api/cases/${caseId as string}/transitions`, { event: { type: "begin_support", tier: "intensive" }, reason: transitionReason, version: 1 }));
    await ok(caseworker.request("GET", `/api/clients/search?givenName=${person.givenName}&familyName=${person.familyName}&dateOfBirth=${person.dateOfBirth}`));
    await ok(caseworker.request("GET", `/api/clients/${clientId}/duplicates`));
    // Everything is stored: the reveal and the case timeline read it all back.
    expect(await ok(caseworker.request("POST", `/api/clients/${clientId}/reveal`))).toMatchObject({ ...person, ...later });
    const timeline = (await ok(caseworker.request("GET", `/api/cases/${caseId as string}`))).timeline as { reason: string | null }[];
    expect(timeline.map((entry) => entry.reason)).toEqual(expect.arrayContaining([triageReason, transitionReason]));

    const dump = await fullDump();
    // The dump holds the tables' contents: a plain-text column of the same organisation is in it.
    expect(holds(dump, organisation.name.toLowerCase())).toBe(true);
    expect(leaksIn(dump)).toEqual([]);
    const rows = await everyRowAsText();
    expect(rows.includes(organisation.name.toLowerCase())).toBe(true);
    expect(leaksIn(rows)).toEqual([]);
  });
});
