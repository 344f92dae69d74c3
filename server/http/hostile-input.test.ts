/**
 * Hostile text in names and free text, and junk in query strings and headers on every endpoint
 * that reads. Injection strings are data: stored and returned exactly as typed, never run.
 * Direction overrides, which can make a name read as another, are refused; invisible characters,
 * which make identical-looking names differ, are removed.
 */
import fc from "fast-check";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { buildWorld, expectations } from "../../test/authz/index.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { clients, referrals } from "../db/schema.js";

const { app, deps } = await testApp();

const sqlInjections = ["Robert'); DROP TABLE clients;--", "' OR '1'='1", "x\\'; select pg_sleep(5); --", "1; DELETE FROM referrals"];
const htmlInjections = ['<img src=x onerror="alert(1)">', "<script>alert('x')</script>", "{{constructor.constructor('alert(1)')()}}", "javascript:alert(1)"];

async function caseworkerAt() {
  const organisation = await createOrganisation(deps.db);
  const caseworker = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "caseworker" }), deps.now());
  const record = (givenName: string, concern = "Worried about him.") =>
    caseworker.request("POST", "/api/referrals", {
      siteId: organisation.siteIds[0],
      sourceCode: "family",
      person: { givenName, familyName: "Khan" },
      referrer: { name: "His aunt" },
      reasons: ["alcohol"],
      concern,
      urgency: "routine",
      isReferrerConsentGiven: true,
    });
  return { organisation, caseworker, record };
}

describe("hostile input", () => {
  it("stores SQL and HTML injection strings as plain text and gives them back exactly", async () => {
    const { caseworker, record } = await caseworkerAt();
    const [before] = await deps.db.select({ n: count() }).from(clients);
    for (const text of [...sqlInjections, ...htmlInjections]) {
      const recorded = await record(text, `Concern: ${text}`);
      expect(recorded.statusCode, recorded.body).toBe(201);
      const { id } = recorded.json();
      expect((await caseworker.request("POST", `/api/referrals/${id}/reveal`)).json().person.givenName).toBe(text);
      expect((await caseworker.request("GET", `/api/referrals/${id}`)).json().concern).toBe(`Concern: ${text}`);
      const search = await caseworker.request("GET", `/api/clients/search?givenName=${encodeURIComponent(text)}&familyName=Khan`);
      expect(search.statusCode, search.body).toBe(200);
    }
    // Every table is still there and nothing was deleted.
    const [after] = await deps.db.select({ n: count() }).from(clients);
    expect(after!.n).toBeGreaterThanOrEqual(before!.n);
    expect((await deps.db.select({ n: count() }).from(referrals))[0]!.n).toBeGreaterThan(0);
  });

  it("refuses names holding direction overrides or control characters, naming the field", async () => {
    const { record } = await caseworkerAt();
    for (const name of ["\u202Edammahom", "Ali\u202Dx", "Sa\u2066ra\u2069", "Zain\u0007", "Omar\u0000"]) {
      const response = await record(name);
      expectCleanRefusal(response);
      expect(response.json().error.fields).toContainEqual(expect.objectContaining({ path: "body.person.givenName" }));
    }
  });

  it("removes invisible characters from names but keeps the joiners that Urdu spelling needs", async () => {
    const { caseworker, record } = await caseworkerAt();
    const cases = [
      ["Moh\u200Bammed", "Mohammed"],
      ["\uFEFFAisha\u00AD", "Aisha"],
      ["Yus\u200Fuf\u2060", "Yusuf"],
      ["عبد\u200Cالله", "عبد\u200Cالله"],
      ["Ame\u0301lie", "Amélie"],
    ] as const;
    for (const [typed, stored] of cases) {
      const recorded = await record(typed);
      expect(recorded.statusCode, recorded.body).toBe(201);
      const revealed = (await caseworker.request("POST", `/api/referrals/${recorded.json().id}/reveal`)).json();
      expect(revealed.person.givenName).toBe(stored);
    }
    // A name of nothing but invisible characters is no name.
    expectCleanRefusal(await record("\u200B\u200B"));
  });

  it("refuses the NUL character in a query or a body field, naming it, where the database could not store it", async () => {
    const { caseworker, organisation } = await caseworkerAt();
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const search = await admin.request("GET", "/api/users?search=%00");
    expectCleanRefusal(search);
    expect(search.json().error.fields).toEqual([{ path: "query.search", message: expect.stringContaining("NUL") }]);
    const body = await caseworker.request("POST", "/api/referrals", {
      siteId: organisation.siteIds[0],
      sourceCode: "school_college",
      person: { givenName: "Adam" },
      referrer: { name: "Head of year", organisation: "Park\u0000 School" },
      reasons: ["alcohol"],
      concern: "Drinking before school.",
      urgency: "routine",
      isReferrerConsentGiven: true,
    });
    expectCleanRefusal(body);
    expect(body.json().error.fields).toEqual([{ path: "body.referrer.organisation", message: expect.stringContaining("NUL") }]);
  });

  const reads = app.routeTable.filter((route) => route.method === "GET" && route.url.startsWith("/api/") && !route.url.startsWith("/api/docs"));

  it.each(reads.map((route) => [`${route.method} ${route.url}`] as const))("answers junk query strings on %s with a 2xx or a clean 4xx", async (key) => {
    const world = await buildWorld(deps);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, world.home, { role: "administrator" }), deps.now());
    // The health check is outside the matrix: it takes no session and has no parameters.
    const expectation = expectations[key];
    const { url } = expectation ? await expectation.call(world, "administrator") : { url: key.split(" ")[1]! };
    const path = url.split("?")[0]!;
    const junk = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...sqlInjections, ...htmlInjections, "%00", "%ff%fe", "../../etc/passwd", "-1", "1e309", "NaN", "[]", "{}", "a".repeat(5000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("page", "pageSize", "siteId", "status", "search", "q", "givenName", "reference", "unreadOnly", "isMine", "x"), junk, { maxKeys: 3 }), async (query) => {
        const search = Object.entries(query)
          .map(([name, value]) => `${name}=${value.startsWith("%") ? value : encodeURIComponent(value)}`)
          .join("&");
        const response = await admin.request("GET", `${path}?${search}`);
        if (response.statusCode >= 400) expectCleanRefusal(response);
        else expect(response.statusCode).toBeLessThan(300);
      }),
      { numRuns: 15 },
    );
  });

  it("answers junk headers with a 2xx or a clean 4xx", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
    const headerValue = fc.oneof(
      fc.string({ maxLength: 200 }).filter((value) => /^[\t\x20-\x7e]*$/.test(value)),
      fc.constantFrom("", "a".repeat(8000), "ur;q=abc", "*/*;q=2", "gzip, deflate, br, zstd, xyz", "application/json; charset=utf-7", "pathways_session=../../etc"),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("accept", "accept-language", "accept-encoding", "cookie", "x-csrf-token", "content-type", "x-forwarded-for", "if-none-match", "range"), headerValue, fc.constantFrom("GET", "POST"), async (name, value, method) => {
        const response = await app.inject({
          method,
          url: "/api/sites",
          headers: { cookie: `pathways_session=${admin.cookie}`, "x-csrf-token": admin.csrfToken, "content-type": "application/json", [name]: value },
          ...(method === "POST" ? { payload: JSON.stringify({ name: `Junk header site ${Math.random().toString(36).slice(2, 8)}` }) } : {}),
        });
        if (response.statusCode >= 400) expectCleanRefusal(response);
        else expect(response.statusCode).toBeLessThan(300);
      }),
      { numRuns: 60 },
    );
  });
});
