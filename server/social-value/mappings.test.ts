import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { defaultClosureOutcomes } from "../../core/support/vocabulary.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { auditEvents } from "../db/schema.js";
import { socialValueSnapshot } from "./test-support.js";

const { app, deps } = await testApp();

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const admin = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "administrator" }), deps.now());
  const list = (await admin.request("GET", "/api/social-value/mappings")).json();
  return { organisation, admin, list };
}

interface Line {
  entryCode: string;
  deadweight: number;
  rationale: Record<string, string>;
}
type Listed = { outcomeCode: string; mapping: { version: number; lines: Line[] } | null };
const mappingOf = (list: { outcomes: Listed[] }, outcomeCode: string) => list.outcomes.find((outcome) => outcome.outcomeCode === outcomeCode)!.mapping!;
const url = "/api/social-value/mappings/abstinent_28_days";

describe("social value.mappings", () => {
  it("lists every standard outcome with how it is valued and the reason for each assumption", async () => {
    const { list } = await setUp();
    expect(list.outcomes.map((outcome: Listed) => outcome.outcomeCode)).toEqual([...defaultClosureOutcomes]);
    const abstinent = mappingOf(list, "abstinent_28_days");
    expect(abstinent).toMatchObject({ version: 1, lines: [{ entryCode: "HE2.0.1", valueKinds: ["fiscal"], quantity: 1, durationYears: 2, deadweight: 0.3, attribution: 0.4, displacement: 0, dropOff: 0.5, confidenceGrade: 4 }] });
    expect(abstinent.lines[0]!.rationale.deadweight).toMatch(/30%/);
    // The catalogue's entries come with it, for choosing an entry on the form.
    expect(list.entries.some((entry: { code: string }) => entry.code === "HE2.0.1")).toBe(true);
  });

  it("keeps a changed assumption as the mapping's next version, audited without its words", async () => {
    const { admin, organisation, list } = await setUp();
    const [line] = mappingOf(list, "abstinent_28_days").lines;
    const changed = await admin.request("PUT", url, { lines: [{ ...line, deadweight: 0.5, rationale: { ...line!.rationale, deadweight: "Half would have stopped anyway." } }], version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(mappingOf(changed.json(), "abstinent_28_days")).toMatchObject({ version: 2, lines: [{ deadweight: 0.5, rationale: { deadweight: "Half would have stopped anyway." } }] });
    const audits = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, "social_value.mapping_changed")));
    expect(audits.map((event) => event.details)).toEqual([{ outcomeCode: "abstinent_28_days", version: 2, lines: 1 }]);
    expect(JSON.stringify(audits)).not.toContain("Half would have stopped");
  });

  it("refuses a change made to a version someone has since replaced, changing nothing", async () => {
    const { admin, organisation, list } = await setUp();
    const [line] = mappingOf(list, "abstinent_28_days").lines;
    await admin.request("PUT", url, { lines: [{ ...line, deadweight: 0.5 }], version: 1 });
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const stale = await admin.request("PUT", url, { lines: [{ ...line, deadweight: 0.2 }], version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("refuses lines that cannot be valued, naming the line and field, and changes nothing", async () => {
    const { admin, organisation, list } = await setUp();
    const [line] = mappingOf(list, "abstinent_28_days").lines;
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const unknown = await admin.request("PUT", url, { lines: [{ ...line, entryCode: "NOPE1.0" }], version: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([{ path: "body.lines.0.entryCode", message: "This entry is not in the catalogue." }]);
    const noSocial = await admin.request("PUT", url, { lines: [{ ...line, valueKinds: ["fiscal", "social"] }], version: 1 });
    expect(noSocial.json().error.fields).toEqual([{ path: "body.lines.0.valueKinds", message: "This entry has no social value." }]);
    // HE2.0 includes HE2.0.1: one outcome may not count both.
    const stacked = await admin.request("PUT", url, { lines: [line, { ...line, entryCode: "HE2.0" }], version: 1 });
    expect(stacked.json().error.fields).toEqual([{ path: "body.lines.1.entryCode", message: "HE2.0.1 and HE2.0 value the same thing: keep one." }]);
    const share = await admin.request("PUT", url, { lines: [{ ...line, deadweight: 1.5 }], version: 1 });
    expect(share.statusCode).toBe(400);
    expect(share.json().error.fields).toContainEqual({ path: "body.lines.0.deadweight", message: "A share is at most 1 (100%)." });
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });

  it("answers 404 for an outcome the organisation does not have", async () => {
    const { admin, organisation, list } = await setUp();
    const [line] = mappingOf(list, "abstinent_28_days").lines;
    const before = await socialValueSnapshot(deps.db, organisation.id);
    const response = await admin.request("PUT", "/api/social-value/mappings/won_the_lottery", { lines: [line], version: 0 });
    expect(response.statusCode).toBe(404);
    expect(await socialValueSnapshot(deps.db, organisation.id)).toEqual(before);
  });
});
