/**
 * The organisation's national dataset settings: the defaults until it saves its own, with the
 * codes it maps from; saved whole by an administrator, checked field by field and audited with the
 * parts changed; refused to anyone else, and nothing changes on a refusal or bad input.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { NdtmsSettingsView } from "../../../core/api/reporting-ndtms.js";
import { defaultNdtmsSettings, type NdtmsSettingsInput } from "../../../core/reporting/ndtms.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, signInAs, type Agent } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { auditEvents } from "../../db/schema.js";

const { app, deps } = await testApp();
const path = "/api/reporting/ndtms-settings";

let organisation: TestOrganisation;
let admin: Agent;
let adminId: string;

beforeAll(async () => {
  organisation = await createOrganisation(deps.db);
  const user = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  adminId = user.id;
  admin = await signInAs(app, user, deps.now());
});

const changed = (change: (settings: NdtmsSettingsInput) => void): NdtmsSettingsInput => {
  const settings: NdtmsSettingsInput = structuredClone(defaultNdtmsSettings);
  change(settings);
  return settings;
};

describe("reporting.ndtms.settings", () => {
  it("gives the defaults until the organisation saves its own, with the codes it maps from", async () => {
    const response = await admin.request("GET", path);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<NdtmsSettingsView>();
    expect(view.isDefault).toBe(true);
    expect(view.settings).toEqual(view.defaults);
    expect(view.settings.columns.map((column) => column.field)).toEqual(defaultNdtmsSettings.columns.map((column) => column.field));
    expect(view.vocabularies.referralSources.map((source) => source.code)).toContain("gp_health");
    expect(view.vocabularies.interventionTypes.map((type) => type.code)).toContain("cbt_cravings");
    expect(view.vocabularies.programmes.map((programme) => programme.code)).toContain("multilingual_recovery");
  });

  it("saves the administrator's settings whole and audits the parts changed, not their values", async () => {
    const settings = changed((s) => {
      s.columns = [s.columns[1]!, s.columns[0]!, ...s.columns.slice(2)];
      s.columns[0]!.name = "ATTRBDAT";
      s.codes.ethnicity.white_british = "01";
      s.consentPartner = "OHID";
    });
    const response = await admin.request("PUT", path, settings);
    expect(response.statusCode, response.body).toBe(200);
    const view = (await admin.request("GET", path)).json<NdtmsSettingsView>();
    expect(view.isDefault).toBe(false);
    expect(view.settings.columns.slice(0, 2).map((column) => [column.field, column.name])).toEqual([["attributor", "ATTRBDAT"], ["client_id", "CLIENT_ID"]]);
    expect(view.settings.codes.ethnicity.white_british).toBe("01");
    const [event] = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "reporting.ndtms_settings_changed"), eq(auditEvents.actorUserId, adminId)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event?.details).toEqual({ changed: ["columns", "consentPartner", "codes.ethnicity"] });
  });

  it.each<[string, (settings: NdtmsSettingsInput) => void, string]>([
    ["two columns with one name", (s) => (s.columns[2]!.name = "CLIENT_ID"), "body.columns.2.name"],
    ["no column included", (s) => s.columns.forEach((column) => (column.isIncluded = false)), "body.columns"],
    ["a code that would run as a formula", (s) => (s.codes.dischargeReason.died = "=1+1"), "body.codes.dischargeReason.died"],
    ["a sex code longer than one character", (s) => (s.codes.attributorSex.male = "MALE"), "body.codes.attributorSex.male"],
    ["a consent purpose Pathways does not have", (s) => (s.consentPurpose = "marketing" as "service"), "body.consentPurpose"],
  ])("refuses %s with 400 naming the field, and changes nothing", async (_label, change, field) => {
    const before = await organisationSnapshot(deps.db, organisation.id);
    const response = await admin.request("PUT", path, changed(change));
    expectCleanRefusal(response);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((entry) => entry.path)).toContain(field);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses anyone but an administrator (403), changing nothing", async () => {
    const manager = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "team_manager" }), deps.now());
    const before = await organisationSnapshot(deps.db, organisation.id);
    expect((await manager.request("GET", path)).statusCode).toBe(403);
    expect((await manager.request("PUT", path, defaultNdtmsSettings)).statusCode).toBe(403);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("keeps one organisation's settings from another's", async () => {
    const other = await createOrganisation(deps.db);
    const theirs = await signInAs(app, await createUser(deps.db, deps.vault, other, { role: "administrator" }), deps.now());
    expect((await theirs.request("GET", path)).json<NdtmsSettingsView>().isDefault).toBe(true);
  });
});
