/**
 * Cases as a kind of import, opened at the import's site. A row repeats an earlier one by its
 * reference; it is already held when an earlier import brought that reference in, and likely held
 * when its client already has a case here opened the same day. Its client (and referral, if named)
 * must be held by the organisation; the referral must be this site's, about the same client, and
 * received before the case opened. Each case is opened as the app opens one (open-case.ts) and then
 * taken through the state machine's steps (transition-case.ts) on the days the row gives, so its
 * timeline and audit read as if the work had been recorded at the time.
 */
import { and, eq, inArray } from "drizzle-orm";
import { ageBandOn } from "../../../core/clients/demographics.js";
import { caseImport, type ImportedCase } from "../../../core/import/case-fields.js";
import { londonDay, londonInstant } from "../../../core/london-time.js";
import { openCase } from "../../cases/open-case.js";
import { applyTransition } from "../../cases/transition-case.js";
import { readDateOfBirth } from "../../clients/identity-store.js";
import { cases } from "../../db/schema.js";
import { rememberReferences, repeatedKeys, type KindHandler, type NumberedProblem } from "../import-kind.js";
import { normaliseImportReference } from "../known-clients.js";
import { linkedCases, linkedClients, linkedReferrals, type LinkedReferral } from "../linked-records.js";

interface ReadyCase {
  rowNumber: number;
  kase: ImportedCase;
  clientId: string;
  referral: LinkedReferral | null;
}

/** What the timeline says of each imported step. */
const importedReason = "Imported from a spreadsheet.";

/** The n-th moment of a day's import, a minute apart from 09:00 London, so the timeline keeps the steps' order. */
const momentOf = (day: string, step: number) => new Date(londonInstant(day, "09:00").getTime() + step * 60_000);

export const caseHandler: KindHandler<ImportedCase, ReadyCase> = {
  definition: caseImport,
  withinFile: (rows) => repeatedKeys(rows, (row) => normaliseImportReference(row.reference), "reference", "duplicate_reference_in_file"),
  async resolve(db, vault, scope, rows) {
    const held = await linkedCases(db, vault, scope.organisationId, rows.map(({ row }) => row.reference));
    const clientsFound = await linkedClients(db, vault, scope.organisationId, rows.map(({ row }) => row.clientReference));
    const referralsFound = await linkedReferrals(db, vault, scope.organisationId, rows.flatMap(({ row }) => (row.referralReference ? [row.referralReference] : [])));
    const clientIds = [...new Set([...clientsFound.values()].map((client) => client.id))];
    const existing =
      clientIds.length === 0
        ? []
        : await db.select({ clientId: cases.clientId, openedAt: cases.openedAt, reference: cases.reference }).from(cases).where(and(eq(cases.siteId, scope.siteId!), inArray(cases.clientId, clientIds)));
    const openedOn = new Map(existing.map((kase) => [`${kase.clientId}|${londonDay(kase.openedAt)}`, kase.reference]));
    const problems: NumberedProblem[] = [];
    const ready: ReadyCase[] = [];
    for (const { rowNumber, row } of rows) {
      const client = clientsFound.get(normaliseImportReference(row.clientReference));
      const referral = row.referralReference ? referralsFound.get(normaliseImportReference(row.referralReference)) : undefined;
      const problem = (field: string, code: NumberedProblem["problem"], detail?: string) => problems.push({ rowNumber, field, problem: code, ...(detail ? { detail } : {}) });
      const earlier = held.get(normaliseImportReference(row.reference));
      if (earlier) problem("reference", "already_imported", earlier.reference);
      else if (!client) problem("clientReference", "unknown_client");
      else if (client.isRestricted) problem("clientReference", "not_allowed");
      else if (row.referralReference && !referral) problem("referralReference", "unknown_referral");
      else if (referral && referral.siteId !== scope.siteId) problem("referralReference", "other_site");
      else if (referral && referral.clientId !== null && referral.clientId !== client.id) problem("referralReference", "not_allowed");
      else if (referral && londonDay(referral.receivedAt) > row.openedDate) problem("openedDate", "before_start");
      else if (openedOn.has(`${client.id}|${row.openedDate}`)) problem("openedDate", "likely_duplicate", openedOn.get(`${client.id}|${row.openedDate}`));
      else ready.push({ rowNumber, kase: row, clientId: client.id, referral: referral ?? null });
    }
    return { ready, problems };
  },
  async write(tx, vault, scope, ready) {
    const made: { reference: string; entityId: string }[] = [];
    const actor = { userId: scope.actorUserId, organisationId: scope.organisationId };
    for (const { kase, clientId, referral } of ready) {
      const clientKey = await vault.loadSubjectKey(tx, clientId);
      const opened = await openCase(
        tx,
        { vault, clientKey, now: momentOf(kase.openedDate, 0), requestId: scope.importId },
        {
          organisationId: scope.organisationId,
          siteId: scope.siteId!,
          clientId,
          referral,
          isRestricted: referral?.isRestricted ?? false,
          ageBand: ageBandOn(await readDateOfBirth(tx, vault, clientId), kase.openedDate),
          reason: importedReason,
          openedBy: scope.actorUserId,
          keyWorkerId: null,
        },
      );
      let current = opened;
      for (const [index, step] of kase.steps.entries()) {
        await applyTransition(tx, actor, current, { event: step.event, reason: importedReason, version: current.version }, { vault, now: momentOf(step.day, index + 1), requestId: scope.importId });
        const [next] = await tx.select().from(cases).where(eq(cases.id, opened.id));
        current = next!;
      }
      made.push({ reference: kase.reference, entityId: opened.id });
    }
    await rememberReferences(tx, vault, scope, "case", made);
    return made.length;
  },
};
