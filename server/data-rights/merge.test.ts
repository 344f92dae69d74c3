import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { mergeClients } from "../clients/merge-clients.js";
import { actorFor } from "../clients/test-support.js";
import { inTransaction } from "../db/client.js";
import { dataRightsRequests } from "../db/schema.js";
import { createTestRequest } from "./test-support.js";

const { app, deps } = await testApp();

describe("data-rights.merge", () => {
  it("moves a request and its released copy with a merged client, readable under the kept client's key", async () => {
    const organisation = await createOrganisation(deps.db);
    const manager = await createUser(deps.db, deps.vault, organisation, { role: "team_manager" });
    const officer = await signInAs(app, await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" }), deps.now());
    const kept = await createTestCase(deps, organisation, manager.id);
    const duplicate = await createTestCase(deps, organisation, manager.id);
    const request = await createTestRequest(deps, organisation, { clientId: duplicate.client.id });
    const releaseId = (await officer.request("POST", `/api/data-rights/requests/${request.id}/export/release`)).json().releases[0].id as string;

    await inTransaction(deps.db, (tx) =>
      mergeClients(tx, actorFor(manager.id, organisation, "team_manager"), kept.client.id, { duplicateClientId: duplicate.client.id, reason: "Same person." }, { vault: deps.vault, now: deps.now(), requestId: "test" }),
    );

    const [row] = await deps.db.select().from(dataRightsRequests).where(eq(dataRightsRequests.id, request.id));
    expect(row!.clientId).toBe(kept.client.id);
    const detail = (await officer.request("GET", `/api/data-rights/requests/${request.id}`)).json();
    expect(detail).toMatchObject({ client: { id: kept.client.id }, requester: { name: "Requester Person" } });
    const download = await officer.request("GET", `/api/data-rights/requests/${request.id}/releases/${releaseId}/subject-access.json`);
    expect(download.statusCode).toBe(200);
    expect(download.json().request.reference).toBe(detail.reference);
  });
});
