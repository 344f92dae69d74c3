import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createTestCase } from "../../../test/case-factories.js";
import { panelExcerpts } from "../../db/schema.js";
import { createTestSession } from "../../sessions/test-support.js";
import { panelTeam } from "./test-support.js";

const { app, deps } = await testApp();

const notes = "Met at the library.  She said the new group\nmeets on Fridays and asks for money. Mother worried.";

async function escalatedWithNotes() {
  const team = await panelTeam(app, deps);
  const session = await createTestSession(deps, team.kase, [team.users.caseworker.id], { notes });
  const id = (await team.agents.caseworker.request("POST", `/api/cases/${team.kase.id}/escalations`, { reason: "Pressure from a group.", riskSummary: "Money asked for.", isUrgent: false })).json().id as string;
  return { ...team, session, id, put: (agent: typeof team.agents.lead, body: object) => agent.request("PUT", `/api/panel/escalations/${id}/excerpts`, body) };
}

describe("panel.escalations.excerpts", () => {
  it("lets the site's safeguarding lead choose passages found word for word in the notes, spacing aside", async () => {
    const { agents, session, id, put } = await escalatedWithNotes();
    const chosen = await put(agents.lead, { excerpts: [{ sessionId: session.id, text: "the new group meets on Fridays" }], version: 1 });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ version: 2, excerpts: [{ sessionId: session.id, text: "the new group meets on Fridays" }] });
    const replaced = await put(agents.lead, { excerpts: [{ sessionId: session.id, text: "asks for money" }], version: 2 });
    expect(replaced.json().excerpts).toEqual([expect.objectContaining({ text: "asks for money" })]);
    expect(await deps.db.select().from(panelExcerpts).where(eq(panelExcerpts.escalationId, id))).toHaveLength(1);
  });

  it("refuses a passage not in the notes, or from another case's session, naming which excerpt; nothing changes", async () => {
    const { organisation, users, agents, session, put, id } = await escalatedWithNotes();
    const other = await createTestCase(deps, organisation, users.lead.id);
    const otherSession = await createTestSession(deps, other.kase, [users.caseworker.id], { notes });
    const invented = await put(agents.lead, { excerpts: [{ sessionId: session.id, text: "Met at the library." }, { sessionId: session.id, text: "She is planning to travel." }], version: 1 });
    expect(invented.statusCode).toBe(422);
    expect(invented.json().error.fields).toEqual([{ path: "body.excerpts.1.text", message: "Excerpt 2 is not found word for word in that session's notes." }]);
    const elsewhere = await put(agents.lead, { excerpts: [{ sessionId: otherSession.id, text: "Met at the library." }], version: 1 });
    expect(elsewhere.json().error.fields).toEqual([expect.objectContaining({ path: "body.excerpts.0.sessionId" })]);
    expect(await deps.db.select().from(panelExcerpts).where(eq(panelExcerpts.escalationId, id))).toEqual([]);
  });

  it("is for the site's safeguarding lead only (403), with the version seen (409)", async () => {
    const { agents, session, put } = await escalatedWithNotes();
    const body = { excerpts: [{ sessionId: session.id, text: "Mother worried." }], version: 1 };
    expect((await put(agents.caseworker, body)).statusCode).toBe(403);
    expect((await put(agents.manager, body)).statusCode).toBe(403);
    expect((await put(agents.otherLead, body)).statusCode).toBe(404);
    expect((await put(agents.lead, { ...body, version: 3 })).statusCode).toBe(409);
  });
});
