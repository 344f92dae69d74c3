import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readCsvRecords, toCsv } from "../../core/csv.js";
import { duplicateProblems } from "../../core/import/cells.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { xlsxOf } from "../../test/xlsx-file.js";
import { readIdentity } from "../clients/identity-store.js";
import { inTransaction, queryRows } from "../db/client.js";
import { auditEvents, clientIndexes, clients, spreadsheetImportChunks, spreadsheetImports, subjectKeys } from "../db/schema.js";
import { runNextJob } from "../jobs/run-next-job.js";
import { expireImports } from "./end-import.js";
import { importBatchJob, importJobHandlers } from "./run-import.js";
import { asXlsxCells, generateClientSheet, sheetHeaders } from "./test-support.js";

const t = await testApp();
const { app, deps } = t;
const handlers = importJobHandlers(deps.vault);

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  return { organisation, admin: await signInAs(app, admin, deps.now()) };
}

const upload = (agent: Agent, bytes: Uint8Array) => agent.request("POST", "/api/imports", { dataBase64: Buffer.from(bytes).toString("base64") });
const csvBytes = (rows: string[][]) => Buffer.from(toCsv(rows), "utf8");

/** Runs import batches until none is due. */
async function runImportJobs(): Promise<void> {
  for (let step = 0; step < 500; step += 1) if ((await runNextJob(deps.db, handlers, () => deps.now())).kind === "idle") return;
}

const clientCount = async (organisationId: string) =>
  (await queryRows<{ count: number }>(deps.db, sql`select count(*)::int as count from ${clients} where ${clients.organisationId} = ${organisationId}`))[0]!.count;

type Problem = { rowNumber: number; field: string; problem: string; detail: string | null };

/** Every problem of an import, from the downloadable report. */
async function reportOf(agent: Agent, importId: string): Promise<Problem[]> {
  const response = await agent.request("GET", `/api/imports/${importId}/problems.csv`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["content-type"]).toMatch(/text\/csv/);
  const [header, ...rows] = readCsvRecords(response.body)!;
  expect(header).toEqual(["row", "field", "problem", "code", "earlier row or existing record"]);
  return rows.map(([row, field, , code, detail]) => ({ rowNumber: Number(row), field: field!, problem: code!, detail: detail || null }));
}

async function checkAll(agent: Agent, importId: string) {
  const suggested = (await agent.request("GET", `/api/imports/${importId}`)).json().suggestedColumns.clients;
  const checked = await agent.request("POST", `/api/imports/${importId}/check`, { kind: "clients", columns: suggested });
  expect(checked.statusCode, checked.body).toBe(200);
  return checked.json();
}

