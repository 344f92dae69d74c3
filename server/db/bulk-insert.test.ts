/**
 * Rows written by `bulkInsert` read back exactly as the same rows written by drizzle's own insert:
 * uuids, text with quotes, commas and non-Latin scripts, booleans, nulls, moments to the
 * millisecond, JSON and bytes (including an empty value and every byte value).
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../test/db.js";
import { createOrganisation, type TestOrganisation } from "../../test/factories.js";
import { bulkInsert } from "./bulk-insert.js";
import { auditEvents, clientIdentities, clients } from "./schema.js";

const { db } = await testDatabase();
let organisation: TestOrganisation;

beforeAll(async () => {
  organisation = await createOrganisation(db);
});

const clientRow = (reference: string, overrides: Partial<typeof clients.$inferInsert> = {}): typeof clients.$inferInsert => ({
  id: randomUUID(),
  organisationId: organisation.id,
  reference,
  sex: "female",
  ethnicity: "asian_pakistani",
  religion: "muslim",
  preferredLanguage: "ur",
  isInterpreterNeeded: true,
  preferredWorkerGender: "not_stated",
  postcodeDistrict: "B11",
  createdAt: new Date("2026-03-29T00:59:59.123Z"),
  ...overrides,
});

describe("db.bulk-insert", () => {
  it("writes clients, sealed identities and audit events that read back as drizzle's insert writes them", async () => {
    const tag = randomUUID().slice(0, 6);
    const bulk = [clientRow(`CB${tag}1`), clientRow(`CB${tag}2`, { isInterpreterNeeded: false, preferredWorkerGender: "female", postcodeDistrict: null })];
    const plain = [clientRow(`CP${tag}1`), clientRow(`CP${tag}2`, { isInterpreterNeeded: false, preferredWorkerGender: "female", postcodeDistrict: null })];
    await bulkInsert(db, clients, bulk);
    await db.insert(clients).values(plain);
    const read = async (ids: string[]) =>
      (await db.select().from(clients).where(inArray(clients.id, ids))).map(({ id: _id, reference: _reference, ...rest }) => rest).sort((a, b) => Number(a.isInterpreterNeeded) - Number(b.isInterpreterNeeded));
    expect(await read(bulk.map((row) => row.id!))).toEqual(await read(plain.map((row) => row.id!)));

    const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);
    const identity = (clientId: string): typeof clientIdentities.$inferInsert => ({
      clientId,
      givenName: everyByte,
      familyName: new Uint8Array(0),
      otherNames: null,
      updatedAt: new Date("2026-10-25T01:30:00.5Z"),
    });
    await bulkInsert(db, clientIdentities, [identity(bulk[0]!.id!)]);
    await db.insert(clientIdentities).values(identity(plain[0]!.id!));
    const identityOf = async (clientId: string) => {
      const [row] = await db.select().from(clientIdentities).where(eq(clientIdentities.clientId, clientId));
      return { ...row, clientId: null, givenName: Buffer.from(row!.givenName!).toString("hex"), familyName: Buffer.from(row!.familyName!).toString("hex") };
    };
    expect(await identityOf(bulk[0]!.id!)).toEqual(await identityOf(plain[0]!.id!));
    expect((await identityOf(bulk[0]!.id!)).givenName).toBe(Buffer.from(everyByte).toString("hex"));

    const details = { note: 'quotes " and \' , commas, {braces}, back\\slash', urdu: "سیشن", nested: { list: [1, null, "two"] } };
    const event = (entityId: string): typeof auditEvents.$inferInsert => ({
      organisationId: organisation.id,
      at: new Date("2026-11-25T09:00:00.007Z"),
      actorUserId: null,
      action: "client.created",
      entityType: "client",
      entityId,
      clientId: null,
      requestId: null,
      details,
    });
    const bulkEntity = randomUUID();
    const plainEntity = randomUUID();
    await bulkInsert(db, auditEvents, [event(bulkEntity)]);
    await db.insert(auditEvents).values(event(plainEntity));
    const eventOf = async (entityId: string) => {
      const [row] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
      return { at: row!.at, action: row!.action, details: row!.details, clientId: row!.clientId, actorUserId: row!.actorUserId };
    };
    expect(await eventOf(bulkEntity)).toEqual(await eventOf(plainEntity));
    expect((await eventOf(bulkEntity)).details).toEqual(details);
  });

  it("does nothing for no rows", async () => {
    await expect(bulkInsert(db, clients, [])).resolves.toBeUndefined();
  });
});
