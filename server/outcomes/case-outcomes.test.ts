import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, type TestOrganisation } from "../../test/factories.js";
import { expectCleanRefusal, type Agent } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { signedInTeam } from "../../test/team.js";
import { auditEvents, caseEvents, caseOutcomes, supportVocabulary } from "../db/schema.js";

const { app, deps } = await testApp();

const today = () => new Date(deps.now().getTime() - 86_400_000).toISOString().slice(0, 10);
const housing = () => ({ code: "secured_housing", achievedOn: today(), evidence: "Tenancy agreement seen at the home visit." });
const abstinent = () => ({ code: "abstinent_28_days", achievedOn: "2024-03-01", evidence: "Four clean weekly tests, confirmed by the GP." });

async function openCase(organisation: TestOrganisation) {
  const team = await signedInTeam(app, deps, organisation);
  const { kase, person } = await createTestCase(deps, organisation, team.managerUser.id, { keyWorkerId: team.caseworkerUser.id });
  return { ...team, kase, person };
}

const close = (agent: Agent, caseId: string, outcomes: unknown[] | undefined, version = 2) =>
  agent.request("POST", `/api/cases/${caseId}/transitions`, { event: { type: "close", reason: "goals_achieved", outcome: "improved" }, reason: "Plan completed.", version, ...(outcomes ? { outcomes } : {}) });

describe("case-outcomes", () => {
  it("closes a case with two outcomes: stored with the closure, evidence encrypted, counted on the timeline, audited", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, caseworker, kase } = await openCase(organisation);
    const closed = await close(manager, kase.id, [housing(), abstinent()], kase.version);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ state: "closed", closureReason: "goals_achieved" });
    const closing = closed.json<{ timeline: { type: string; details: Record<string, unknown> }[] }>().timeline.find((entry) => entry.type === "close");
    expect(closing?.details).toMatchObject({ outcomeCount: 2 });

    const rows = await deps.db.select().from(caseOutcomes).where(eq(caseOutcomes.caseId, kase.id));
    expect(rows.map((row) => [row.code, row.siteId, row.organisationId]).sort()).toEqual([
      ["abstinent_28_days", kase.siteId, organisation.id],
      ["secured_housing", kase.siteId, organisation.id],
    ]);
    for (const row of rows) expect(Buffer.from(row.evidence).toString("latin1")).not.toMatch(/Tenancy|clean weekly/);

    const read = await caseworker.request("GET", `/api/cases/${kase.id}/outcomes`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      items: [
        { code: "abstinent_28_days", achievedOn: "2024-03-01", evidence: abstinent().evidence, recordedByName: "Test User" },
        { code: "secured_housing", evidence: housing().evidence },
      ],
      abilities: { add: false },
    });
    const actions = (await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, kase.id))).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["case.close", "case.outcomes_recorded", "case.outcomes_read"]));
  });

  it("refuses an unknown, retired, repeated or future outcome with 422 naming the row and field, and the case stays open", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, kase } = await openCase(organisation);
    await deps.db.insert(supportVocabulary).values({ organisationId: organisation.id, list: "closure_outcome", code: "reduced_use", isRetired: true, updatedAt: deps.now() });
    const before = await organisationSnapshot(deps.db, organisation.id);
    const attempts: [unknown[], string][] = [
      [[housing(), { ...abstinent(), code: "won_the_lottery" }], "body.outcomes.1.code"],
      [[{ ...housing(), code: "reduced_use" }], "body.outcomes.0.code"],
      [[housing(), housing()], "body.outcomes.1.code"],
      [[{ ...housing(), achievedOn: "2999-01-01" }], "body.outcomes.0.achievedOn"],
    ];
    for (const [outcomes, path] of attempts) {
      const response = await close(manager, kase.id, outcomes, kase.version);
      expectCleanRefusal(response);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.fields.map((field: { path: string }) => field.path)).toEqual([path]);
    }
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);
    expect((await manager.request("GET", `/api/cases/${kase.id}`)).json().state).toBe("assessment");
  });

  it("takes outcomes only when closing, and only from a manager", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, caseworker, kase } = await openCase(organisation);
    const notClosing = await caseworker.request("POST", `/api/cases/${kase.id}/transitions`, { event: { type: "begin_support", tier: "low_level" }, reason: "Assessed.", version: kase.version, outcomes: [housing()] });
    expect(notClosing.statusCode).toBe(400);
    expect(notClosing.json().error.fields).toEqual([{ path: "body.outcomes", message: "Only closing a case records outcomes." }]);
    expect((await close(caseworker, kase.id, [housing()], kase.version)).statusCode).toBe(403);
    const closedWithout = await close(manager, kase.id, undefined, kase.version);
    expect(closedWithout.statusCode, closedWithout.body).toBe(200);
    expect((await manager.request("GET", `/api/cases/${kase.id}/outcomes`)).json()).toEqual({ items: [], abilities: { add: true } });
  });

  it("adds outcomes noticed after closure (a manager, on the closed case), not twice the same, with a timeline entry", async () => {
    const organisation = await createOrganisation(deps.db);
    const { manager, caseworker, kase } = await openCase(organisation);
    expect((await manager.request("POST", `/api/cases/${kase.id}/outcomes`, { outcomes: [housing()] })).statusCode).toBe(403);
    await close(manager, kase.id, [housing()], kase.version);

    expect((await caseworker.request("POST", `/api/cases/${kase.id}/outcomes`, { outcomes: [abstinent()] })).statusCode).toBe(403);
    const again = await manager.request("POST", `/api/cases/${kase.id}/outcomes`, { outcomes: [abstinent(), housing()] });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.fields).toEqual([{ path: "body.outcomes.1.code", message: 'Outcome "secured_housing" is already recorded on this case.' }]);

    const added = await manager.request("POST", `/api/cases/${kase.id}/outcomes`, { outcomes: [abstinent()] });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<{ items: { code: string }[] }>().items.map((item) => item.code)).toEqual(["abstinent_28_days", "secured_housing"]);
    const [event] = await deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, kase.id), eq(caseEvents.type, "outcomes_added")));
    expect(event?.details).toEqual({ outcomeCount: 1 });
  });

  it("tells a mentor who is not on the case that it does not exist", async () => {
    const organisation = await createOrganisation(deps.db);
    const { mentor, manager, kase } = await openCase(organisation);
    await close(manager, kase.id, [housing()], kase.version);
    expect((await mentor.request("GET", `/api/cases/${kase.id}/outcomes`)).statusCode).toBe(404);
  });
});