describe("imports.clients", () => {
  for (const fileType of ["csv", "xlsx"] as const) {
    it(`dry-runs a 10,000-row ${fileType} file reporting exactly its 37 bad rows, imports the rest, and finds them all again as duplicates`, async () => {
      const { organisation, admin } = await setUp();
      const sheet = generateClientSheet(10_000, { badRows: 37 });
      const bytes = fileType === "csv" ? csvBytes(sheet.rows) : xlsxOf(asXlsxCells(sheet.rows));
      const uploaded = await upload(admin, bytes);
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      expect(uploaded.json()).toMatchObject({ status: "uploaded", fileType, rowCount: 10_000, headers: sheetHeaders, batchCount: 10 });
      // Every column is recognised from its header.
      expect(Object.keys(uploaded.json().suggestedColumns.clients)).toHaveLength(sheetHeaders.length);

      const before = await organisationSnapshot(deps.db, organisation.id);
      const dryRun = await checkAll(admin, uploaded.json().id);
      const duplicates = [...sheet.expected.values()].filter((expected) => duplicateProblems.includes(expected.problem)).length;
      expect(duplicates).toBe(4);
      expect(dryRun).toMatchObject({ status: "checked", problemRows: 37 - duplicates, duplicateRows: duplicates, readyRows: 10_000 - 37 });
      expect(await clientCount(organisation.id)).toBe(0);
      const problems = await reportOf(admin, uploaded.json().id);
      expect(problems.map((problem) => [problem.rowNumber, problem.field, problem.problem])).toEqual(
        [...sheet.expected].sort(([a], [b]) => a - b).map(([rowNumber, expected]) => [rowNumber, expected.field, expected.problem]),
      );
      // A duplicate within the file names the earlier row.
      for (const problem of problems.filter((found) => found.problem.endsWith("_in_file"))) expect(problem.detail).toBe(String(problem.rowNumber - 1));
      expect(JSON.stringify(problems)).not.toMatch(/Aisha|Khan|example\.org|07700/);
      // The dry run wrote nothing but its report and the audit of it.
      const afterDryRun = await organisationSnapshot(deps.db, organisation.id);
      const changed = Object.keys(before).filter((table) => before[table] !== afterDryRun[table]);
      expect(changed.sort()).toEqual(["audit_events", "spreadsheet_import_problems", "spreadsheet_imports"]);

      const started = await admin.request("POST", `/api/imports/${uploaded.json().id}/start`);
      expect(started.statusCode, started.body).toBe(202);
      expect(started.json()).toMatchObject({ status: "importing", batchesDone: 0 });
      // Batches run one job at a time, so progress shows part-way (other tests' jobs may come first).
      const progressOf = async () => (await admin.request("GET", `/api/imports/${uploaded.json().id}`)).json<{ batchesDone: number }>();
      for (let step = 0; step < 50 && (await progressOf()).batchesDone === 0; step += 1) await runNextJob(deps.db, handlers, () => deps.now());
      expect((await progressOf()).batchesDone).toBeGreaterThanOrEqual(1);
      expect((await progressOf()).batchesDone).toBeLessThan(10);
      await runImportJobs();
      const done = (await admin.request("GET", `/api/imports/${uploaded.json().id}`)).json();
      expect(done).toMatchObject({ status: "done", batchesDone: 10, rowsImported: 10_000 - 37, rowsSkipped: 0, headers: [] });
      expect(await clientCount(organisation.id)).toBe(10_000 - 37);

      // Each client is a vault record like one made by hand: identity sealed, blind indexes, audit.
      const [first] = await deps.db.select().from(clients).where(eq(clients.organisationId, organisation.id)).orderBy(clients.id).limit(1);
      const identity = await readIdentity(deps.db, deps.vault, first!.id);
      expect(identity.givenName).toMatch(/^[A-Z][a-z]+$/);
      expect(identity.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((await deps.db.select().from(clientIndexes).where(eq(clientIndexes.clientId, first!.id))).length).toBeGreaterThan(4);
      const created = await queryRows<{ count: number }>(deps.db, sql`select count(*)::int as count from ${auditEvents} where ${auditEvents.organisationId} = ${organisation.id} and ${auditEvents.action} = 'client.created'`);
      expect(created[0]!.count).toBe(10_000 - 37);
      // Nothing of the file remains: its rows are deleted and their key destroyed.
      expect(await deps.db.select().from(spreadsheetImportChunks).where(eq(spreadsheetImportChunks.importId, uploaded.json().id))).toEqual([]);
      const [key] = await deps.db.select().from(subjectKeys).where(eq(subjectKeys.subjectId, uploaded.json().id));
      expect(key).toMatchObject({ wrappedKey: null });

      const again = await upload(admin, bytes);
      const second = await checkAll(admin, again.json().id);
      expect(second).toMatchObject({ problemRows: 37 - duplicates, duplicateRows: 10_000 - 37 + duplicates, readyRows: 0 });
      const secondProblems = await reportOf(admin, again.json().id);
      expect(secondProblems.filter((problem) => problem.problem === "already_imported")).toHaveLength(10_000 - 37);
      expect(secondProblems.find((problem) => problem.problem === "already_imported")?.detail).toMatch(/^C-/);
    }, 300_000);
  }

  it("finds a person already recorded, under another reference, as a likely duplicate", async () => {
    const { admin } = await setUp();
    const sheet = generateClientSheet(3);
    const first = await upload(admin, csvBytes(sheet.rows));
    await checkAll(admin, first.json().id);
    await admin.request("POST", `/api/imports/${first.json().id}/start`);
    await runImportJobs();
    const renamed = generateClientSheet(3, { referencePrefix: "NEW" });
    const second = await upload(admin, csvBytes(renamed.rows));
    const checked = await checkAll(admin, second.json().id);
    expect(checked).toMatchObject({ duplicateRows: 3, readyRows: 0 });
    expect(checked.problems.map((problem: Problem) => problem.problem)).toEqual(["likely_duplicate", "likely_duplicate", "likely_duplicate"]);
  });

  it("saves a mapping by its header names for the next file", async () => {
    const { admin } = await setUp();
    const uploaded = await upload(admin, csvBytes([["Legacy ref", "Forename", "Family"], ["L-1", "Aisha", "Khan"]]));
    expect(uploaded.json().suggestedColumns.clients).toEqual({ givenName: 1 });
    const checked = await admin.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind: "clients", columns: { reference: 0, givenName: 1, familyName: 2 }, saveAs: "Old system export" });
    expect(checked.statusCode, checked.body).toBe(200);
    const mappings = (await admin.request("GET", "/api/import-mappings")).json();
    expect(mappings.items).toEqual([expect.objectContaining({ name: "Old system export", kind: "clients", columns: { reference: "Legacy ref", givenName: "Forename", familyName: "Family" } })]);
  });

  it("leaves no rows of a batch that fails, says where it stopped, and carries on from there", async () => {
    const { organisation, admin } = await setUp();
    const sheet = generateClientSheet(1_500);
    // Row 1,202 (in the second batch) has a postcode the database will refuse for this organisation only.
    sheet.rows[1_201]![5] = "ZZ9 9ZZ";
    const uploaded = await upload(admin, csvBytes(sheet.rows));
    await checkAll(admin, uploaded.json().id);
    await admin.request("POST", `/api/imports/${uploaded.json().id}/start`);
    await deps.db.execute(
      sql.raw(`create or replace function refuse_zz9() returns trigger language plpgsql as $$ begin
        if new.organisation_id = '${organisation.id}' and new.postcode_district = 'ZZ9' then raise exception 'refused'; end if; return new; end $$`),
    );
    await deps.db.execute(sql.raw(`create trigger refuse_zz9_${organisation.id.slice(0, 8)} before insert on clients for each row execute function refuse_zz9()`));
    try {
      const run = (chunk: number) =>
        inTransaction(deps.db, (tx) => handlers[importBatchJob]!(tx, { importId: uploaded.json().id, chunk }, { jobId: 0, dedupeKey: null, attempt: 3, now: deps.now() }));
      await run(0);
      await run(1);
      const failed = (await admin.request("GET", `/api/imports/${uploaded.json().id}`)).json();
      expect(failed).toMatchObject({ status: "failed", batchesDone: 1, rowsImported: 1_000 });
      expect(failed.failure).toMatch(/Batch 2 of 2/);
      expect(await clientCount(organisation.id)).toBe(1_000);
    } finally {
      await deps.db.execute(sql.raw(`drop trigger refuse_zz9_${organisation.id.slice(0, 8)} on clients`));
    }
    const resumed = await admin.request("POST", `/api/imports/${uploaded.json().id}/start`);
    expect(resumed.statusCode, resumed.body).toBe(202);
    await runImportJobs();
    expect((await admin.request("GET", `/api/imports/${uploaded.json().id}`)).json()).toMatchObject({ status: "done", rowsImported: 1_500 });
    expect(await clientCount(organisation.id)).toBe(1_500);
  });

  it("destroys an upload nobody finished once its 24 hours are over, and leaves a newer one alone", async () => {
    const { organisation, admin } = await setUp();
    const old = await upload(admin, csvBytes(generateClientSheet(5).rows));
    const later = new Date(deps.now().getTime() + 25 * 3_600_000);
    const newer = await upload(admin, csvBytes(generateClientSheet(5).rows));
    const [fresh] = await deps.db.update(spreadsheetImports).set({ expiresAt: new Date(later.getTime() + 3_600_000) }).where(eq(spreadsheetImports.id, newer.json().id)).returning();
    expect(await inTransaction(deps.db, (tx) => expireImports(tx, deps.vault, later, organisation.id))).toBe(1);
    const [expired] = await deps.db.select().from(spreadsheetImports).where(eq(spreadsheetImports.id, old.json().id));
    expect(expired).toMatchObject({ status: "expired", headers: null });
    expect(await deps.db.select().from(spreadsheetImportChunks).where(eq(spreadsheetImportChunks.importId, old.json().id))).toEqual([]);
    expect((await deps.db.select().from(subjectKeys).where(eq(subjectKeys.subjectId, old.json().id)))[0]).toMatchObject({ wrappedKey: null });
    expect((await deps.db.select().from(spreadsheetImports).where(eq(spreadsheetImports.id, fresh!.id)))[0]).toMatchObject({ status: "uploaded" });
  });

  it("discards an upload, destroying its rows", async () => {
    const { admin } = await setUp();
    const uploaded = await upload(admin, csvBytes(generateClientSheet(5).rows));
    expect((await admin.request("DELETE", `/api/imports/${uploaded.json().id}`)).statusCode).toBe(204);
    expect(await deps.db.select().from(spreadsheetImportChunks).where(eq(spreadsheetImportChunks.importId, uploaded.json().id))).toEqual([]);
    const [row] = await deps.db.select().from(spreadsheetImports).where(and(eq(spreadsheetImports.id, uploaded.json().id)));
    expect(row).toMatchObject({ status: "discarded", headers: null });
  });
});

