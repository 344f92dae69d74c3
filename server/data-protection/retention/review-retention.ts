/**
 * The daily retention review: for each organisation, finds the records past their retention period
 * and lists them for the data protection officer, due for deletion or held by a retention hold. It
 * deletes nothing; deletion waits for the officer's approval (approve-deletion.ts).
 *
 * Dates of birth are encrypted, and reading one is reading client data. Only a record whose work
 * ended at least the shortest period any age could give ago can be due (`latestPossibleEndForDue`;
 * 8 years under the defaults), so only those records' dates of birth are decrypted, each read
 * audited as the system's. The list is replaced on each run: a reopened case, a lengthened rule or
 * an erased person drops off it.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import { endOfLondonDay, londonDay } from "../../../core/london-time.js";
import { latestPossibleEndForDue, retentionState, type RetentionAgeGroup, type RetentionRecordType, type RetentionRule } from "../../../core/data-protection/retention-rules.js";
import { recordAudit } from "../../audit/record-audit.js";
import { queryRows, type Db } from "../../db/client.js";
import { retentionReviewEntries, retentionReviewRuns } from "../../db/retention-schema.js";
import { referrals } from "../../db/schema.js";
import { readDateOfBirth } from "../../clients/identity-store.js";
import { holdsOf } from "../erasure/retention-holds.js";
import { holdKindsOf } from "../../../core/data-protection/holds.js";
import type { Vault } from "../../vault/vault.js";
import { ruleFiguresOf } from "./rules.js";

interface Candidate {
  recordType: RetentionRecordType;
  recordId: string;
  reference: string;
  endedAt: Date;
  readDateOfBirth: () => Promise<string | null>;
}

interface Found {
  recordType: RetentionRecordType;
  recordId: string;
  reference: string;
  ageGroup: RetentionAgeGroup;
  rule: RetentionRule;
  dueOn: string;
  holds: readonly string[];
}

/**
 * People whose every case is closed (or who never had one), not merged into another record nor
 * erased (their key still whole), whose work ended by `endedBy`: the latest case closure, else the latest referral
 * decision about them, else when they were recorded.
 */
async function clientCandidates(tx: Db, vault: Vault, organisationId: string, endedBy: Date): Promise<Candidate[]> {
  const rows = await queryRows<{ id: string; reference: string; ended_at: string | Date }>(
    tx,
    sql`select c.id, c.reference, e.ended_at from clients c
      join subject_keys k on k.subject_id = c.id and k.destroyed_at is null
      cross join lateral (select coalesce(
        (select max(k.closed_at) from cases k where k.client_id = c.id),
        (select max(r.decided_at) from referrals r where r.client_id = c.id),
        c.created_at) as ended_at) e
      where c.organisation_id = ${organisationId} and c.merged_into_id is null and c.erased_at is null
        and not exists (select 1 from cases k where k.client_id = c.id and k.state <> 'closed')
        and e.ended_at <= ${endedBy.toISOString()}::timestamptz
      order by c.reference`,
  );
  return rows.map((row) => ({
    recordType: "client",
    recordId: row.id,
    reference: row.reference,
    endedAt: new Date(row.ended_at),
    readDateOfBirth: async () => {
      await recordAudit(tx, { organisationId, actorUserId: null, action: "client.date_of_birth_read", entityType: "client", entityId: row.id, clientId: row.id, details: { purpose: "retention_review" } });
      return readDateOfBirth(tx, vault, row.id);
    },
  }));
}

/**
 * Referrals that never became a case: signposted or declined, never linked to a person, their key
 * not yet destroyed, decided by `endedBy`. They carry no retention holds: a hold is about a person
 * the organisation worked with, and a safeguarding concern about a referral opens a case.
 */
