import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { signInAs } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents, organisations } from "../../db/schema.js";
import { readDisclosureRules } from "./disclosure-settings.js";

const { app, deps } = await testApp();
const url = "/api/reporting/disclosure-settings";

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
  return { organisation, admin };
}

describe("reporting.disclosure-settings", () => {
  it("starts from the defaults: fewer than 8 suppressed, rounded to the nearest 5", async () => {
    const { organisation, admin } = await setUp();
    const view = await admin.request("GET", url);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toEqual({
      settings: { threshold: 8, roundingBase: 5, protectionWidth: null },
      rules: { threshold: 8, roundingBase: 5, protectionWidth: 8 },
      defaults: { threshold: 8, roundingBase: 5, protectionWidth: 8 },
      lowestThreshold: 5,
    });
    expect(await readDisclosureRules(deps.db, organisation.id)).toEqual({ threshold: 8, roundingBase: 5, protectionWidth: 8 });
  });

  it("changes the rules, which others then read, and audits the old and new numbers", async () => {
    const { organisation, admin } = await setUp();
    const saved = await admin.request("PUT", url, { threshold: 10, roundingBase: 10, protectionWidth: 12 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rules).toEqual({ threshold: 10, roundingBase: 10, protectionWidth: 12 });
    expect(await readDisclosureRules(deps.db, organisation.id)).toEqual({ threshold: 10, roundingBase: 10, protectionWidth: 12 });
    const following = await admin.request("PUT", url, { threshold: 10, roundingBase: 10, protectionWidth: null });
    expect(following.json()).toMatchObject({ settings: { protectionWidth: null }, rules: { protectionWidth: 10 } });
    const audits = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "reporting.disclosure_settings_changed")));
    expect(audits.map((event) => event.details)).toContainEqual({ from: { threshold: 8, roundingBase: 5, protectionWidth: null }, to: { threshold: 10, roundingBase: 10, protectionWidth: 12 } });
    expect(audits).toHaveLength(2);
  });

  it("never lets the threshold go below 5, nor a rounding show a count below the threshold, naming the field and changing nothing", async () => {
    const { organisation, admin } = await setUp();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const low = await admin.request("PUT", url, { threshold: 4, roundingBase: 5, protectionWidth: null });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.fields).toEqual([{ path: "body.threshold", message: "The threshold cannot be below 5." }]);
    const rounding = await admin.request("PUT", url, { threshold: 6, roundingBase: 5, protectionWidth: null });
    expect(rounding.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.roundingBase"]);
    const narrow = await admin.request("PUT", url, { threshold: 8, roundingBase: 5, protectionWidth: 3 });
    expect(narrow.json().error.fields.map((field: { path: string }) => field.path)).toEqual(["body.protectionWidth"]);
    const fraction = await admin.request("PUT", url, { threshold: 8.5, roundingBase: 5, protectionWidth: null });
    expect(fraction.statusCode).toBe(400);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses to publish under stored settings the rules no longer allow, rather than fall back to the defaults", async () => {
    const { organisation } = await setUp();
    await deps.db.update(organisations).set({ disclosureSettings: { threshold: 3 } }).where(eq(organisations.id, organisation.id));
    await expect(readDisclosureRules(deps.db, organisation.id)).rejects.toMatchObject({ code: "internal" });
  });

  it("is for administrators only", async () => {
    const { organisation } = await setUp();
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    expect((await manager.request("GET", url)).statusCode).toBe(403);
    expect((await manager.request("PUT", url, { threshold: 10, roundingBase: 5, protectionWidth: null })).statusCode).toBe(403);
  });
});
