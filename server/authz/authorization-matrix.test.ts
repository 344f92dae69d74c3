/**
 * Every endpoint × every role, plus no session and records out of scope, against the declared
 * expectations in test/authz/. After every refusal the organisation's data is
 * re-read to prove nothing changed.
 */
import { describe, expect, it } from "vitest";
import { roles, type Role } from "../../core/roles.js";
import { testApp } from "../../test/app.js";
import { buildWorld, expectations, type World } from "../../test/authz/index.js";
import { createUser } from "../../test/factories.js";
import { signInAs, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";

const { app, deps } = await testApp();
const endpoints = app.routeTable.filter((route) => !route.url.startsWith("/api/docs") && !route.url.startsWith("/api/health"));
const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

async function actorWith(world: World, role: Role): Promise<Agent> {
  const user = await createUser(deps.db, deps.vault, world.home, { role });
  return signInAs(app, user, deps.now());
}

describe("authorisation matrix", () => {
  it("declares an expectation for every endpoint the app registers", () => {
    const undeclared = endpoints.map(keyOf).filter((key) => !(key in expectations));
    expect(undeclared).toEqual([]);
    const stale = Object.keys(expectations).filter((key) => !endpoints.some((route) => keyOf(route) === key));
    expect(stale).toEqual([]);
  });

  describe.each(endpoints.map((route) => [keyOf(route), route] as const))("%s", (key, route) => {
    const expectation = expectations[key];
    if (!expectation) return;
    // Where a refusal is itself audited, the audit trail may grow and nothing else may change.
    const snapshotOf = async (organisationId: string) => {
      const snapshot = await organisationSnapshot(deps.db, organisationId);
      return expectation.auditsRefusals ? { ...snapshot, audit_events: "(refusals audited)" } : snapshot;
    };

    it.runIf(expectation.allowed !== "public")("refuses a caller with no session (401) and changes nothing", async () => {
      const world = await buildWorld(deps);
      const call = await expectation.call(world, "administrator");
      const before = await organisationSnapshot(deps.db, world.home.id);
      const response = await app.inject({ method: route.method as "GET", url: call.url, ...(call.body ? { payload: call.body } : {}) });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("unauthenticated");
      expect(await organisationSnapshot(deps.db, world.home.id)).toEqual(before);
    });

    it.each(roles)("answers a %s as declared", async (role) => {
      const world = await buildWorld(deps);
      const agent = await actorWith(world, role);
      const call = await expectation.call(world, role);
      const isAllowed =
        expectation.allowed === "signed-in" || expectation.allowed === "public" || expectation.allowed.includes(role);
      const before = await snapshotOf(world.home.id);
      const response = await agent.request(route.method, call.url, call.body);
      const refusal = expectation.statusFor?.[role] ?? 403;
      if (isAllowed) {
        expect(response.statusCode, response.body).toBe(expectation.success);
      } else {
        expect(response.statusCode, response.body).toBe(refusal);
        expect(response.json().error.code).toBe(refusal === 404 ? "not_found" : "forbidden");
        expect(await snapshotOf(world.home.id)).toEqual(before);
      }
    });

    it.runIf(expectation.unseen !== undefined)("answers 404 for a record the caller cannot see, and changes nothing", async () => {
      for (const role of expectation.unseenFor ?? (["administrator"] as const)) {
        const world = await buildWorld(deps);
        const agent = await actorWith(world, role);
        const call = await expectation.unseen!(world, role);
        const before = [await snapshotOf(world.home.id), await snapshotOf(world.other.id)];
        const response = await agent.request(route.method, call.url, call.body);
        expect(response.statusCode, `${role}: ${response.body}`).toBe(404);
        expect([await snapshotOf(world.home.id), await snapshotOf(world.other.id)]).toEqual(before);
      }
    });
  });
});
