import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastWholeFinancialYear } from "../../core/social-value/index.js";
import { testApp } from "../../test/app.js";
import { createOrganisation, createUser } from "../../test/factories.js";
import { signInAs } from "../../test/http.js";
import { inTransaction } from "../db/client.js";
import { socialValueCalculations } from "../db/schema.js";
import { createTestSpend } from "../funding/test-support.js";
import { createTestContract, linkCommissioner } from "../reporting/contracts/test-support.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { seedDemoSocialValue } from "./demo-social-value.js";
import { recordOutcomes } from "./test-support.js";

const { app, deps } = await testApp();

describe("demo.social value", () => {
  it("makes Birmingham's report of last financial year, and the council contract's, published for its commissioner", async () => {
    const organisation = await createOrganisation(deps.db);
    const admin = await createUser(deps.db, deps.vault, organisation, { role: "administrator" });
    const year = lastWholeFinancialYear(lastCompleteMonth(deps.now()));
    await recordOutcomes(deps.db, organisation, { code: "abstinent_28_days", achievedOn: `${year.from}-15`, times: 9 });
    await recordOutcomes(deps.db, organisation, { code: "secured_housing", achievedOn: `${year.to}-02`, times: 2 });
    await createTestSpend(deps.db, organisation, admin.id, { month: year.from, amountPence: 2_000_000 });
    const contract = await createTestContract(deps.db, organisation, { name: "Birmingham community recovery and safeguarding 2025–27" });

    const seeded = await inTransaction(deps.db, (tx) => seedDemoSocialValue(tx, { organisationId: organisation.id, birminghamId: organisation.siteIds[0], administratorId: admin.id, now: deps.now() }));
    expect(seeded).toEqual({ calculations: 2 });
    const made = await deps.db.select().from(socialValueCalculations).where(eq(socialValueCalculations.organisationId, organisation.id));
    expect(made.map((row) => [row.contractId, row.monthFrom, row.monthTo, row.sequence])).toEqual(
      expect.arrayContaining([
        [null, year.from, year.to, 1],
        [contract.id, year.from, year.to, 1],
      ]),
    );
    for (const row of made) {
      expect(row.costBasis).toMatchObject({ source: "spend", totalPence: 2_000_000 });
      expect(row.result.total.netPresentValuePence).toBeGreaterThan(0);
    }

    const commissionerUser = await createUser(deps.db, deps.vault, organisation, { role: "commissioner" });
    await linkCommissioner(deps.db, commissionerUser.id, contract.funderId);
    const commissioner = await signInAs(app, commissionerUser, deps.now());
    const reports = (await commissioner.request("GET", "/api/social-value/reports")).json().reports;
    expect(reports.map((report: { contractId: string }) => report.contractId)).toEqual([contract.id]);
  });
});
