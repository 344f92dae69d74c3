import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";

const { app, deps } = await testApp();

describe("sites", () => {
  it("lets an administrator create and rename a site, recorded in the audit log", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const created = await admin.request("POST", "/api/sites", { name: "  Luton  " });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "Luton", abilities: { rename: true } });
    const renamed = await admin.request("PATCH", `/api/sites/${created.json().id}`, { name: "Luton and Dunstable" });
    expect(renamed.json().name).toBe("Luton and Dunstable");
    const events = await deps.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.entityId, created.json().id)));
    expect(events).toEqual([
      { action: "site.created", details: {} },
      { action: "site.renamed", details: { from: "Luton", to: "Luton and Dunstable" } },
    ]);
  });

  it("refuses a second site with the same name in any letter case", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const response = await admin.request("POST", "/api/sites", { name: "BIRMINGHAM" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields).toEqual([{ path: "body.name", message: expect.any(String) }]);
  });

  it("shows site staff only the sites where they hold a role", async () => {
    const organisation = await createOrganisation(deps.db);
    const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 1 }), deps.now());
    const response = await caseworker.request("GET", "/api/sites");
    expect(response.json().items).toEqual([{ id: organisation.siteIds[1], name: "Manchester", createdAt: expect.any(String), abilities: { rename: false } }]);
  });

  it("refuses names with control or direction-override characters", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    for (const name of ["Bir\u202Emingham", "Tab\tSite", "", " ".repeat(5), "x".repeat(101)]) {
      expect((await admin.request("POST", "/api/sites", { name })).statusCode, JSON.stringify(name)).toBe(400);
    }
  });
});
