/**
 * Referrals as a kind of import, received at the import's site. A row repeats an earlier one by
 * its reference; it is already held when an earlier import brought that reference in; the client
 * it names must be one the organisation holds (imported, or by their Pathways reference) and whose
 * processing is not restricted. Each is written as the referral form writes one: a data key of its
 * own sealing the concern, restricted when its source or a reason says so, its triage due date
 * from the day it was received, and an audit event in the same transaction. Nobody is notified:
 * these are past referrals, not new work.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { startOfLondonDay } from "../../../core/london-time.js";
import { referralImport, type ImportedReferral } from "../../../core/import/referral-fields.js";
import { triageDueAt } from "../../../core/referrals/triage-target.js";
import { restrictedDomains } from "../../../core/referrals/vocabulary.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import { organisations, referralSources, referrals, sites } from "../../db/schema.js";
import { newReference } from "../../references.js";
import { rememberReferences, repeatedKeys, type KindHandler, type NumberedProblem } from "../import-kind.js";
import { normaliseImportReference } from "../known-clients.js";
import { linkedClients, linkedReferrals } from "../linked-records.js";

interface ReadyReferral {
  rowNumber: number;
  referral: ImportedReferral;
  clientId: string | null;
}

/** A Pathways reference no referral has yet (40 random bits: a clash is rare, not impossible). */
async function freshReferralReference(tx: Db): Promise<string> {
  let reference = newReference("R");
  while ((await tx.select({ id: referrals.id }).from(referrals).where(eq(referrals.reference, reference)).limit(1)).length > 0) reference = newReference("R");
  return reference;
}

export const referralHandler: KindHandler<ImportedReferral, ReadyReferral> = {
  definition: referralImport,
  withinFile: (rows) => repeatedKeys(rows, (row) => normaliseImportReference(row.reference), "reference", "duplicate_reference_in_file"),
  async resolve(db, vault, scope, rows) {
    const problems: NumberedProblem[] = [];
    const held = await linkedReferrals(db, vault, scope.organisationId, rows.map(({ row }) => row.reference));
    const clientsFound = await linkedClients(db, vault, scope.organisationId, rows.flatMap(({ row }) => (row.clientReference ? [row.clientReference] : [])));
    const ready: ReadyReferral[] = [];
    for (const { rowNumber, row } of rows) {
      const client = row.clientReference ? clientsFound.get(normaliseImportReference(row.clientReference)) : undefined;
      const earlier = held.get(normaliseImportReference(row.reference));
      if (earlier) problems.push({ rowNumber, field: "reference", problem: "already_imported", detail: earlier.reference });
      else if (row.clientReference && !client) problems.push({ rowNumber, field: "clientReference", problem: "unknown_client" });
      else if (client?.isRestricted) problems.push({ rowNumber, field: "clientReference", problem: "not_allowed" });
      else ready.push({ rowNumber, referral: row, clientId: client?.id ?? null });
    }
    return { ready, problems };
  },
  async write(tx, vault, scope, ready, now) {
    if (ready.length === 0) return 0;
    const [site] = await tx
      .select({ holidays: organisations.holidays, targetDays: organisations.triageTargetWorkingDays })
      .from(sites)
      .innerJoin(organisations, eq(organisations.id, sites.organisationId))
      .where(and(eq(sites.id, scope.siteId!), eq(sites.organisationId, scope.organisationId)));
    const sources = new Map((await tx.select().from(referralSources).where(eq(referralSources.organisationId, scope.organisationId))).map((source) => [source.code, source]));
    const made: { reference: string; entityId: string }[] = [];
    for (const { rowNumber, referral, clientId } of ready) {
      const id = randomUUID();
      const key = await vault.createSubjectKey(tx, { subjectId: id, organisationId: scope.organisationId });
      const source = sources.get(referral.source)!;
      const receivedAt = startOfLondonDay(referral.receivedDate);
      const isRestricted = source.isRestricted || referral.reasons.some((reason) => restrictedDomains.includes(reason));
      await tx.insert(referrals).values({
        id,
        organisationId: scope.organisationId,
        siteId: scope.siteId!,
        reference: await freshReferralReference(tx),
        channel: "staff",
        sourceId: source.id,
        status: referral.status,
        urgency: referral.urgency,
        reasons: referral.reasons,
        isRestricted,
        concern: referral.concern ? vault.encrypt(key, "concern", referral.concern) : null,
        referrerOrganisation: referral.referrerOrganisation,
        receivedAt,
        triageDueAt: triageDueAt(receivedAt, site!.targetDays, new Set(site!.holidays)),
        decidedAt: referral.decidedDate ? startOfLondonDay(referral.decidedDate) : null,
        decidedBy: referral.decidedDate ? scope.actorUserId : null,
        signpostedTo: referral.signpostedTo,
        clientId,
        createdBy: scope.actorUserId,
      });
      await recordAudit(tx, {
        organisationId: scope.organisationId,
        actorUserId: scope.actorUserId,
        action: "referral.imported",
        entityType: "referral",
        entityId: id,
        siteId: scope.siteId,
        clientId,
        at: now,
        details: { importId: scope.importId, rowNumber, source: source.code, urgency: referral.urgency, status: referral.status, isRestricted },
      });
      made.push({ reference: referral.reference, entityId: id });
    }
    await rememberReferences(tx, vault, scope, "referral", made);
    return made.length;
  },
};
