import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../test/app.js";
import { createTestCase } from "../../test/case-factories.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { dataRightsRequests } from "../db/schema.js";
import { demoRelativePhone, seedDemoDataRights } from "./demo-data-rights.js";

const { app, deps } = await testApp();

describe("demo.data-rights", () => {
  it("leaves one open access request due within days, whose export offers the mother's phone for withholding", async () => {
    const organisation = await createOrganisation(deps.db);
    const keyWorkerUser = await createUser(deps.db, deps.vault, organisation, { role: "caseworker" });
    const officerUser = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer" });
    const { kase } = await createTestCase(deps, organisation, keyWorkerUser.id, { keyWorkerId: keyWorkerUser.id });
    await inTransaction(deps.db, (tx) =>
      seedDemoDataRights(tx, deps.vault, {
        organisationId: organisation.id,
        caseId: kase.id,
        keyWorker: { userId: keyWorkerUser.id, displayName: "Key worker", grants: [{ role: "caseworker", siteId: organisation.siteIds[0] }] },
        officer: { userId: officerUser.id, displayName: "Officer", grants: [{ role: "data_protection_officer", siteId: null }] },
        now: deps.now(),
      }),
    );
    const officer = await signInAs(app, officerUser, deps.now());
    const list = (await officer.request("GET", "/api/data-rights/requests")).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: "access", status: "received", urgency: "due_soon", clientReference: expect.any(String) });
    const items = (await officer.request("GET", `/api/data-rights/requests/${list.items[0].id}/export/items`)).json().items;
    expect(items.find((item: { kind: string }) => item.kind === "relative_phone")).toMatchObject({ value: demoRelativePhone, isSuggested: true });
    const rows = await deps.db.select().from(dataRightsRequests).where(eq(dataRightsRequests.organisationId, organisation.id));
    expect(rows[0]!.identityCheckMethod).toBe("known_to_staff");
  });
});
