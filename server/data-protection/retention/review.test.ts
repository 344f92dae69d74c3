import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addYears } from "../../../core/data-protection/retention-rules.js";
import { londonDay } from "../../../core/london-time.js";
import { testApp } from "../../../test/app.js";
import { createOrganisation, createUser } from "../../../test/factories.js";
import { opener } from "../../../test/authz/role-sets.js";
import { inTransaction } from "../../db/client.js";
import { retentionReviewEntries, retentionReviewRuns, retentionRules } from "../../db/retention-schema.js";
import { auditEvents, cases, clients } from "../../db/schema.js";
import { JobRunner } from "../../jobs/job-runner.js";
import { testClock } from "../../jobs/test-support.js";
import { retentionReviewJobs, reviewRetention } from "./review-job.js";
import { insertLegalClaimHold } from "../erasure/test-support.js";
import { clientClosedOn, referralDeclinedOn } from "./test-support.js";

const { deps } = await testApp();
const today = londonDay(deps.now());
const yearsAgo = (years: number, days = 0) => {
  const day = addYears(today, -years);
  return new Date(Date.parse(`${day}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
};

async function setUp() {
  const organisation = await createOrganisation(deps.db);
  const openedBy = await opener({ deps, home: organisation, other: organisation });
  return { organisation, openedBy };
}

const review = (organisationId: string, now = deps.now()) => inTransaction(deps.db, (tx) => reviewRetention(tx, deps.vault, now, { organisationIds: [organisationId] }));
const listed = async (organisationId: string) =>
  (await deps.db.select().from(retentionReviewEntries).where(eq(retentionReviewEntries.organisationId, organisationId))).map((entry) => ({
    reference: entry.reference,
    recordType: entry.recordType,
    status: entry.status,
    ageGroup: entry.ageGroup,
    dueOn: entry.dueOn,
    holds: entry.holds,
  }));

describe("retention.review", () => {
  it("lists exactly the records past retention: adults 8 years after closure, children to their 25th or 26th birthday, referrals that never became a case", async () => {
    const { organisation, openedBy } = await setUp();
    const adultDue = await clientClosedOn(deps, organisation, openedBy, yearsAgo(8), "1975-02-10");
    const adultNotYet = await clientClosedOn(deps, organisation, openedBy, yearsAgo(8, -1), "1975-02-10");
    // 10 at closure 9 years ago: kept to the 25th birthday, six years off.
    await clientClosedOn(deps, organisation, openedBy, yearsAgo(9), addYears(yearsAgo(9), -10));
    // 17 at closure 9 years ago: the 26th birthday has passed.
    const bornAged17 = addYears(yearsAgo(9, 100), -17);
    const childAged17 = await clientClosedOn(deps, organisation, openedBy, yearsAgo(9), bornAged17);
    const unknownAge = await clientClosedOn(deps, organisation, openedBy, yearsAgo(30), null);
    await clientClosedOn(deps, organisation, openedBy, yearsAgo(20), null);
    const referralDue = await referralDeclinedOn(deps, organisation, yearsAgo(8, 1), "1980-01-01");
    await referralDeclinedOn(deps, organisation, yearsAgo(2), "1980-01-01");

    expect(await review(organisation.id)).toBe(4);
    const entries = await listed(organisation.id);
    const byReference = new Map(entries.map((entry) => [entry.reference, entry]));
    expect(new Set(byReference.keys())).toEqual(new Set([adultDue.client.reference, childAged17.client.reference, unknownAge.client.reference, referralDue.reference]));
    expect(byReference.get(adultDue.client.reference)).toEqual({ reference: adultDue.client.reference, recordType: "client", status: "due", ageGroup: "adult", dueOn: today, holds: [] });
    expect(byReference.get(childAged17.client.reference)).toMatchObject({ ageGroup: "child_aged_17", dueOn: addYears(bornAged17, 26) });
    expect(byReference.get(unknownAge.client.reference)).toMatchObject({ ageGroup: "age_unknown", dueOn: addYears(yearsAgo(30), 25) });
    expect(byReference.get(referralDue.reference)).toMatchObject({ recordType: "referral", ageGroup: "adult", status: "due" });
    expect(byReference.has(adultNotYet.client.reference)).toBe(false);
  });

  it("reads dates of birth only of records whose work ended at least 8 years ago, each read audited as the system's", async () => {
    const { organisation, openedBy } = await setUp();
    const old = await clientClosedOn(deps, organisation, openedBy, yearsAgo(9), "2000-01-01");
    const recent = await clientClosedOn(deps, organisation, openedBy, yearsAgo(7), "1960-01-01");
    const oldReferral = await referralDeclinedOn(deps, organisation, yearsAgo(10), "1990-06-01");
    await review(organisation.id);
    const reads = await deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, organisation.id), inArray(auditEvents.action, ["client.date_of_birth_read", "referral.date_of_birth_read"])));
    expect(reads.map((event) => [event.action, event.entityId, event.actorUserId, event.details]).sort()).toEqual(
      [
        ["client.date_of_birth_read", old.client.id, null, { purpose: "retention_review" }],
        ["referral.date_of_birth_read", oldReferral.id, null, { purpose: "retention_review" }],
      ].sort(),
    );
    expect(reads.some((event) => event.entityId === recent.client.id)).toBe(false);
  });

  it("keeps a person with any open case off the list, and counts a reopened case's new closure", async () => {
    const { organisation, openedBy } = await setUp();
    const person = await clientClosedOn(deps, organisation, openedBy, yearsAgo(12), "1970-01-01");
    await review(organisation.id);
    expect((await listed(organisation.id)).map((entry) => entry.reference)).toEqual([person.client.reference]);

    // Reopened: off the list at the next review.
    await deps.db.update(cases).set({ state: "assessment", closedAt: null }).where(eq(cases.id, person.kase.id));
    await review(organisation.id);
    expect(await listed(organisation.id)).toEqual([]);

    // Closed again two years ago: the period runs from that closure.
    await deps.db.update(cases).set({ state: "closed", closedAt: new Date(`${yearsAgo(2)}T12:00:00Z`) }).where(eq(cases.id, person.kase.id));
    await review(organisation.id);
    expect(await listed(organisation.id)).toEqual([]);
  });

  it("lists a record under a retention hold as held, with the kind of hold, never as due", async () => {
    const { organisation, openedBy } = await setUp();
    const held = await clientClosedOn(deps, organisation, openedBy, yearsAgo(10), "1970-01-01");
    const dpo = await createUser(deps.db, deps.vault, organisation, { role: "data_protection_officer", isEnrolled: false });
    await insertLegalClaimHold(deps, organisation, held.client.id, dpo.id);
    await review(organisation.id);
    expect(await listed(organisation.id)).toMatchObject([{ reference: held.client.reference, status: "held", holds: ["legal_claim"] }]);
  });

  it("applies the organisation's own rule, and skips merged and erased records and those whose key is gone", async () => {
    const { organisation, openedBy } = await setUp();
    const closedSixYearsAgo = await clientClosedOn(deps, organisation, openedBy, yearsAgo(6), "1970-01-01");
    const merged = await clientClosedOn(deps, organisation, openedBy, yearsAgo(10), "1970-01-01");
    await deps.db.update(clients).set({ mergedIntoId: closedSixYearsAgo.client.id, mergedAt: deps.now() }).where(eq(clients.id, merged.client.id));
    const erased = await clientClosedOn(deps, organisation, openedBy, yearsAgo(10), "1970-01-01");
    await deps.db.update(clients).set({ erasedAt: deps.now() }).where(eq(clients.id, erased.client.id));
    // A key destroyed some other way (a backup restored after an erasure) is as good as erased: never decrypted, never listed.
    const shredded = await clientClosedOn(deps, organisation, openedBy, yearsAgo(10), "1970-01-01");
    await deps.vault.destroySubjectKey(deps.db, shredded.client.id);
    await review(organisation.id);
    expect(await listed(organisation.id)).toEqual([]);

    await deps.db.insert(retentionRules).values({ organisationId: organisation.id, recordType: "client", adultYearsAfterClosure: 6, childUntilBirthday: 25, childAged17UntilBirthday: 26 });
    await review(organisation.id);
    expect(await listed(organisation.id)).toMatchObject([{ reference: closedSixYearsAgo.client.reference, dueOn: addYears(yearsAgo(6), 6) }]);
  });

  it("runs once a day however many instances run it, and keeps when a record was first listed", async () => {
    const { organisation, openedBy } = await setUp();
    const person = await clientClosedOn(deps, organisation, openedBy, yearsAgo(9), "1970-01-01");
    // A slot of its own, far from any other test's, so the day's job row is this test's.
    const clock = testClock(`${2100 + Math.floor(Math.random() * 800)}-06-0${1 + Math.floor(Math.random() * 8)}T03:00:00.000Z`);
    const jobs = retentionReviewJobs(deps.vault, { organisationIds: [organisation.id] });
    const runners = [0, 1].map(() => new JobRunner({ db: deps.db, handlers: jobs.handlers, schedules: jobs.schedules, pollIntervalMs: 60_000, now: clock.now }));
    const ticks = await Promise.all(runners.map((runner) => runner.tick()));
    expect(ticks.reduce((sum, tick) => sum + tick.done, 0)).toBe(1);
    const [run] = await deps.db.select().from(retentionReviewRuns).where(eq(retentionReviewRuns.organisationId, organisation.id));
    expect(run?.ranAt).toEqual(clock.now());
    const [first] = await deps.db.select().from(retentionReviewEntries).where(eq(retentionReviewEntries.recordId, person.client.id));

    clock.advance(24 * 3_600_000);
    expect((await Promise.all(runners.map((runner) => runner.tick()))).reduce((sum, tick) => sum + tick.done, 0)).toBe(1);
    const entries = await deps.db.select().from(retentionReviewEntries).where(eq(retentionReviewEntries.recordId, person.client.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.firstListedAt).toEqual(first!.firstListedAt);
    expect(entries[0]!.reviewedAt).toEqual(clock.now());
  });
});