describe("imports.bad files", () => {
  const bigZip = () => xlsxOf([], { sheetXml: `<worksheet><sheetData>${"<row><c><v>0</v></c></row>".repeat(5_000_000)}</sheetData></worksheet>` });
  const entityTrick = () =>
    xlsxOf([], { sheetXml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>` });
  const cases: [string, () => Uint8Array, number, RegExp][] = [
    ["an empty file", () => new Uint8Array(), 400, /Choose a file/],
    ["a picture", () => Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4bf0000000049454e44ae426082", "hex"), 400, /not a spreadsheet/],
    ["an old .xls", () => Buffer.from("d0cf11e0a1b11ae1000000000000", "hex"), 400, /old Excel file/],
    ["a zip that is not a workbook", () => Buffer.from("504b0304", "hex"), 400, /not an Excel workbook/],
    ["a header and no rows", () => csvBytes([["Client ID", "First name"]]), 400, /no data rows/],
    ["more than 100,000 rows", () => csvBytes([["Client ID"], ...Array.from({ length: 100_001 }, (_, index) => [String(index)])]), 400, /at most 100000/],
    ["a zip bomb", bigZip, 400, /not an Excel workbook/],
    ["an XML entity trick", entityTrick, 400, /not an Excel workbook/],
    ["a file over 25 MB", () => Buffer.alloc(25 * 1024 * 1024 + 1, 0x41), 413, /larger than 25 MB|too large/],
  ];
  for (const [what, file, status, message] of cases) {
    it(`refuses ${what} and changes nothing`, async () => {
      const { organisation, admin } = await setUp();
      const before = await organisationSnapshot(deps.db, organisation.id);
      const response = await upload(admin, file());
      expect(response.statusCode, response.body).toBe(status);
      expectCleanRefusal(response);
      expect(JSON.stringify(response.json().error)).toMatch(message);
      expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    });
  }

  it("refuses a mapping without the required columns, or naming columns the file lacks, and changes nothing", async () => {
    const { organisation, admin } = await setUp();
    const uploaded = await upload(admin, csvBytes([["Colour", "Size"], ["red", "large"]]));
    expect(uploaded.json().suggestedColumns.clients).toEqual({});
    const before = await organisationSnapshot(deps.db, organisation.id);
    const missing = await admin.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind: "clients", columns: { familyName: 0 } });
    expectCleanRefusal(missing);
    expect(missing.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.columns.reference", "body.columns.givenName"]);
    const outside = await admin.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind: "clients", columns: { reference: 0, givenName: 5 } });
    expectCleanRefusal(outside);
    expect(outside.json().error.fields).toEqual([{ path: "body.columns.givenName", message: "The file has no such column." }]);
    const twice = await admin.request("POST", `/api/imports/${uploaded.json().id}/check`, { kind: "clients", columns: { reference: 0, givenName: 0 } });
    expectCleanRefusal(twice);
    const early = await admin.request("POST", `/api/imports/${uploaded.json().id}/start`);
    expect(early.statusCode).toBe(409);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
