import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { agentFor, randomAddress, sessionCookieOf, signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";

const { app, deps, clock } = await testApp();

async function administration() {
  const organisation = await createOrganisation(deps.db);
  const admin = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  return { organisation, admin: await signInAs(app, admin, deps.now()) };
}

const auditActions = async (organisationId: string) =>
  (await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organisationId, organisationId))).map((e) => e.action);

const acceptInvitation = (url: string, password: string) =>
  app.inject({ method: "POST", url: `/api/auth/invitations/${url.split("/").pop()}/accept`, payload: { password }, remoteAddress: randomAddress() });

describe("users.invite", () => {
  it("creates a user whose invitation link lets them set a password and sign in", async () => {
    const { organisation, admin } = await administration();
    const created = await admin.request("POST", "/api/users", {
      email: "Rukhsana.Ali@Example.org",
      displayName: "Rukhsana Ali",
      grants: [{ role: "caseworker", siteId: organisation.siteIds[0] }],
    });
    expect(created.statusCode).toBe(201);
    const { user, invitationUrl } = created.json();
    expect(user).toMatchObject({ email: "rukhsana.ali@example.org", hasAcceptedInvitation: false, isActive: true });
    expect(invitationUrl).toMatch(/^http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{43}$/);

    const token = invitationUrl.split("/").pop();
    const lookup = await app.inject({ method: "GET", url: `/api/auth/invitations/${token}` });
    expect(lookup.json()).toEqual({ email: "rukhsana.ali@example.org", displayName: "Rukhsana Ali", organisationName: organisation.name });

    const weak = await acceptInvitation(invitationUrl, "password1234");
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: "password_too_weak", fields: [{ path: "body.password" }] });

    const accepted = await acceptInvitation(invitationUrl, "amber violin harbour");
    expect(accepted.statusCode).toBe(200);
    // A caseworker sees client data, so the first thing they must do is enrol a second factor.
    expect(accepted.json().mfaState).toBe("enrolment_required");
    expect((await acceptInvitation(invitationUrl, "amber violin harbour")).statusCode).toBe(404);
    expect(await auditActions(organisation.id)).toEqual(expect.arrayContaining(["user.invited", "user.invitation_accepted"]));
  });

  it("refuses an expired invitation with 410", async () => {
    const { organisation, admin } = await administration();
    const { invitationUrl } = (await admin.request("POST", "/api/users", {
      email: `late-${Date.now()}@example.org`,
      displayName: "Late Comer",
      grants: [{ role: "outreach_worker", siteId: organisation.siteIds[0] }],
    })).json();
    clock.advanceMinutes(73 * 60);
    const response = await acceptInvitation(invitationUrl, "amber violin harbour");
    expect(response.statusCode).toBe(410);
  });

  it("refuses a duplicate email and a site from another organisation, naming the fields", async () => {
    const { organisation, admin } = await administration();
    const elsewhere = await createOrganisation(deps.db);
    const existing = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
    const duplicate = await admin.request("POST", "/api/users", { email: existing.email, displayName: "Someone", grants: [] });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields).toEqual([{ path: "body.email", message: expect.any(String) }]);
    const foreignSite = await admin.request("POST", "/api/users", {
      email: `x-${Date.now()}@example.org`,
      displayName: "Someone",
      grants: [{ role: "mentor", siteId: elsewhere.siteIds[0] }, { role: "administrator", siteId: organisation.siteIds[0] }],
    });
    expect(foreignSite.statusCode).toBe(400);
    expect(foreignSite.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["body.grants.0.siteId", "body.grants.1.siteId"]);
  });
});

describe("users.roles", () => {
  it("replaces a user's roles and records before and after in the audit log", async () => {
    const { organisation, admin } = await administration();
    const person = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
    const response = await admin.request("PUT", `/api/users/${person.id}/roles`, {
      grants: [
        { role: "caseworker", siteId: organisation.siteIds[1] },
        { role: "data_protection_officer", siteId: null },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().grants).toEqual([
      { role: "caseworker", siteId: organisation.siteIds[1] },
      { role: "data_protection_officer", siteId: null },
    ]);
    const [event] = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "user.roles_changed")));
    expect(event?.details).toMatchObject({ before: [{ role: "mentor" }], after: expect.any(Array) });
  });

  it("keeps at least one active administrator", async () => {
    const organisation = await createOrganisation(deps.db);
    const adminUser = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
    const admin = await signInAs(app, adminUser, deps.now());
    const response = await admin.request("PUT", `/api/users/${adminUser.id}/roles`, { grants: [] });
    expect(response.statusCode).toBe(409);
  });
});

describe("users.deactivate", () => {
  it("ends the user's sessions at once and stops them signing in", async () => {
    const { organisation, admin } = await administration();
    const person = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const theirSession = await signInAs(app, person, deps.now());
    expect((await theirSession.request("GET", "/api/auth/session")).statusCode).toBe(200);

    const response = await admin.request("POST", `/api/users/${person.id}/deactivate`);
    expect(response.json()).toMatchObject({ isActive: false, abilities: { reactivate: true, deactivate: false } });
    expect((await theirSession.request("GET", "/api/auth/session")).statusCode).toBe(401);
    const signIn = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: person.email, password: person.password }, remoteAddress: randomAddress() });
    expect(signIn.statusCode).toBe(401);

    await admin.request("POST", `/api/users/${person.id}/reactivate`);
    expect((await signInAs(app, person, new Date(deps.now().getTime() + 30_000))).cookie).toBeTruthy();
  });

  it("does not let an administrator deactivate themselves", async () => {
    const organisation = await createOrganisation(deps.db);
    const adminUser = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
    const admin = await signInAs(app, adminUser, deps.now());
    expect((await admin.request("POST", `/api/users/${adminUser.id}/deactivate`)).statusCode).toBe(403);
  });
});

describe("users.second-factor reset", () => {
  it("removes the factor, ends sessions, and makes the user enrol again", async () => {
    const { organisation, admin } = await administration();
    const person = await createUser(deps.db, deps.vault, organisation, { role: "mentor" });
    const theirSession = await signInAs(app, person, deps.now());
    const response = await admin.request("POST", `/api/users/${person.id}/second-factor/reset`);
    expect(response.json()).toMatchObject({ hasSecondFactor: false });
    expect((await theirSession.request("GET", "/api/auth/session")).statusCode).toBe(401);
    const again = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: person.email, password: person.password }, remoteAddress: randomAddress() });
    expect(again.json().mfaState).toBe("enrolment_required");
    const partial = agentFor(app, sessionCookieOf(again)!, again.json().csrfToken);
    expect((await partial.request("GET", "/api/users")).statusCode).toBe(401);
  });
});
