import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { defaultUnitCosts } from "../../core/social-value/index.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";
import { socialValueSnapshot } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
  return { organisation, admin };
}

const outreachKit = {
  code: "OWN1.0",
  description: "A drug awareness session in a school, as the council prices it",
  unit: "per_contact",
  agency: "council",
  fiscalPence: 45_000,
  economicPence: null,
  socialPence: null,
  priceYear: "2024-25",
  source: { citation: "Birmingham City Council youth services price list 2024", url: null },
  confidenceGrade: 2,
  discountClass: "standard",
  overlapGroup: null,
  caveat: null,
};

const auditsOf = (organisationId: string, action: string) =>
  deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, action)));

describe("social value.catalogue", () => {
  it("starts an organisation with the reference's unit costs, each with its source, price year and agency", async () => {
    const { admin } = await setUp();
    const response = await admin.request("GET", "/api/social-value/catalogue");
    expect(response.statusCode, response.body).toBe(200);
    const entries = response.json().entries as { entry: { code: string }; isShipped: boolean; versionCount: number }[];
    expect(entries.map((each) => each.entry.code).sort()).toEqual(defaultUnitCosts.map((entry) => entry.code).sort());
    expect(entries.every((each) => each.isShipped && each.versionCount === 1)).toBe(true);
    const cjsSaving = entries.find((each) => each.entry.code === "HE2.0.1");
    expect(cjsSaving?.entry).toMatchObject({ fiscalPence: 140_800, priceYear: "2010-11", agency: "criminal_justice", source: { citation: expect.stringContaining("Unit Cost Database v1.4") } });
    // A second read finds the same catalogue rather than seeding it again.
    expect((await admin.request("GET", "/api/social-value/catalogue")).json().entries).toHaveLength(entries.length);
  });

  it("adds a code as its first version, audited, and refuses the same code twice naming the field", async () => {
    const { admin, organisation } = await setUp();
    const added = await admin.request("POST", "/api/social-value/catalogue", outreachKit);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ code: "OWN1.0", versions: [{ entry: { ...outreachKit, version: 1 }, isShipped: false, createdByName: "Test User" }] });
    expect((await auditsOf(organisation.id, "social_value.entry_added")).map((event) => event.details)).toEqual([{ code: "OWN1.0", version: 1 }]);

    const before = await socialValueSnapshot(deps.db, organisation.id);
    const again = await admin.request("POST", "/api/social-value/catalogue", { ...outreachKit, description: "Another" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual([{ path: "body.code", message: "This code is already in the catalogue." }]);
    const shipped = await admin.request("POST", "/api/social-value/catalogue", { ...outreachKit, code: "HE2.0.1" });
    expect(shipped.statusCode).toBe(409);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses an entry whose values do not hold together, naming each field", async () => {
    const { admin, organisation } = await setUp();
    await admin.request("GET", "/api/social-value/catalogue");
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const noValue = await admin.request("POST", "/api/social-value/catalogue", { ...outreachKit, fiscalPence: null });
    expect(noValue.statusCode).toBe(400);
    expect(noValue.json().error.fields).toContainEqual(expect.objectContaining({ path: "body.fiscalPence" }));
    const noAgency = await admin.request("POST", "/api/social-value/catalogue", { ...outreachKit, agency: null });
    expect(noAgency.json().error.fields).toContainEqual(expect.objectContaining({ path: "body.agency" }));
    const badYear = await admin.request("POST", "/api/social-value/catalogue", { ...outreachKit, priceYear: "2024-26" });
    expect(badYear.json().error.fields).toContainEqual(expect.objectContaining({ path: "body.priceYear" }));
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("keeps an edit as the entry's next version, the earlier one unchanged, and refuses an edit of a version someone has since replaced", async () => {
    const { admin, organisation } = await setUp();
    await admin.request("GET", "/api/social-value/catalogue");
    const [first] = (await admin.request("GET", "/api/social-value/catalogue/HE2.0.1")).json().versions;
    const { code: _code, version: _version, ...fields } = first.entry;
    const changed = await admin.request("PUT", "/api/social-value/catalogue/HE2.0.1", { ...fields, fiscalPence: 150_000, confidenceGrade: 4, version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    const versions = changed.json().versions as { entry: { version: number; fiscalPence: number; confidenceGrade: number }; isShipped: boolean }[];
    expect(versions.map((each) => [each.entry.version, each.entry.fiscalPence, each.entry.confidenceGrade, each.isShipped])).toEqual([
      [2, 150_000, 4, false],
      [1, 140_800, 3, true],
    ]);
    expect((await auditsOf(organisation.id, "social_value.entry_changed")).map((event) => event.details)).toEqual([{ code: "HE2.0.1", version: 2, changed: ["fiscalPence", "confidenceGrade"] }]);
    const listed = (await admin.request("GET", "/api/social-value/catalogue")).json().entries.find((each: { entry: { code: string } }) => each.entry.code === "HE2.0.1");
    expect(listed).toMatchObject({ entry: { version: 2, fiscalPence: 150_000 }, versionCount: 2 });

    const before = await socialValueSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", "/api/social-value/catalogue/HE2.0.1", { ...fields, fiscalPence: 160_000, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
    // An edit that changes nothing adds no version.
    const same = await admin.request("PUT", "/api/social-value/catalogue/HE2.0.1", { ...fields, fiscalPence: 150_000, confidenceGrade: 4, version: 2 });
    expect(same.json().versions).toHaveLength(2);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("answers 404 for a code the catalogue does not have, reading or changing it", async () => {
    const { admin, organisation } = await setUp();
    expect((await admin.request("GET", "/api/social-value/catalogue/NOPE1.0")).statusCode).toBe(404);
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const { code: _code, ...fields } = outreachKit;
    expect((await admin.request("PUT", "/api/social-value/catalogue/NOPE1.0", { ...fields, version: 1 })).statusCode).toBe(404);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("reads codes with the characters the sources use (& and :) from the address", async () => {
    const { admin } = await setUp();
    for (const code of ["E&E10.0", "CR8.x:homicide"]) {
      const response = await admin.request("GET", `/api/social-value/catalogue/${encodeURIComponent(code)}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().versions[0].entry.code).toBe(code);
    }
  });
});

describe("social value.catalogue spreadsheet", () => {
  it("exports the current entries and takes the same file back without changing anything", async () => {
    const { admin, organisation } = await setUp();
    const csv = await admin.request("GET", "/api/social-value/catalogue.csv");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("unit-cost-catalogue.csv");
    expect(csv.body.split("\r\n")[0]).toBe("code,description,unit,agency,fiscal_value,economic_value,social_value,price_year,source,source_url,confidence_grade,discount_class,overlap_group,caveat");
    expect(csv.body).toContain("HE2.0.1,");
    expect(csv.body).toContain(",1408.00,");

    const before = await socialValueSnapshot(deps.db, organisation.id);
    const imported = await admin.request("POST", "/api/social-value/catalogue/import", { csv: csv.body });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ added: [], changed: [] });
    expect(imported.json().unchanged).toHaveLength(defaultUnitCosts.length);
    const after = await socialValueSnapshot(deps.db, organisation.id);
    // Only the audit trail records that an import was made.
    expect({ ...after, audit_events: "" }).toEqual({ ...before, audit_events: "" });
    expect((await auditsOf(organisation.id, "social_value.catalogue_imported")).map((event) => event.details)).toEqual([{ added: [], changed: [], unchanged: defaultUnitCosts.length }]);
  });

  it("imports new codes as first versions and changed ones as next versions", async () => {
    const { admin } = await setUp();
    const header = "code,description,unit,agency,fiscal_value,economic_value,social_value,price_year,source,source_url,confidence_grade,discount_class,overlap_group,caveat";
    const rows = [
      header,
      'OWN1.0,A drug awareness session in a school,per_contact,council,450,,,2024-25,"Birmingham City Council, youth services price list 2024",,2,standard,,',
      "HE1.0,What one dependent drinker costs the NHS in a year,per_person_per_year,nhs,\"1,850.50\",,,2009-10,Unit Cost Database v1.4,,3,standard,,",
    ];
    const response = await admin.request("POST", "/api/social-value/catalogue/import", { csv: rows.join("\r\n") });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ added: ["OWN1.0"], changed: ["HE1.0"], unchanged: [] });
    const versions = (await admin.request("GET", "/api/social-value/catalogue/HE1.0")).json().versions;
    expect(versions.map((each: { entry: { version: number; fiscalPence: number } }) => [each.entry.version, each.entry.fiscalPence])).toEqual([
      [2, 185_050],
      [1, 180_000],
    ]);
    const own = (await admin.request("GET", "/api/social-value/catalogue/OWN1.0")).json().versions[0].entry;
    expect(own).toMatchObject({ version: 1, fiscalPence: 45_000, source: { citation: "Birmingham City Council, youth services price list 2024", url: null } });
  });

  it("refuses a file with any problem, naming each row and column, and imports nothing from it", async () => {
    const { admin, organisation } = await setUp();
    await admin.request("GET", "/api/social-value/catalogue");
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const header = "code,description,unit,agency,fiscal_value,economic_value,social_value,price_year,source,source_url,confidence_grade,discount_class,overlap_group,caveat";
    const file = [
      header,
      "OWN1.0,A good row,per_contact,council,450,,,2024-25,Council price list,,2,standard,,",
      "OWN2.0,A bad amount,per_contact,council,four hundred,,,2024-25,Council price list,,2,standard,,",
      "OWN3.0,A bad grade,per_contact,council,450,,,2024-25,Council price list,,9,standard,,",
    ].join("\n");
    const response = await admin.request("POST", "/api/social-value/catalogue/import", { csv: file });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe("The file has 2 problems; nothing was imported.");
    expect(response.json().error.fields).toEqual([
      { path: "body.csv", message: "Row 3, fiscal_value: Write an amount in pounds, such as 1408 or 1,408.50." },
      { path: "body.csv", message: expect.stringMatching(/^Row 4, confidence_grade: /) },
    ]);
    const noColumn = await admin.request("POST", "/api/social-value/catalogue/import", { csv: "code,description\nX1,Y" });
    expect(noColumn.statusCode).toBe(400);
    expect(noColumn.json().error.fields).toContainEqual({ path: "body.csv", message: 'Row 1, unit: The header has no "unit" column.' });
    const empty = await admin.request("POST", "/api/social-value/catalogue/import", { csv: "" });
    expect(empty.json().error.fields).toEqual([{ path: "body.csv", message: "Choose a file." }]);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
