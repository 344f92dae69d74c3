/**
 * The national drug-treatment export of a known world: a drug client and an alcohol client are in
 * it with their attributor, codes and modalities; a client referred only for gangs, one whose
 * episode ended before the period, one at another site and a restricted case the manager is not
 * named on are not. Configured columns and codes are followed, a formula is neutralised, the export
 * is audited with each client's id, and bad input changes nothing.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultNdtmsSettings, type NdtmsSettingsInput } from "../../../core/reporting/ndtms.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, caseAccessGrants, clients, organisations } from "../../db/schema.js";
import { readCsvRecords } from "../../../core/csv.js";
import { createTreatmentEpisode, nameOnCase } from "./test-support.js";

const { app, deps } = await testApp();

let organisation: TestOrganisation;
let manager: Agent;
let managerId: string;
const people = {} as Record<"drug" | "alcohol" | "gangs" | "restricted" | "ended" | "elsewhere", Awaited<ReturnType<typeof createTreatmentEpisode>>>;
const surname = `Rahman${Math.random().toString(36).slice(2, 8)}`;
const url = (query: string) => `/api/reporting/ndtms-export?${query}`;
const exportUrl = () => url(`siteId=${organisation.siteIds[0]}&from=2025-01&to=2025-03`);

beforeAll(async () => {
  organisation = await createOrganisation(deps.db);
  const user = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
  managerId = user.id;
  manager = await signInAs(app, user, deps.now());
  const episode = (options: Parameters<typeof createTreatmentEpisode>[3]) => createTreatmentEpisode(deps, organisation, managerId, options);
  const dates = { receivedOn: "2025-01-06", triagedOn: "2025-01-08", openedOn: "2025-01-10" };
  people.drug = await episode({
    ...dates,
    reasons: ["substance_misuse"],
    sourceCode: "gp_health",
    identity: { givenName: "Ayesha", familyName: surname, dateOfBirth: "1990-03-14" },
    demographics: { sex: "female", ethnicity: "asian_pakistani", religion: "muslim", disability: "no" },
    closed: { on: "2025-03-05", reason: "goals_achieved" },
    sessions: [
      { type: "cbt_cravings", on: "2025-01-15" },
      { type: "cbt_cravings", on: "2025-02-20" },
      { type: "theology_sessions", on: "2025-01-20" },
      { type: "one_to_one_mentoring", on: "2025-02-03" },
    ],
    top: { on: "2025-01-12", days: { opioid_days: 20, crack_days: 5 } },
    consent: { purpose: "share_with_partner", partner: "ndtms", status: "given", on: "2025-01-10" },
  });
  people.alcohol = await episode({
    receivedOn: "2025-01-28",
    triagedOn: "2025-01-30",
    openedOn: "2025-02-01",
    reasons: ["alcohol", "mental_health"],
    sourceCode: "self",
    identity: { givenName: "Émile", familyName: "O'Connor", dateOfBirth: "1985-11-02" },
    demographics: { sex: "male", ethnicity: "white_irish" },
    programme: { key: "multilingual_recovery", enrolledOn: "2025-02-03" },
  });
  people.gangs = await episode({ ...dates, reasons: ["criminal_exploitation_gangs"], identity: { givenName: "Gang", familyName: "Only", dateOfBirth: "2007-01-01" } });
  people.restricted = await episode({ ...dates, reasons: ["substance_misuse", "radicalisation_extremism"], isRestricted: true, identity: { givenName: "Restricted", familyName: "Case", dateOfBirth: "2006-05-05" } });
  people.ended = await episode({ receivedOn: "2024-09-01", triagedOn: "2024-09-02", openedOn: "2024-09-03", closed: { on: "2024-12-20", reason: "disengaged" }, reasons: ["substance_misuse"], identity: { givenName: "Ended", familyName: "Before", dateOfBirth: "1970-01-01" } });
  people.elsewhere = await episode({ ...dates, site: 1, reasons: ["substance_misuse"], identity: { givenName: "Other", familyName: "Site", dateOfBirth: "1980-01-01" } });
  // The restricted case was opened by the manager, who is named on it; take that away, as if someone else had opened it.
  await deps.db.delete(caseAccessGrants).where(eq(caseAccessGrants.caseId, people.restricted.caseId));
});

const cellsOf = (csv: string) => {
  const [header, ...rows] = readCsvRecords(csv)!;
  return { header: header!, rows, column: (row: string[], name: string) => row[header!.indexOf(name)] };
};

describe("reporting.ndtms.export", () => {
  it("downloads the site's drug and alcohol clients as CSV, one row per modality, with the attributor and national codes", async () => {
    const response = await manager.request("GET", exportUrl());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="national-dataset-2025-01-to-2025-03.csv"');

    const { header, rows, column } = cellsOf(response.body);
    expect(header).toEqual(defaultNdtmsSettings.columns.map((entry) => entry.name));
    const rowsOf = (reference: string) => rows.filter((row) => column(row, "CLIENT_ID") === reference);
    expect(new Set(rows.map((row) => column(row, "CLIENT_ID")))).toEqual(new Set([people.drug.client.reference, people.alcohol.client.reference]));

    const drug = rowsOf(people.drug.client.reference);
    expect(drug.map((row) => [column(row, "MODALITY"), column(row, "MODALITY_START"), column(row, "MODALITY_END")])).toEqual([
      ["PSYCHOSOCIAL", "15/01/2025", "20/02/2025"],
      ["RECOVERY_SUPPORT", "03/02/2025", "03/02/2025"],
    ]);
    const first = drug[0]!;
    expect(column(first, "ATTRIBUTOR")).toBe("AR14031990F");
    expect(column(first, "EPISODE_ID")).toBe(people.drug.caseReference);
    expect([column(first, "GENDER"), column(first, "ETHNICITY"), column(first, "RELIGION"), column(first, "DISABILITY")]).toEqual(["2", "J", "MUSLIM", "N"]);
    expect([column(first, "POSTCODE_DISTRICT"), column(first, "REFERRAL_SOURCE"), column(first, "CONSENT")]).toEqual(["B11", "GP", "Y"]);
    expect([column(first, "REFERRAL_DATE"), column(first, "TRIAGE_DATE")]).toEqual(["06/01/2025", "08/01/2025"]);
    expect([column(first, "SUBSTANCE_1"), column(first, "SUBSTANCE_2"), column(first, "SUBSTANCE_3")]).toEqual(["OPIOIDS", "CRACK", ""]);
    expect([column(first, "DISCHARGE_DATE"), column(first, "DISCHARGE_REASON")]).toEqual(["05/03/2025", "COMPLETED"]);

    const [alcohol, ...more] = rowsOf(people.alcohol.client.reference);
    expect(more).toEqual([]);
    expect(column(alcohol!, "ATTRIBUTOR")).toBe("EO02111985M");
    expect([column(alcohol!, "MODALITY"), column(alcohol!, "MODALITY_START"), column(alcohol!, "MODALITY_END")]).toEqual(["PSYCHOSOCIAL", "03/02/2025", ""]);
    expect([column(alcohol!, "REFERRAL_SOURCE"), column(alcohol!, "CONSENT"), column(alcohol!, "DISCHARGE_DATE")]).toEqual(["SELF", "", ""]);
  });

  it("carries no name or date of birth but in the attributor's initials and digits", async () => {
    const response = await manager.request("GET", exportUrl());
    for (const text of ["Ayesha", surname, "Émile", "Emile", "O'Connor", "1990-03-14", "14/03/1990", "1985-11-02", "Gang", "Restricted"]) expect(response.body).not.toContain(text);
  });

  it("leaves out a restricted case for a manager not named on it, and includes it for one who is", async () => {
    const named = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    await nameOnCase(deps, organisation.id, people.restricted.caseId, named.id);
    const theirs = await (await signInAs(app, named, deps.now())).request("GET", exportUrl());
    expect(theirs.body).toContain(people.restricted.client.reference);
    expect((await manager.request("GET", exportUrl())).body).not.toContain(people.restricted.client.reference);
  });

  it("records the export as one audit event with the number of clients and each client's id, no names", async () => {
    const response = await manager.request("GET", exportUrl());
    expect(response.statusCode).toBe(200);
    const [latest] = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "reporting.ndtms_exported"), eq(auditEvents.actorUserId, managerId)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(latest!).toMatchObject({ entityType: "site", entityId: organisation.siteIds[0], siteId: organisation.siteIds[0] });
    const details = latest!.details as { clientCount: number; clientIds: string[]; from: string; to: string };
    expect(details).toMatchObject({ clientCount: 2, from: "2025-01", to: "2025-03" });
    expect(new Set(details.clientIds)).toEqual(new Set([people.drug.client.id, people.alcohol.client.id]));
    expect(JSON.stringify(latest!.details)).not.toMatch(/Ayesha|Émile|1990|1985/);
  });

  it("follows the organisation's chosen columns, names, order, codes and date format", async () => {
    const settings: NdtmsSettingsInput = structuredClone(defaultNdtmsSettings);
    settings.columns = [
      { field: "referral_date", name: "RefDate", isIncluded: true },
      { field: "attributor", name: "ATTR", isIncluded: true },
      { field: "ethnicity", name: "ETHNIC", isIncluded: true },
      { field: "local_authority", name: "LA", isIncluded: true },
      { field: "client_id", name: "CLIENT", isIncluded: false },
    ];
    settings.dateFormat = "yyyy-mm-dd";
    settings.codes.ethnicity = { asian_pakistani: "14", white_irish: "2" };
    settings.codes.localAuthority = { B11: "E08000025" };
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    expect((await admin.request("PUT", "/api/reporting/ndtms-settings", settings)).statusCode).toBe(200);
    try {
      const { header, rows } = cellsOf((await manager.request("GET", exportUrl())).body);
      expect(header).toEqual(["RefDate", "ATTR", "ETHNIC", "LA"]);
      expect(rows).toContainEqual(["2025-01-06", "AR14031990F", "14", "E08000025"]);
      expect(rows).toContainEqual(["2025-01-28", "EO02111985M", "2", "E08000025"]);
      expect(rows).toHaveLength(3);
    } finally {
      expect((await admin.request("PUT", "/api/reporting/ndtms-settings", defaultNdtmsSettings)).statusCode).toBe(200);
    }
  });

  it("neutralises a value that would run as a spreadsheet formula, however it reached the database", async () => {
    await deps.db.update(clients).set({ postcodeDistrict: '=HYPERLINK("http://x.test","go")' }).where(eq(clients.id, people.alcohol.client.id));
    try {
      const response = await manager.request("GET", exportUrl());
      expect(response.body).toContain(`"'=HYPERLINK(""http://x.test"",""go"")"`);
      const { rows, column } = cellsOf(response.body);
      expect(rows.every((row) => row.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
      expect(column(rows.find((row) => column(row, "CLIENT_ID") === people.alcohol.client.reference)!, "POSTCODE_DISTRICT")).toBe(`'=HYPERLINK("http://x.test","go")`);
    } finally {
      await deps.db.update(clients).set({ postcodeDistrict: "B11" }).where(eq(clients.id, people.alcohol.client.id));
    }
  });

  it.each([
    ["no months", `siteId=SITE`, "query.from"],
    ["a month that does not exist", `siteId=SITE&from=2025-13&to=2025-03`, "query.from"],
    ["a day instead of a month", `siteId=SITE&from=2025-01-01&to=2025-03`, "query.from"],
    ["an end before the start", `siteId=SITE&from=2025-03&to=2025-01`, "query.to"],
    ["more than 36 months", `siteId=SITE&from=2020-01&to=2025-03`, "query.to"],
    ["a site that is not an id", `siteId=birmingham&from=2025-01&to=2025-03`, "query.siteId"],
    ["no site", `from=2025-01&to=2025-03`, "query.siteId"],
    ["an unknown parameter", `siteId=SITE&from=2025-01&to=2025-03&names=true`, "query"],
  ])("refuses %s with 400 naming the field, and records nothing", async (_label, query, field) => {
    const before = await organisationSnapshot(deps.db, organisation.id);
    const response = await manager.request("GET", url(query.replace("SITE", organisation.siteIds[0])));
    expectCleanRefusal(response);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields.some((entry) => entry.path.startsWith(field))).toBe(true);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses a caseworker of the site (403) and answers a manager of another site that the site is not found (404), recording nothing", async () => {
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    const otherManager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager", site: 1 }), deps.now());
    const before = await organisationSnapshot(deps.db, organisation.id);
    expect((await caseworker.request("GET", exportUrl())).statusCode).toBe(403);
    expect((await otherManager.request("GET", exportUrl())).statusCode).toBe(404);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses to export with saved settings this version no longer accepts (422), rather than guess, and records nothing", async () => {
    await deps.db.update(organisations).set({ ndtmsSettings: { columns: [{ field: "nhs_number", name: "NHS", isIncluded: true }] } }).where(eq(organisations.id, organisation.id));
    try {
      const before = await organisationSnapshot(deps.db, organisation.id);
      const response = await manager.request("GET", exportUrl());
      expectCleanRefusal(response);
      expect(response.statusCode).toBe(422);
      expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
      const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
      expect((await admin.request("GET", "/api/reporting/ndtms-settings")).json()).toMatchObject({ isOutdated: true, isDefault: true });
    } finally {
      await deps.db.update(organisations).set({ ndtmsSettings: {} }).where(eq(organisations.id, organisation.id));
    }
  });
});
