/**
 * Bad input on every endpoint: malformed JSON, wrong types, missing and unknown fields, huge
 * strings, deep nesting, invalid UTF-8, and generated junk. Each must get a clear 4xx in the one
 * error shape, with no internals, and leave the organisation's data unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { buildWorld, expectations } from "../../test/authz/index.js";
import { createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";

const { app, deps } = await testApp();
const endpoints = app.routeTable.filter(
  (route) => route.method !== "GET" && !route.url.startsWith("/api/docs"),
);

async function setting(route: { method: string; url: string }) {
  const world = await buildWorld(deps);
  const admin = await createUser(deps.db, deps.vault, world.home, { role: "administrator" });
  const agent = await signInAs(app, admin, deps.now());
  const call = await expectations[`${route.method} ${route.url}`]!.call(world, "administrator");
  const send = (payload: string | Buffer, contentType = "application/json") =>
    app.inject({
      method: route.method as "POST",
      url: call.url,
      headers: { cookie: `pathways_session=${agent.cookie}`, "x-csrf-token": agent.csrfToken, "content-type": contentType },
      payload,
    });
  const snapshot = () => organisationSnapshot(deps.db, world.home.id);
  return { call, send, snapshot };
}

const hugeString = "x".repeat(1024 * 1024);
const deepJson = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

function variantsOf(body: unknown): [string, string | Buffer][] {
  const object = (body ?? {}) as Record<string, unknown>;
  const keys = Object.keys(object);
  return [
    ["malformed JSON", '{"name": '],
    ["a JSON array", "[1,2,3]"],
    ["a bare string", '"hello"'],
    ["deeply nested JSON", deepJson],
    ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ["an unknown field", JSON.stringify({ ...object, isAdmin: true })],
    ...(keys.length > 0
      ? ([
          ["no fields", "{}"],
          ["wrong types", JSON.stringify(Object.fromEntries(keys.map((key) => [key, 12345])))],
          ["null values", JSON.stringify(Object.fromEntries(keys.map((key) => [key, null])))],
          ["1 MB strings", JSON.stringify(Object.fromEntries(keys.map((key) => [key, hugeString])))],
        ] satisfies [string, string][])
      : []),
  ];
}

describe("bad input", () => {
  describe.each(endpoints.map((route) => [`${route.method} ${route.url}`, route] as const))("%s", (_key, route) => {
    it("refuses every malformed body with a clear 4xx and changes nothing", async () => {
      const { call, send, snapshot } = await setting(route);
      for (const [label, payload] of variantsOf(call.body)) {
        const before = await snapshot();
        const response = await send(payload);
        expectCleanRefusal(response);
        expect(await snapshot(), label).toEqual(before);
      }
    });

    it("names the invalid fields", async (context) => {
      const { call, send } = await setting(route);
      const body = call.body as Record<string, unknown> | undefined;
      if (!body) return context.skip("this endpoint takes no input");
      const response = await send(JSON.stringify(Object.fromEntries(Object.keys(body).map((key) => [key, 12345]))));
      expect(response.statusCode).toBe(400);
      const fields = (JSON.parse(response.body) as { error: { fields?: { path: string }[] } }).error.fields ?? [];
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.every((field) => field.path.startsWith("body"))).toBe(true);
    });

    // No endpoint takes a file yet. The first that does must add upload cases here (path traversal
    // in names, enormous CSV and XLSX files, zip bombs); until then, this fails if one appears.
    it("refuses file uploads and spreadsheets with 415, changing nothing", async () => {
      const { send, snapshot } = await setting(route);
      const before = await snapshot();
      const boundary = "pathways-upload-boundary";
      const multipart = [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="../../../etc/passwd"',
        "Content-Type: text/csv",
        "",
        "name,dob\nMohammed Khan,2001-02-03",
        `--${boundary}--`,
        "",
      ].join("\r\n");
      const uploads: [string, string][] = [
        [multipart, `multipart/form-data; boundary=${boundary}`],
        ["name,dob\nMohammed Khan,2001-02-03", "text/csv"],
        ["PK\u0003\u0004", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ];
      for (const [payload, contentType] of uploads) {
        const response = await send(payload, contentType);
        expect(response.statusCode, contentType).toBe(415);
        expectCleanRefusal(response);
      }
      expect(await snapshot()).toEqual(before);
    });

    it("never answers generated junk with a 5xx", async () => {
      const { send, snapshot } = await setting(route);
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
          const response = await send(JSON.stringify(value));
          expect(response.statusCode, response.body.slice(0, 200)).toBeLessThan(500);
        }),
        { numRuns: 25 },
      );
      // Junk that happens to be valid could change something; the generator almost never produces
      // a valid body, and a valid one would be a success, not a failure of this test.
      const after = await snapshot();
      expect(Object.keys(after)).toEqual(Object.keys(before));
    });
  });

  it("refuses a wrong media type with 415", async () => {
    const { send } = await setting({ method: "POST", url: "/api/sites" });
    const response = await send("name=Leeds", "application/x-www-form-urlencoded");
    expect(response.statusCode).toBe(415);
    expectCleanRefusal(response);
  });

  it("refuses malformed ids in the path and query with field errors", async () => {
    const world = await buildWorld(deps);
    const admin = await createUser(deps.db, deps.vault, world.home, { role: "administrator" });
    const agent = await signInAs(app, admin, deps.now());
    for (const url of ["/api/users/not-a-uuid", "/api/sites/not-a-uuid/staff", "/api/cases/not-a-uuid/transfer-sites", "/api/users?page=-1", "/api/users?pageSize=100000", "/api/users?page=abc", "/api/audit/events?junk=1"]) {
      const response = await agent.request("GET", url);
      expect(response.statusCode, url).toBe(400);
      expectCleanRefusal(response);
    }
  });

  it("answers unknown API routes with the JSON 404", async () => {
    const response = await app.inject({ method: "GET", url: "/api/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: "Not found." } });
  });

  it("never asks for a session on a page address, so deep links reach the web app", async () => {
    const response = await app.inject({ method: "GET", url: "/invitation/some-token" });
    expect(response.statusCode).not.toBe(401);
  });
});
