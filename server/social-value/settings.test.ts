import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
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

const auditsOf = (organisationId: string, action: string) =>
  deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.action, action)));

const series = {
  name: "GDP deflator at market prices",
  reference: "2023-24 = 100",
  source: { citation: "HM Treasury, GDP deflators at market prices, and money GDP, March 2025", url: "https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp" },
  publishedOn: "2025-03-27",
  // Made-up indices: the tests need a series, not the Treasury's figures.
  rows: [
    { year: "2010-11", index: 70 },
    { year: "2024-25", index: 104 },
  ],
};

describe("social value.settings", () => {
  it("starts with the Green Book's discount rates, the optimism-bias reductions and no target price year", async () => {
    const { admin } = await setUp();
    const response = await admin.request("GET", "/api/social-value/settings");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      discounting: { standard: [{ fromYear: 0, rate: 0.035 }, { fromYear: 31, rate: 0.03 }], health: [{ fromYear: 0, rate: 0.015 }] },
      optimismBias: { 1: 0, 2: 0.1, 3: 0.2, 4: 0.3, 5: 0.4 },
      targetPriceYear: null,
      version: 1,
      updatedByName: null,
    });
  });

  it("changes the settings with the version read, audited by what changed, and refuses a stale version", async () => {
    const { admin, organisation } = await setUp();
    const settings = (await admin.request("GET", "/api/social-value/settings")).json();
    const body = { discounting: { ...settings.discounting, health: [{ fromYear: 0, rate: 0.02 }] }, optimismBias: settings.optimismBias, targetPriceYear: "2024-25", version: settings.version };
    const changed = await admin.request("PUT", "/api/social-value/settings", body);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ discounting: { health: [{ fromYear: 0, rate: 0.02 }] }, targetPriceYear: "2024-25", version: 2, updatedByName: "Test User" });
    expect((await auditsOf(organisation.id, "social_value.settings_changed")).map((event) => event.details)).toEqual([{ changed: ["discounting", "targetPriceYear"] }]);

    const before = await socialValueSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", "/api/social-value/settings", { ...body, targetPriceYear: null, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses rates that do not make a schedule, naming the field, and changes nothing", async () => {
    const { admin, organisation } = await setUp();
    const settings = (await admin.request("GET", "/api/social-value/settings")).json();
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const body = { discounting: settings.discounting, optimismBias: settings.optimismBias, targetPriceYear: null, version: settings.version };
    const lateStart = await admin.request("PUT", "/api/social-value/settings", { ...body, discounting: { ...settings.discounting, standard: [{ fromYear: 1, rate: 0.035 }] } });
    expect(lateStart.statusCode).toBe(400);
    expect(lateStart.json().error.fields).toContainEqual({ path: "body.discounting.standard", message: "The first rate applies from year 0." });
    const tooHigh = await admin.request("PUT", "/api/social-value/settings", { ...body, optimismBias: { ...settings.optimismBias, 5: 1.4 } });
    expect(tooHigh.json().error.fields).toContainEqual(expect.objectContaining({ path: "body.optimismBias.5" }));
    const badYear = await admin.request("PUT", "/api/social-value/settings", { ...body, targetPriceYear: "24-25" });
    expect(badYear.json().error.fields).toContainEqual(expect.objectContaining({ path: "body.targetPriceYear" }));
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});

describe("social value.deflators", () => {
  it("starts with the Treasury series named and no figures, until an administrator enters them", async () => {
    const { admin } = await setUp();
    const response = await admin.request("GET", "/api/social-value/deflators");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ series: { name: "GDP deflator at market prices", rows: [], publishedOn: null }, version: 1 });
  });

  it("replaces the series with the version read, audited with the years entered, and refuses a stale version", async () => {
    const { admin, organisation } = await setUp();
    const current = (await admin.request("GET", "/api/social-value/deflators")).json();
    const entered = await admin.request("PUT", "/api/social-value/deflators", { series, version: current.version });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json()).toMatchObject({ series, version: 2, updatedByName: "Test User" });
    expect((await auditsOf(organisation.id, "social_value.deflators_changed")).map((event) => event.details)).toEqual([{ years: ["2010-11", "2024-25"] }]);

    const before = await socialValueSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", "/api/social-value/deflators", { series: { ...series, rows: [] }, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses a series with a year twice or an index that is not above 0, naming the field, and changes nothing", async () => {
    const { admin, organisation } = await setUp();
    const current = (await admin.request("GET", "/api/social-value/deflators")).json();
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const twice = await admin.request("PUT", "/api/social-value/deflators", { series: { ...series, rows: [...series.rows, { year: "2010-11", index: 71 }] }, version: current.version });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields).toContainEqual({ path: "body.series.rows", message: "Each year once." });
    const zero = await admin.request("PUT", "/api/social-value/deflators", { series: { ...series, rows: [{ year: "2010-11", index: 0 }] }, version: current.version });
    expect(zero.json().error.fields).toContainEqual({ path: "body.series.rows.0.index", message: "An index is above 0." });
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
