/**
 * Forgotten passwords: asking never reveals whether an account exists, administrators are told,
 * and a reset link replaces the password only — every session ends and the second factor stays.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { randomAddress, sessionCookieOf, signInAs } from "../../test/http.js";
import { auditEvents, jobs, notifications, users } from "../db/schema.js";
import { runNextJob } from "../jobs/run-next-job.js";
import { passwordResetHandlers, passwordResetJob } from "./password-reset.js";

const { app, deps, clock } = await testApp();

const askForReset = (email: string) =>
  app.inject({ method: "POST", url: "/api/auth/password-reset-requests", payload: { email }, remoteAddress: randomAddress() });

/** Runs the queued reset jobs, as the job runner would. */
async function runResetJobs(): Promise<void> {
  while ((await runNextJob(deps.db, passwordResetHandlers, deps.now)).kind !== "idle");
}

const resetAlertsFor = (userId: string) =>
  deps.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "password_reset_requested")));

async function setting() {
  const organisation = await createOrganisation(deps.db);
  const adminUser = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  const admin = await signInAs(app, adminUser, deps.now());
  const person = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
  return { organisation, adminUser, admin, person };
}

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

describe("auth.password-reset", () => {
  it("answers the same for any email, and alerts the organisation's administrators only for a real account, once an hour", async () => {
    const { adminUser, admin, person } = await setting();
    const known = await askForReset(person.email);
    const unknown = await askForReset(`nobody-${person.email}`);
    expect(known.statusCode).toBe(202);
    expect({ status: unknown.statusCode, body: unknown.json() }).toEqual({ status: known.statusCode, body: known.json() });
    // The queue holds an account id or nothing, never the email typed in.
    const queued = await deps.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.name, passwordResetJob));
    expect(JSON.stringify(queued)).not.toContain(person.email.split("@")[0]);

    await runResetJobs();
    expect(await resetAlertsFor(adminUser.id)).toMatchObject([{ entityType: "user", entityId: person.id }]);
    const listed = (await admin.request("GET", "/api/notifications")).json();
    expect(listed.items).toContainEqual(
      expect.objectContaining({ kind: "password_reset_requested", entity: expect.objectContaining({ type: "user", id: person.id }), actorName: "Test User" }),
    );

    await askForReset(person.email);
    await runResetJobs();
    expect(await resetAlertsFor(adminUser.id)).toHaveLength(1);
    clock.advanceMinutes(61);
    await askForReset(person.email);
    await runResetJobs();
    expect(await resetAlertsFor(adminUser.id)).toHaveLength(2);
  });

  it("limits how often one address may ask", async () => {
    const remoteAddress = randomAddress();
    const statuses = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await app.inject({ method: "POST", url: "/api/auth/password-reset-requests", payload: { email: `someone${i}@example.org` }, remoteAddress });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("replaces the password with a reset link, ends every session, lifts the lock and keeps the second factor", async () => {
    const { admin, person } = await setting();
    const elsewhere = await signInAs(app, person, deps.now());
    await deps.db.update(users).set({ lockedUntil: new Date(deps.now().getTime() + 3_600_000) }).where(eq(users.id, person.id));

    const issued = await admin.request("POST", `/api/users/${person.id}/password-reset`);
    expect(issued.statusCode, issued.body).toBe(201);
    const { resetUrl, user } = issued.json();
    expect(resetUrl).toMatch(/\/reset-password\/[\w-]{40,}$/);
    expect(user.abilities.issuePasswordReset).toBe(true);
    const token = tokenOf(resetUrl);

    const lookup = await app.inject({ method: "GET", url: `/api/auth/password-resets/${token}`, remoteAddress: randomAddress() });
    expect(lookup.json()).toMatchObject({ displayName: "Test User" });
    const weak = await app.inject({ method: "POST", url: `/api/auth/password-resets/${token}`, payload: { password: "password1234" }, remoteAddress: randomAddress() });
    expect(weak.statusCode).toBe(400);

    const newPassword = "lantern meadow quietly humming";
    const done = await app.inject({ method: "POST", url: `/api/auth/password-resets/${token}`, payload: { password: newPassword }, remoteAddress: randomAddress() });
    expect(done.statusCode, done.body).toBe(204);

    expect((await elsewhere.request("GET", "/api/auth/session")).statusCode).toBe(401);
    const old = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: person.email, password: person.password }, remoteAddress: randomAddress() });
    expect(old.statusCode).toBe(401);
    const fresh = await app.inject({ method: "POST", url: "/api/auth/sign-in", payload: { email: person.email, password: newPassword }, remoteAddress: randomAddress() });
    expect(fresh.statusCode).toBe(200);
    expect(sessionCookieOf(fresh)).toBeDefined();
    expect(fresh.json().mfaState).toBe("pending");

    const again = await app.inject({ method: "POST", url: `/api/auth/password-resets/${token}`, payload: { password: "another fine long password" }, remoteAddress: randomAddress() });
    expect(again.statusCode).toBe(404);
    const events = await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, person.id));
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(["user.password_reset_issued", "auth.password_reset_completed"]));
  });

  it("keeps reset links and invitations apart, and refuses an expired link with 410", async () => {
    const { admin, person } = await setting();
    const { resetUrl } = (await admin.request("POST", `/api/users/${person.id}/password-reset`)).json();
    const asInvitation = await app.inject({ method: "GET", url: `/api/auth/invitations/${tokenOf(resetUrl)}`, remoteAddress: randomAddress() });
    expect(asInvitation.statusCode).toBe(404);

    const invited = (await admin.request("POST", "/api/users", { email: `new-${person.email}`, displayName: "New Colleague", grants: [] })).json();
    const asReset = await app.inject({ method: "GET", url: `/api/auth/password-resets/${tokenOf(invited.invitationUrl)}`, remoteAddress: randomAddress() });
    expect(asReset.statusCode).toBe(404);

    clock.advanceMinutes(24 * 60 + 1);
    const expired = await app.inject({ method: "GET", url: `/api/auth/password-resets/${tokenOf(resetUrl)}`, remoteAddress: randomAddress() });
    expect(expired.statusCode).toBe(410);
  });

  it("is not for one's own account, nor for someone who has not yet set a password", async () => {
    const { organisation, adminUser, admin } = await setting();
    expect((await admin.request("POST", `/api/users/${adminUser.id}/password-reset`)).statusCode).toBe(403);
    const invited = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    await deps.db.update(users).set({ passwordHash: null }).where(eq(users.id, invited.id));
    expect((await admin.request("POST", `/api/users/${invited.id}/password-reset`)).statusCode).toBe(403);
  });
});
