import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase, samplePerson } from "../../../test/case-factories.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import { expectCleanRefusal, randomAddress, signInAs, type Agent } from "../../../test/http.js";
import { organisationSnapshot } from "../../../test/snapshot.js";
import { queryRows } from "../../db/client.js";
import { apiTokens, auditEvents } from "../../db/schema.js";
import { sql } from "drizzle-orm";

const { app, deps, clock } = await testApp();
const daysAhead = (days: number) => new Date(deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A request with only a bearer token: no cookie, no CSRF token. */
const withToken = (token: string, method: string, url: string, body?: unknown, extra: Record<string, string> = {}) =>
  app.inject({ method: method as "GET", url, remoteAddress: randomAddress(), headers: { authorization: `Bearer ${token}`, ...extra }, ...(body === undefined ? {} : { payload: body as object }) });

async function personalToken(agent: Agent, scope: "read" | "read_write" = "read_write"): Promise<{ id: string; secret: string }> {
  const response = await agent.request("POST", "/api/integrations/tokens", { name: "Case sync", scope, expiresOn: daysAhead(30) });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json<{ token: { id: string }; secret: string }>();
  return { id: body.token.id, secret: body.secret };
}

async function caseworkerWithCases(organisation: TestOrganisation) {
  const worker = await createUser(deps.db, deps.vault, organisation, { role: "caseworker", site: 0 });
  const here = await createTestCase(deps, organisation, worker.id, { site: 0 });
  const elsewhere = await createTestCase(deps, organisation, worker.id, { site: 1 });
  return { worker, agent: await signInAs(app, worker, deps.now()), here: here.kase, elsewhere: elsewhere.kase };
}

describe("integrations.tokens", () => {
  it("makes a personal token shown once, stored only as its SHA-256, and lists it without the secret", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent } = await caseworkerWithCases(organisation);
    const { id, secret } = await personalToken(agent);
    expect(secret).toMatch(/^pwy_[A-Za-z0-9_-]{43}$/);
    const listed = await agent.request("GET", "/api/integrations/tokens");
    expect(listed.json().items).toEqual([expect.objectContaining({ id, kind: "personal", scope: "read_write", displayPrefix: secret.slice(0, 10), isUsable: true, canRevoke: true, lastUsedAt: null })]);
    expect(listed.body).not.toContain(secret);
    const [row] = await queryRows<{ row: string }>(deps.db, sql`select t::text as row from api_tokens t where t.id = ${id}`);
    expect(row!.row).not.toContain(secret.slice(10));
    const [stored] = await deps.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored!.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    const [audit] = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "api_token.created")));
    expect(audit).toBeDefined();
  });

  it("acts with exactly its owner's authority: a caseworker's token sees their site's case and not another site's, and the read is audited as theirs", async () => {
    const organisation = await createOrganisation(deps.db);
    const { worker, agent, here, elsewhere } = await caseworkerWithCases(organisation);
    const { id, secret } = await personalToken(agent, "read");
    const seen = await withToken(secret, "GET", `/api/cases/${here.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect((await withToken(secret, "GET", `/api/cases/${elsewhere.id}`)).statusCode).toBe(404);
    const listed = await withToken(secret, "GET", `/api/cases?siteId=${organisation.siteIds[0]}`);
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([here.id]);
    expect((await withToken(secret, "GET", `/api/cases?siteId=${organisation.siteIds[1]}`)).statusCode).toBe(404);
    const reads = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, here.id), eq(auditEvents.action, "case.read")));
    expect(reads.map((event) => event.actorUserId)).toEqual([worker.id]);
    const [stored] = await deps.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored!.lastUsedAt).not.toBeNull();
  });

  it("needs no CSRF token, but a read-only token may only read", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent } = await caseworkerWithCases(organisation);
    const referral = { siteId: organisation.siteIds[0], sourceCode: "self", person: samplePerson(), reasons: ["online_harm"], concern: "Asked for help.", urgency: "soon", isReferrerConsentGiven: true };
    const reader = await personalToken(agent, "read");
    const before = await organisationSnapshot(deps.db, organisation.id);
    const refused = await withToken(reader.secret, "POST", "/api/referrals", referral);
    expect(refused.statusCode).toBe(403);
    expectCleanRefusal(refused);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    const writer = await personalToken(agent, "read_write");
    const made = await withToken(writer.secret, "POST", "/api/referrals", referral);
    expect(made.statusCode, made.body).toBe(201);
  });

  it("never lets a cookie stand in for a bad token, and never reaches account security or integrations", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent, here } = await caseworkerWithCases(organisation);
    const { secret } = await personalToken(agent);
    const bad = `pwy_${"A".repeat(43)}`;
    const withCookie = await withToken(bad, "GET", `/api/cases/${here.id}`, undefined, { cookie: `pathways_session=${agent.cookie}` });
    expect(withCookie.statusCode).toBe(401);
    expectCleanRefusal(withCookie);
    expect((await withToken("not-a-token", "GET", `/api/cases/${here.id}`)).statusCode).toBe(401);
    for (const [method, url] of [["GET", "/api/auth/session"], ["GET", "/api/integrations/tokens"], ["POST", "/api/integrations/tokens"], ["POST", "/api/auth/sign-out"]] as const) {
      const response = await withToken(secret, method, url, method === "POST" ? { name: "Another", scope: "read", expiresOn: daysAhead(5) } : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    expect(await deps.db.select().from(apiTokens).where(eq(apiTokens.organisationId, organisation.id))).toHaveLength(1);
  });

  it("stops working when revoked, when expired, and when its owner is deactivated (for good)", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent, here, worker } = await caseworkerWithCases(organisation);
    const revoked = await personalToken(agent);
    const answer = await agent.request("POST", `/api/integrations/tokens/${revoked.id}/revoke`);
    expect(answer.json()).toMatchObject({ isUsable: false, canRevoke: false });
    expect((await withToken(revoked.secret, "GET", `/api/cases/${here.id}`)).statusCode).toBe(401);

    const expiring = await agent.request("POST", "/api/integrations/tokens", { name: "Short", scope: "read", expiresOn: daysAhead(1) });
    const { secret: shortLived } = expiring.json<{ secret: string }>();
    expect((await withToken(shortLived, "GET", `/api/cases/${here.id}`)).statusCode).toBe(200);
    clock.advanceMinutes(3 * 24 * 60);
    expect((await withToken(shortLived, "GET", `/api/cases/${here.id}`)).statusCode).toBe(401);

    const administrator = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const fresh = await personalToken(await signInAs(app, worker, deps.now()));
    expect((await withToken(fresh.secret, "GET", `/api/cases/${here.id}`)).statusCode).toBe(200);
    expect((await administrator.request("POST", `/api/users/${worker.id}/deactivate`)).statusCode).toBe(200);
    expect((await withToken(fresh.secret, "GET", `/api/cases/${here.id}`)).statusCode).toBe(401);
    expect((await administrator.request("POST", `/api/users/${worker.id}/reactivate`)).statusCode).toBe(200);
    expect((await withToken(fresh.secret, "GET", `/api/cases/${here.id}`)).statusCode).toBe(401);
  });

  it("refuses bad input naming the field, and changes nothing", async () => {
    const organisation = await createOrganisation(deps.db);
    const { agent } = await caseworkerWithCases(organisation);
    const before = await organisationSnapshot(deps.db, organisation.id);
    for (const [body, field] of [
      [{ name: "Too long", scope: "read", expiresOn: daysAhead(400) }, "body.expiresOn"],
      [{ name: "Yesterday", scope: "read", expiresOn: daysAhead(-1) }, "body.expiresOn"],
      [{ name: "", scope: "read", expiresOn: daysAhead(5) }, "body.name"],
      [{ name: "Scope", scope: "admin", expiresOn: daysAhead(5) }, "body.scope"],
    ] as const) {
      const response = await agent.request("POST", "/api/integrations/tokens", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("gives a service account the roles an administrator chose: its token sees that site only, and never as an administrator", async () => {
    const organisation = await createOrganisation(deps.db);
    const { here, elsewhere } = await caseworkerWithCases(organisation);
    const administrator = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const refused = await administrator.request("POST", "/api/integrations/service-accounts", { name: "Too powerful", description: "", grants: [{ role: "administrator", siteId: null }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe("body.grants.0.role");
    const account = await administrator.request("POST", "/api/integrations/service-accounts", { name: "Council case system", description: "Nightly copy of closures", grants: [{ role: "caseworker", siteId: organisation.siteIds[0] }] });
    expect(account.statusCode, account.body).toBe(201);
    const made = await administrator.request("POST", "/api/integrations/service-tokens", { name: "Nightly", scope: "read", expiresOn: daysAhead(90), serviceAccountId: account.json().id });
    expect(made.statusCode, made.body).toBe(201);
    const { secret, token } = made.json<{ secret: string; token: { id: string; ownerName: string } }>();
    expect(token.ownerName).toBe("Council case system");
    expect((await withToken(secret, "GET", `/api/cases/${here.id}`)).statusCode).toBe(200);
    expect((await withToken(secret, "GET", `/api/cases/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await withToken(secret, "GET", "/api/users")).statusCode).toBe(403);
    const unknown = await administrator.request("POST", "/api/integrations/service-tokens", { name: "Nightly", scope: "read", expiresOn: daysAhead(90), serviceAccountId: here.id });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe("body.serviceAccountId");
    expect((await administrator.request("POST", `/api/integrations/service-tokens/${token.id}/revoke`)).statusCode).toBe(200);
    expect((await withToken(secret, "GET", `/api/cases/${here.id}`)).statusCode).toBe(401);
  });
});
