import { describe, expect, it } from "vitest";
import { createTestCase } from "../../test/case-factories.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { hasCurrentConsent } from "./current-consent.js";
import { recordConsent } from "./record-consent.js";
import { actorFor } from "./test-support.js";

const { app, deps } = await testApp();

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const caseworkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  const caseworker = await signInAs(app, caseworkerUser, deps.now());
  const { client } = await createTestCase(deps, organisation, caseworkerUser.id);
  const consent = (body: Record<string, unknown>) => caseworker.request("POST", `/api/clients/${client.id}/consents`, { method: "verbal", ...body });
  return { organisation, caseworkerUser, client, consent };
}

describe("clients.consents", () => {
  it("takes a withdrawal into effect at once, everywhere that asks", async () => {
    const { client, consent } = await setting();
    expect(await hasCurrentConsent(deps.db, client.id, "case_study")).toBe(false);
    await consent({ purpose: "case_study", status: "given", method: "written" });
    expect(await hasCurrentConsent(deps.db, client.id, "case_study")).toBe(true);
    const withdrawn = await consent({ purpose: "case_study", status: "withdrawn" });
    expect(await hasCurrentConsent(deps.db, client.id, "case_study")).toBe(false);
    const profile = withdrawn.json();
    expect(profile.consents).toEqual([expect.objectContaining({ purpose: "case_study", status: "withdrawn", method: "verbal", recordedBy: "Test User" })]);
    expect(profile.consentHistory.map((c: { status: string }) => c.status)).toEqual(["withdrawn", "given"]);
  });

  it("lets a withdrawal recorded in the same instant as a consent win", async () => {
    const { organisation, caseworkerUser, client } = await setting();
    const actor = actorFor(caseworkerUser.id, organisation, "caseworker");
    const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
    await inTransaction(deps.db, async (tx) => {
      await recordConsent(tx, actor, client.id, { purpose: "anonymised_reporting", status: "given", method: "verbal" }, context);
      await recordConsent(tx, actor, client.id, { purpose: "anonymised_reporting", status: "withdrawn", method: "verbal" }, context);
    });
    expect(await hasCurrentConsent(deps.db, client.id, "anonymised_reporting")).toBe(false);
  });

  it("consents to sharing per named partner, and only sharing names a partner", async () => {
    const { client, consent } = await setting();
    const unnamed = await consent({ purpose: "share_with_partner", status: "given" });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields).toEqual([{ path: "body.partner", message: "Required when consenting to share with a partner." }]);
    expect((await consent({ purpose: "service", status: "given", partner: "Birmingham City Council" })).statusCode).toBe(400);
    expect((await consent({ purpose: "share_with_partner", status: "given", partner: "Birmingham City Council" })).statusCode).toBe(200);
    expect(await hasCurrentConsent(deps.db, client.id, "share_with_partner", " birmingham city council")).toBe(true);
    expect(await hasCurrentConsent(deps.db, client.id, "share_with_partner", "West Midlands Police")).toBe(false);
    expect(await hasCurrentConsent(deps.db, client.id, "share_with_partner")).toBe(false);
    await consent({ purpose: "share_with_partner", status: "withdrawn", partner: "Birmingham City Council" });
    expect(await hasCurrentConsent(deps.db, client.id, "share_with_partner", "Birmingham City Council")).toBe(false);
  });
});
