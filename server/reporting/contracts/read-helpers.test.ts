import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser, type TestOrganisation } from "../../../test/factories.js";
import type { RoleGrant } from "../../../core/roles.js";
import { funders } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { contractsForCommissioner, findContractFor, funderOfCommissioner } from "./queries.js";
import { createTestContract, createTestFunder, linkCommissioner } from "./test-support.js";

const { deps } = await testApp();

/** An actor as the session hook would build it, without signing in. */
async function actorWith(organisation: TestOrganisation, role: RoleGrant["role"], site?: 0 | 1): Promise<Actor> {
  const user = await createUser(deps.db, deps.vault, organisation, { role, ...(site === undefined ? {} : { site }) });
  const grant = { role, siteId: role === "team_manager" ? organisation.siteIds[site ?? 0] : null };
  return {
    userId: user.id,
    organisationId: organisation.id,
    organisationName: organisation.name,
    email: user.email,
    displayName: "Test User",
    language: "en",
    isSecondFactorEnrolled: true,
    grants: [grant],
    session: { tokenHash: "", mfaState: "complete", csrfToken: "", idleMinutes: 30 },
  };
}

describe("reporting.contracts read helpers", () => {
  it("lets a commissioner reach its own funder's contracts only, and nothing once the funder is deactivated", async () => {
    const organisation = await createOrganisation(deps.db);
    const [funder, otherFunder] = await Promise.all([createTestFunder(deps.db, organisation), createTestFunder(deps.db, organisation)]);
    const [ours, second, theirs] = await Promise.all([
      createTestContract(deps.db, organisation, { funderId: funder.id, name: "A contract" }),
      createTestContract(deps.db, organisation, { funderId: funder.id, name: "B contract" }),
      createTestContract(deps.db, organisation, { funderId: otherFunder.id }),
    ]);
    const commissioner = await actorWith(organisation, "commissioner");
    await linkCommissioner(deps.db, commissioner.userId, funder.id);

    expect((await funderOfCommissioner(deps.db, commissioner))?.id).toBe(funder.id);
    expect((await findContractFor(deps.db, commissioner, ours.id)).id).toBe(ours.id);
    await expect(findContractFor(deps.db, commissioner, theirs.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await contractsForCommissioner(deps.db, commissioner)).map((contract) => contract.id).sort()).toEqual([ours.id, second.id].sort());

    await deps.db.update(funders).set({ isActive: false }).where(eq(funders.id, funder.id));
    expect(await funderOfCommissioner(deps.db, commissioner)).toBeNull();
    expect(await contractsForCommissioner(deps.db, commissioner)).toEqual([]);
    await expect(findContractFor(deps.db, commissioner, ours.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("gives a commissioner with no funder nothing, an administrator any contract of the organisation, and everyone else none", async () => {
    const organisation = await createOrganisation(deps.db);
    const contract = await createTestContract(deps.db, organisation);
    const theirs = await createTestContract(deps.db, await createOrganisation(deps.db));
    const unlinked = await actorWith(organisation, "commissioner");
    expect(await funderOfCommissioner(deps.db, unlinked)).toBeNull();
    expect(await contractsForCommissioner(deps.db, unlinked)).toEqual([]);
    await expect(findContractFor(deps.db, unlinked, contract.id)).rejects.toMatchObject({ code: "not_found" });

    const admin = await actorWith(organisation, "administrator");
    expect((await findContractFor(deps.db, admin, contract.id)).id).toBe(contract.id);
    await expect(findContractFor(deps.db, admin, theirs.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await funderOfCommissioner(deps.db, admin)).toBeNull();

    const manager = await actorWith(organisation, "team_manager");
    await expect(findContractFor(deps.db, manager, contract.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("does not let a commissioner of one organisation reach another's contract, even linked to a funder of the same name", async () => {
    const [home, elsewhere] = await Promise.all([createOrganisation(deps.db), createOrganisation(deps.db)]);
    const theirFunder = await createTestFunder(deps.db, elsewhere);
    const theirs = await createTestContract(deps.db, elsewhere, { funderId: theirFunder.id });
    const commissioner = await actorWith(home, "commissioner");
    // A link that should never exist (the routes refuse it): the organisation check still holds.
    await linkCommissioner(deps.db, commissioner.userId, theirFunder.id);
    await expect(findContractFor(deps.db, commissioner, theirs.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await funderOfCommissioner(deps.db, commissioner)).toBeNull();
    expect(await contractsForCommissioner(deps.db, commissioner)).toEqual([]);
  });
});
