import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { expectCleanRefusal, signInAs } from "../../test/http.js";
import { organisationSnapshot } from "../../test/snapshot.js";
import { auditEvents } from "../db/schema.js";

const { app, deps } = await testApp();

async function administrator() {
  const organisation = await createOrganisation(deps.db);
  const user = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
  return { organisation, user, agent: await signInAs(app, user, deps.now()) };
}

type Vocabulary = { interventionTypes: { code: string; label: string | null; specialism: string | null; isPartnerDelivered: boolean; isBuiltIn: boolean; isRetired: boolean }[]; closureOutcomes: { code: string; label: string | null; isBuiltIn: boolean; isRetired: boolean }[] };

describe("support-vocabulary", () => {
  it("lists the built-in intervention types and closure outcomes to anyone who works with client records", async () => {
    const organisation = await createOrganisation(deps.db);
    const mentor = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "mentor" }), deps.now());
    const response = await mentor.request("GET", "/api/support-vocabulary");
    expect(response.statusCode).toBe(200);
    const vocabulary = response.json<Vocabulary>();
    expect(vocabulary.interventionTypes.find((type) => type.code === "theology_sessions")).toEqual({ code: "theology_sessions", label: null, specialism: "theology", isPartnerDelivered: false, isBuiltIn: true, isRetired: false });
    expect(vocabulary.closureOutcomes.map((outcome) => outcome.code)).toContain("no_further_offending");
    const outreach = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "outreach_worker", isEnrolled: false }), deps.now());
    expect((await outreach.request("GET", "/api/support-vocabulary")).statusCode).toBe(403);
  });

  it("adds an intervention type and an outcome with their own labels, audited", async () => {
    const { organisation, agent } = await administrator();
    const added = await agent.request("POST", "/api/support-vocabulary/intervention-types", { code: "boxing_club", label: "Boxing club mentoring", specialism: "youth_work" });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<Vocabulary>().interventionTypes.find((type) => type.code === "boxing_club")).toEqual({ code: "boxing_club", label: "Boxing club mentoring", specialism: "youth_work", isPartnerDelivered: false, isBuiltIn: false, isRetired: false });
    const outcome = await agent.request("POST", "/api/support-vocabulary/closure-outcomes", { code: "volunteering", label: "Started volunteering" });
    expect(outcome.statusCode, outcome.body).toBe(201);
    expect(outcome.json<Vocabulary>().closureOutcomes.at(-1)).toMatchObject({ code: "volunteering", label: "Started volunteering", isBuiltIn: false });
    const events = await deps.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "support_vocabulary.added")));
    expect(events.map((event) => event.details)).toEqual(expect.arrayContaining([expect.objectContaining({ list: "intervention_type", code: "boxing_club" }), expect.objectContaining({ list: "closure_outcome", code: "volunteering" })]));
  });

  it("refuses a bad code, a duplicate code or label, and a specialism on an outcome, naming the field and changing nothing", async () => {
    const { organisation, agent } = await administrator();
    const before = await organisationSnapshot(deps.db, organisation.id);
    const cases: [unknown, string, string][] = [
      [{ code: "Boxing Club", label: "Boxing" }, "body.code", "validation_failed"],
      [{ code: "family_work", label: "Family" }, "body.code", "conflict"],
      [{ code: "boxing", label: "   " }, "body.label", "validation_failed"],
    ];
    for (const [body, path, code] of cases) {
      const response = await agent.request("POST", "/api/support-vocabulary/intervention-types", body);
      expectCleanRefusal(response);
      expect(response.json().error.code, JSON.stringify(body)).toBe(code);
      expect(response.json().error.fields.map((field: { path: string }) => field.path)).toContain(path);
    }
    const withSpecialism = await agent.request("POST", "/api/support-vocabulary/closure-outcomes", { code: "volunteering", label: "Volunteering", specialism: "cbt" });
    expect(withSpecialism.json().error.fields).toEqual([{ path: "body.specialism", message: "Only intervention types need a specialism." }]);
    expect(await organisationSnapshot(deps.db, organisation.id)).toEqual(before);

    await agent.request("POST", "/api/support-vocabulary/closure-outcomes", { code: "volunteering", label: "Volunteering" });
    const sameLabel = await agent.request("POST", "/api/support-vocabulary/closure-outcomes", { code: "volunteer", label: "volunteering" });
    expect(sameLabel.statusCode).toBe(409);
    expect(sameLabel.json().error.fields[0].path).toBe("body.label");
  });

  it("relabels a built-in and gives it its own label back; an added code keeps a label", async () => {
    const { agent } = await administrator();
    const relabelled = await agent.request("PUT", "/api/support-vocabulary/intervention-types/cbt_cravings/label", { label: "CBT group for cravings" });
    expect(relabelled.json<Vocabulary>().interventionTypes[0]).toMatchObject({ code: "cbt_cravings", label: "CBT group for cravings", isBuiltIn: true, specialism: "cbt" });
    const restored = await agent.request("DELETE", "/api/support-vocabulary/intervention-types/cbt_cravings/label");
    expect(restored.json<Vocabulary>().interventionTypes[0]).toMatchObject({ code: "cbt_cravings", label: null });
    await agent.request("POST", "/api/support-vocabulary/closure-outcomes", { code: "volunteering", label: "Volunteering" });
    const unlabelled = await agent.request("DELETE", "/api/support-vocabulary/closure-outcomes/volunteering/label");
    expect(unlabelled.statusCode).toBe(409);
    expect((await agent.request("PUT", "/api/support-vocabulary/closure-outcomes/not_a_code/label", { label: "X" })).statusCode).toBe(404);
  });

  it("retires a code (kept, marked retired) and brings it back, each change audited once", async () => {
    const { organisation, agent } = await administrator();
    const retired = await agent.request("POST", "/api/support-vocabulary/closure-outcomes/reduced_use/retire");
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json<Vocabulary>().closureOutcomes.find((outcome) => outcome.code === "reduced_use")).toMatchObject({ isRetired: true, label: null });
    // Retiring again changes nothing and records nothing.
    await agent.request("POST", "/api/support-vocabulary/closure-outcomes/reduced_use/retire");
    const back = await agent.request("POST", "/api/support-vocabulary/closure-outcomes/reduced_use/unretire");
    expect(back.json<Vocabulary>().closureOutcomes.find((outcome) => outcome.code === "reduced_use")?.isRetired).toBe(false);
    const actions = (await deps.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.organisationId, organisation.id))).map((row) => row.action);
    expect(actions.filter((action) => action.startsWith("support_vocabulary."))).toEqual(["support_vocabulary.retired", "support_vocabulary.unretired"]);
  });
});