async function referralCandidates(tx: Db, vault: Vault, organisationId: string, endedBy: Date): Promise<Candidate[]> {
  const rows = await queryRows<{ id: string; reference: string; decided_at: string | Date; site_id: string }>(
    tx,
    sql`select r.id, r.reference, r.decided_at, r.site_id from referrals r
      join subject_keys k on k.subject_id = r.id
      where r.organisation_id = ${organisationId} and r.status in ('signposted', 'declined') and r.client_id is null
        and k.destroyed_at is null and r.decided_at <= ${endedBy.toISOString()}::timestamptz
      order by r.reference`,
  );
  return rows.map((row) => ({
    recordType: "referral",
    recordId: row.id,
    reference: row.reference,
    endedAt: new Date(row.decided_at),
    readDateOfBirth: async () => {
      const [sealed] = await tx.select({ dateOfBirth: referrals.subjectDateOfBirth }).from(referrals).where(eq(referrals.id, row.id));
      if (!sealed?.dateOfBirth) return null;
      await recordAudit(tx, { organisationId, actorUserId: null, action: "referral.date_of_birth_read", entityType: "referral", entityId: row.id, siteId: row.site_id, details: { purpose: "retention_review" } });
      return vault.decrypt(await vault.loadSubjectKey(tx, row.id), "subject_date_of_birth", sealed.dateOfBirth);
    },
  }));
}

/** Reviews one organisation; answers how many records are due and how many held. */
export async function reviewOrganisation(tx: Db, vault: Vault, organisationId: string, now: Date): Promise<{ due: number; held: number }> {
  const today = londonDay(now);
  const rules = await ruleFiguresOf(tx, organisationId);
  const endedBy = (recordType: RetentionRecordType) => endOfLondonDay(latestPossibleEndForDue(rules[recordType], today));
  const candidates = [
    ...(await clientCandidates(tx, vault, organisationId, endedBy("client"))),
    ...(await referralCandidates(tx, vault, organisationId, endedBy("referral"))),
  ];
  const pastRetention: Omit<Found, "holds">[] = [];
  for (const candidate of candidates) {
    const rule = rules[candidate.recordType];
    const { state, dueOn, ageGroup } = retentionState({ rule, endedOn: londonDay(candidate.endedAt), dateOfBirth: await candidate.readDateOfBirth(), today, isHeld: false });
    if (state !== "kept") pastRetention.push({ recordType: candidate.recordType, recordId: candidate.recordId, reference: candidate.reference, ageGroup, rule, dueOn });
  }
  const clientIds = pastRetention.filter((record) => record.recordType === "client").map((record) => record.recordId);
  const holds = await holdsOf(tx, organisationId, clientIds);
  const found: Found[] = pastRetention.map((record) => ({ ...record, holds: holdKindsOf(holds.get(record.recordId) ?? []) }));
  await replaceEntries(tx, organisationId, found, now);
  const counts = { due: found.filter((record) => record.holds.length === 0).length, held: found.filter((record) => record.holds.length > 0).length };
  await tx
    .insert(retentionReviewRuns)
    .values({ organisationId, ranAt: now })
    .onConflictDoUpdate({ target: retentionReviewRuns.organisationId, set: { ranAt: now } });
  return counts;
}

/**
 * Makes the organisation's list exactly `found`, keeping when each record was first listed: every
 * record found is written with this run's time, then whatever this run did not write goes.
 */
async function replaceEntries(tx: Db, organisationId: string, found: readonly Found[], now: Date): Promise<void> {
  for (let start = 0; start < found.length; start += 500) {
    const rows = found.slice(start, start + 500).map((record) => ({
      organisationId,
      recordType: record.recordType,
      recordId: record.recordId,
      reference: record.reference,
      ageGroup: record.ageGroup,
      rule: record.rule,
      dueOn: record.dueOn,
      status: record.holds.length > 0 ? ("held" as const) : ("due" as const),
      holds: [...record.holds],
      firstListedAt: now,
      reviewedAt: now,
    }));
    await tx
      .insert(retentionReviewEntries)
      .values(rows)
      .onConflictDoUpdate({
        target: [retentionReviewEntries.organisationId, retentionReviewEntries.recordType, retentionReviewEntries.recordId],
        set: {
          reference: sql`excluded.reference`,
          ageGroup: sql`excluded.age_group`,
          rule: sql`excluded.rule`,
          dueOn: sql`excluded.due_on`,
          status: sql`excluded.status`,
          holds: sql`excluded.holds`,
          reviewedAt: sql`excluded.reviewed_at`,
        },
      });
  }
  await tx.delete(retentionReviewEntries).where(and(eq(retentionReviewEntries.organisationId, organisationId), lt(retentionReviewEntries.reviewedAt, now)));
}
