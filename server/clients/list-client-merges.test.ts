import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { clients, users } from "../db/schema.js";
import { mergeStateAt } from "./merge-state.js";
import { createTestMerge } from "./test-support.js";

const { app, deps, clock } = await testApp();

async function manager(organisation: TestOrganisation, displayName: string) {
  const user = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", isEnrolled: false });
  await deps.db.update(users).set({ displayName }).where(eq(users.id, user.id));
  return user.id;
}

const administratorOf = async (organisation: TestOrganisation) =>
  signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());

describe("clients.merges list", () => {
  it("lists the organisation's merges newest first, by reference and staff name, and never who the clients are", async () => {
    const organisation = await createOrganisation(deps.db);
    const other = await createOrganisation(deps.db);
    const first = await createTestMerge(deps, organisation, await manager(organisation, "Bilal Qureshi"));
    clock.advanceMinutes(60);
    const second = await createTestMerge(deps, organisation, await manager(organisation, "Hina Akhtar"));
    await createTestMerge(deps, other, await manager(other, "Someone Elsewhere"));
    const admin = await administratorOf(organisation);

    const response = await admin.request("GET", "/api/client-merges");
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([second.merge.mergeId, first.merge.mergeId]);
    expect(list.items[0]).toEqual({
      id: second.merge.mergeId,
      kept: { clientId: second.kept.client.id, reference: second.kept.client.reference },
      merged: { clientId: second.duplicate.client.id, reference: second.duplicate.client.reference },
      mergedBy: "Hina Akhtar",
      mergedAt: expect.any(String),
      reversibleUntil: second.merge.reversibleUntil,
      reversedBy: null,
      reversedAt: null,
      state: "reversible",
      abilities: { reverse: true },
    });
    // The test clients are all called Ayesha Rahman-…; no part of a name or date of birth leaves.
    expect(response.body).not.toMatch(/Ayesha|Rahman|2008-03-14|Someone Elsewhere/);

    const paged = (await admin.request("GET", "/api/client-merges?page=2&pageSize=1")).json();
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items.map((item: { id: string }) => item.id)).toEqual([first.merge.mergeId]);
  });

  it("shows a reversed merge as reversed, by whom, and no longer offers to undo it", async () => {
    const organisation = await createOrganisation(deps.db);
    const { merge } = await createTestMerge(deps, organisation, await manager(organisation, "Bilal Qureshi"));
    const adminUser = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
    await deps.db.update(users).set({ displayName: "Zara Admin" }).where(eq(users.id, adminUser.id));
    const admin = await signInAs(app, adminUser, deps.now());
    expect((await admin.request("POST", `/api/client-merges/${merge.mergeId}/reverse`)).statusCode).toBe(200);

    const [item] = (await admin.request("GET", "/api/client-merges")).json().items;
    expect(item).toMatchObject({ state: "reversed", reversedBy: "Zara Admin", reversedAt: expect.any(String), abilities: { reverse: false } });
  });

  it("does not offer to undo a merge whose kept record has since been merged into another", async () => {
    const organisation = await createOrganisation(deps.db);
    const { merge, kept } = await createTestMerge(deps, organisation, await manager(organisation, "Bilal Qureshi"));
    const later = await createTestMerge(deps, organisation, await manager(organisation, "Hina Akhtar"));
    await deps.db.update(clients).set({ mergedIntoId: later.kept.client.id, mergedAt: deps.now() }).where(eq(clients.id, kept.client.id));
    const admin = await administratorOf(organisation);

    const items = (await admin.request("GET", "/api/client-merges")).json().items as { id: string; state: string; abilities: { reverse: boolean } }[];
    expect(items.find((item) => item.id === merge.mergeId)).toMatchObject({ state: "kept_record_merged", abilities: { reverse: false } });
    // What the list says is what the reversal does.
    expect((await admin.request("POST", `/api/client-merges/${merge.mergeId}/reverse`)).statusCode).toBe(409);
  });

  it("is for administrators only", async () => {
    const organisation = await createOrganisation(deps.db);
    await createTestMerge(deps, organisation, await manager(organisation, "Bilal Qureshi"));
    expect((await app.inject({ method: "GET", url: "/api/client-merges" })).statusCode).toBe(401);
    for (const role of ["team_manager", "safeguarding_lead", "data_protection_officer", "caseworker"] as const) {
      const agent = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role }), deps.now());
      const refused = await agent.request("GET", "/api/client-merges");
      expect(refused.statusCode, role).toBe(403);
      expect(refused.body).not.toMatch(/C-[0-9A-Z]{4}/);
    }
  });

  it("refuses pages out of range with field errors", async () => {
    const admin = await administratorOf(await createOrganisation(deps.db));
    for (const query of ["page=0", "pageSize=101", "page=abc", "sort=name"]) {
      const response = await admin.request("GET", `/api/client-merges?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe("validation_failed");
    }
  });

  it("tells the web app that administrators, and only they, manage merges", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await administratorOf(organisation);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
    expect((await admin.request("GET", "/api/auth/session")).json().abilities.manageClientMerges).toBe(true);
    expect((await caseworker.request("GET", "/api/auth/session")).json().abilities.manageClientMerges).toBe(false);
  });

  it("shows a merge past its 30 days as expired", async () => {
    const organisation = await createOrganisation(deps.db);
    const { merge } = await createTestMerge(deps, organisation, await manager(organisation, "Bilal Qureshi"));
    clock.advanceMinutes(31 * 24 * 60);
    const admin = await administratorOf(organisation);
    const [item] = (await admin.request("GET", "/api/client-merges")).json().items;
    expect(item).toMatchObject({ id: merge.mergeId, state: "expired", abilities: { reverse: false } });
  });
});

describe("clients.mergeStateAt", () => {
  const mergedAt = new Date("2025-03-01T10:00:00Z");
  const day = 86_400_000;
  it.each([
    ["reversible on the day", { mergedAt, reversedAt: null }, false, mergedAt.getTime(), "reversible"],
    ["reversible at the very end of day 30", { mergedAt, reversedAt: null }, false, mergedAt.getTime() + 30 * day, "reversible"],
    ["expired a moment later", { mergedAt, reversedAt: null }, false, mergedAt.getTime() + 30 * day + 1, "expired"],
    ["reversed, whatever the date", { mergedAt, reversedAt: new Date(mergedAt.getTime() + day) }, true, mergedAt.getTime() + 40 * day, "reversed"],
    ["expired before the kept record's later merge matters", { mergedAt, reversedAt: null }, true, mergedAt.getTime() + 31 * day, "expired"],
    ["blocked by the kept record's later merge", { mergedAt, reversedAt: null }, true, mergedAt.getTime() + day, "kept_record_merged"],
  ] as const)("%s", (_label, merge, isKeptRecordMerged, now, state) => {
    expect(mergeStateAt(merge, isKeptRecordMerged, new Date(now))).toBe(state);
  });
});
