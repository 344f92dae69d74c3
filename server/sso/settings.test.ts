/**
 * The administrator's sign-in settings: who may read and change them, the secret that never
 * leaves, bad input refused with nothing changed, and password sign-in switched off only after a
 * test sign-in through the real provider — after which passwords are refused.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../test/app.js";
import { testDatabase } from "../../test/db.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, randomAddress, signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { auditEvents, organisations, ssoDomains, ssoProviders } from "../db/schema.js";
import { allowPasswordsFromServer } from "./password-sign-in.js";
import { redirectUrlOf } from "./queries.js";
import { startTestProvider, type TestProvider } from "./test-provider.js";
import { accountFor, goToProvider, returnToApp, sessionAfter, ssoWorld, staffMember } from "./test-support.js";
import { attemptCookieName } from "./start-sign-in.js";

let test: TestApp;
let idp: TestProvider;

beforeAll(async () => {
  // An app of this file's own, whose clock no other file has moved: the provider keeps real time.
  test = await buildTestApp((await testDatabase()).db);
  idp = await startTestProvider([redirectUrlOf(test.deps.config.publicUrl)]);
});
afterAll(async () => {
  await idp.close();
  await test.app.close();
});

const providerRow = async (organisationId: string) =>
  (await test.deps.db.select().from(ssoProviders).where(eq(ssoProviders.organisationId, organisationId)))[0] ?? null;

describe("sso.settings", () => {
  it("needs a session (401) and the administrator's role (403)", async () => {
    expect((await test.app.inject({ method: "GET", url: "/api/sign-in-settings" })).statusCode).toBe(401);
    const organisation = await createOrganisation(test.deps.db);
    const manager = await signInAs(test.app, await createUser(test.deps.db, test.deps.vault, organisation, { role: "team_manager" }), test.deps.now());
    const refused = await manager.request("PUT", "/api/sign-in-settings/password-sign-in", { isEnabled: false });
    expect(refused.statusCode).toBe(403);
    expectCleanRefusal(refused);
    expect((await test.deps.db.select().from(organisations).where(eq(organisations.id, organisation.id)))[0]?.isPasswordSignInEnabled).toBe(true);
  });

  it("keeps the client secret encrypted and never sends it back; another organisation sees none of it", async () => {
    const world = await ssoWorld(test, idp);
    const read = await world.adminAgent.request("GET", "/api/sign-in-settings");
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      provider: { displayName: "Test Identity", issuer: idp.issuer, clientId: idp.clientId, isClientSecretSet: true, allowedDomains: [world.domain], testedAt: null },
      isPasswordSignInEnabled: true,
      redirectUrl: "http://localhost:3000/api/auth/oidc/callback",
    });
    expect(read.body).not.toContain(idp.clientSecret);
    expect(Buffer.from((await providerRow(world.organisation.id))!.clientSecret).toString("latin1")).not.toContain(idp.clientSecret);

    const other = await createOrganisation(test.deps.db);
    const otherAdmin = await signInAs(test.app, await createUser(test.deps.db, test.deps.vault, other, { role: "administrator" }), test.deps.now());
    expect((await otherAdmin.request("GET", "/api/sign-in-settings")).json().provider).toBeNull();
    expect((await otherAdmin.request("DELETE", "/api/sign-in-settings/provider")).statusCode).toBe(404);
    expect(await providerRow(world.organisation.id)).not.toBeNull();
    // A domain belongs to one organisation: the other cannot claim it.
    const claim = await otherAdmin.request("PUT", "/api/sign-in-settings/provider", {
      displayName: "Mine", issuer: idp.issuer, clientId: "x", clientSecret: "y", allowedDomains: [world.domain], isProviderMfaTrusted: false,
    });
    expect(claim.statusCode).toBe(409);
    expect(claim.json().error.fields).toEqual([expect.objectContaining({ path: "body.allowedDomains" })]);
    expect(await providerRow(other.id)).toBeNull();
  });

  it.each([
    ["issuer", { issuer: "http://login.example.org/tenant" }, "body.issuer"],
    ["domain", { allowedDomains: ["not a domain"] }, "body.allowedDomains.0"],
    ["no domain", { allowedDomains: [] }, "body.allowedDomains"],
    ["name", { displayName: "" }, "body.displayName"],
  ])("refuses a bad %s naming the field, and changes nothing", async (_name, change, path) => {
    const world = await ssoWorld(test, idp);
    const before = await providerRow(world.organisation.id);
    const response = await world.adminAgent.request("PUT", "/api/sign-in-settings/provider", {
      displayName: "Changed", issuer: idp.issuer, clientId: "changed", allowedDomains: [world.domain], isProviderMfaTrusted: true, ...change,
    });
    expect(response.statusCode).toBe(400);
    expectCleanRefusal(response);
    expect(response.json().error.fields).toContainEqual(expect.objectContaining({ path }));
    expect(await providerRow(world.organisation.id)).toEqual(before);
  });

  it("asks for the secret when setting up for the first time", async () => {
    const organisation = await createOrganisation(test.deps.db);
    const admin = await signInAs(test.app, await createUser(test.deps.db, test.deps.vault, organisation, { role: "administrator" }), test.deps.now());
    const response = await admin.request("PUT", "/api/sign-in-settings/provider", {
      displayName: "Google", issuer: "https://accounts.google.com", clientId: "x", allowedDomains: ["first-time.test"], isProviderMfaTrusted: false,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([expect.objectContaining({ path: "body.clientSecret" })]);
    expect(await providerRow(organisation.id)).toBeNull();
    expect(await test.deps.db.select().from(ssoDomains).where(eq(ssoDomains.domain, "first-time.test"))).toEqual([]);
  });

  it("switches password sign-in off only after a test sign-in, then refuses passwords while single sign-on still works", async () => {
    const world = await ssoWorld(test, idp);
    const caseworker = await staffMember(test, world.organisation, world.domain);
    const early = await world.adminAgent.request("PUT", "/api/sign-in-settings/password-sign-in", { isEnabled: false });
    expect(early.statusCode).toBe(409);
    expect((await world.adminAgent.request("GET", "/api/sign-in-settings")).json().isPasswordSignInEnabled).toBe(true);

    const started = await world.adminAgent.request("POST", "/api/sign-in-settings/test");
    expect(started.statusCode, started.body).toBe(200);
    idp.nextLogin = accountFor(world.admin.email, { amr: ["pwd", "mfa"] });
    const back = await idp.follow(started.json().authorizationUrl, redirectUrlOf(test.deps.config.publicUrl));
    const attemptCookie = started.cookies.find((cookie) => cookie.name === attemptCookieName)!.value;
    const tested = await returnToApp(test, { callback: back, attemptCookie, address: randomAddress() });
    expect(tested.headers.location).toBe("/sign-in-settings?test=passed");
    expect((await world.adminAgent.request("GET", "/api/sign-in-settings")).json().provider).toMatchObject({ testedAt: expect.any(String), didTestReportMfa: true });

    const off = await world.adminAgent.request("PUT", "/api/sign-in-settings/password-sign-in", { isEnabled: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().isPasswordSignInEnabled).toBe(false);
    const password = await test.app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: caseworker.email, password: caseworker.password }, remoteAddress: randomAddress() });
    expect(password.statusCode).toBe(401);
    const lookup = await test.app.inject({ method: "POST", url: "/api/auth/oidc/lookup", payload: { email: caseworker.email }, remoteAddress: randomAddress() });
    expect(lookup.json().provider).toEqual({ displayName: "Test Identity", isPasswordSignInEnabled: false });
    const viaProvider = await returnToApp(test, await goToProvider(test, idp, caseworker.email, accountFor(caseworker.email)));
    expect((await sessionAfter(test, viaProvider))?.user.id).toBe(caseworker.id);

    // The provider cannot be removed while it is the only way in.
    expect((await world.adminAgent.request("DELETE", "/api/sign-in-settings/provider")).statusCode).toBe(409);
    expect(await providerRow(world.organisation.id)).not.toBeNull();
    // Changing the connection clears the test, and turning passwords back on is always allowed.
    expect((await world.adminAgent.request("PUT", "/api/sign-in-settings/password-sign-in", { isEnabled: true })).statusCode).toBe(200);
    expect((await world.adminAgent.request("DELETE", "/api/sign-in-settings/provider")).statusCode).toBe(204);
    expect(await providerRow(world.organisation.id)).toBeNull();
  });

  it("lets the server's operator switch password sign-in back on when the provider fails, audited, and names the organisation to choose", async () => {
    const world = await ssoWorld(test, idp);
    const caseworker = await staffMember(test, world.organisation, world.domain);
    await test.deps.db.update(organisations).set({ isPasswordSignInEnabled: false }).where(eq(organisations.id, world.organisation.id));
    const refusedPassword = await test.app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: caseworker.email, password: caseworker.password }, remoteAddress: randomAddress() });
    expect(refusedPassword.statusCode).toBe(401);

    // The test database holds many organisations, so one must be named, and a wrong name changes nothing.
    await expect(inTransaction(test.deps.db, (tx) => allowPasswordsFromServer(tx, null, test.deps.now()))).rejects.toThrow(/Name the organisation/);
    await expect(inTransaction(test.deps.db, (tx) => allowPasswordsFromServer(tx, "No Such Charity", test.deps.now()))).rejects.toThrow(/No organisation is called "No Such Charity"/);
    expect((await test.deps.db.select().from(organisations).where(eq(organisations.id, world.organisation.id)))[0]?.isPasswordSignInEnabled).toBe(false);

    const result = await inTransaction(test.deps.db, (tx) => allowPasswordsFromServer(tx, world.organisation.name.toUpperCase(), test.deps.now()));
    expect(result).toEqual({ organisation: { id: world.organisation.id, name: world.organisation.name }, wasEnabled: false });
    const password = await test.app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: caseworker.email, password: caseworker.password }, remoteAddress: randomAddress() });
    expect(password.statusCode, password.body).toBe(200);
    const events = await test.deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, world.organisation.id), eq(auditEvents.action, "sso.password_sign_in_enabled")));
    expect(events).toMatchObject([{ actorUserId: null, details: { by: "server_operator" } }]);
    // Run again, it says so and records nothing more.
    expect((await inTransaction(test.deps.db, (tx) => allowPasswordsFromServer(tx, world.organisation.name, test.deps.now()))).wasEnabled).toBe(true);
    expect(await test.deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, world.organisation.id), eq(auditEvents.action, "sso.password_sign_in_enabled")))).toHaveLength(1);
  });
});
