/**
 * Setting the retention scene for tests in the test's own organisation: a person whose case closed
 * on a given day (made through the app's own use cases, then closed in the past by hand, since the
 * app closes cases only now) and a referral declined on a given day.
 */
import { eq } from "drizzle-orm";
import { startOfLondonDay } from "../../../core/london-time.js";
import { createTestCase, createTestReferral } from "../../../test/case-factories.js";
import { opener } from "../../../test/authz/role-sets.js";
import type { TestOrganisation } from "../../../test/factories.js";
import type { World } from "../../../test/authz/types.js";
import { retentionReviewEntries } from "../../db/retention-schema.js";
import { cases, referrals } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import { reviewRetention } from "./review-job.js";

/** Noon in London on `day`, so the day is the same whichever the season. */
const middayOf = (day: string) => new Date(startOfLondonDay(day).getTime() + 12 * 3_600_000);

/** A client born on `dateOfBirth` (null: not recorded) whose one case closed on `closedOn`. */
export async function clientClosedOn(deps: AppDeps, organisation: TestOrganisation, openedBy: string, closedOn: string, dateOfBirth: string | null) {
  const { client, kase } = await createTestCase(deps, organisation, openedBy, { identity: { dateOfBirth } });
  await deps.db.update(cases).set({ state: "closed", closedAt: middayOf(closedOn), closureReason: "support_completed", closureOutcome: "improved" }).where(eq(cases.id, kase.id));
  return { client, kase };
}

/** A referral about someone born on `dateOfBirth`, declined on `decidedOn` without becoming a case. */
export async function referralDeclinedOn(deps: AppDeps, organisation: TestOrganisation, decidedOn: string, dateOfBirth: string) {
  const referral = await createTestReferral(deps, organisation, { person: { givenName: "Bilal", familyName: "Hussain", dateOfBirth, phone: "07700 900777", postcode: "B12 0AA" } });
  await deps.db.update(referrals).set({ status: "declined", decidedAt: middayOf(decidedOn) }).where(eq(referrals.id, referral.id));
  return referral;
}

/** A record of the world's organisation (or the other one) listed as due, for the authorisation tests. */
export async function dueEntryOf(world: World, home: boolean) {
  const organisation = home ? world.home : world.other;
  const { client } = await clientClosedOn(world.deps, organisation, await opener(world, organisation), "2010-01-15", "1970-05-05");
  await reviewRetention(world.deps.db, world.deps.vault, world.deps.now(), { organisationIds: [organisation.id] });
  const [entry] = await world.deps.db.select({ id: retentionReviewEntries.id }).from(retentionReviewEntries).where(eq(retentionReviewEntries.recordId, client.id));
  if (!entry) throw new Error("the record was not listed as due");
  return entry;
}

/** A deletion of the world's organisation (or the other one), approved through the app's use case. */
export async function deletionOf(world: World, home: boolean, approve: (entryId: string) => Promise<string>) {
  return approve((await dueEntryOf(world, home)).id);
}
