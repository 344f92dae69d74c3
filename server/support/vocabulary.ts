/**
 * Reads an organisation's support vocabulary: the built-in intervention types and closure outcomes
 * (core/support/vocabulary.ts) with the organisation's own changes applied (types it added, built-ins
 * it relabelled or retired). Care plans, sessions and case closure all check codes against this.
 */
import { and, eq } from "drizzle-orm";
import type { InterventionType, OutcomeType, SupportVocabulary } from "../../core/api/support-vocabulary.js";
import { specialismSchema } from "../../core/support/matching.js";
import { defaultClosureOutcomes, defaultInterventionTypes } from "../../core/support/vocabulary.js";
import type { Db } from "../db/client.js";
import { supportVocabulary } from "../db/schema.js";

type Row = typeof supportVocabulary.$inferSelect;

export async function readSupportVocabulary(db: Db, organisationId: string): Promise<SupportVocabulary> {
  const rows = await db.select().from(supportVocabulary).where(eq(supportVocabulary.organisationId, organisationId));
  return { interventionTypes: interventionTypesFrom(rows), closureOutcomes: closureOutcomesFrom(rows) };
}

export async function readInterventionTypes(db: Db, organisationId: string): Promise<InterventionType[]> {
  const rows = await db.select().from(supportVocabulary).where(and(eq(supportVocabulary.organisationId, organisationId), eq(supportVocabulary.list, "intervention_type")));
  return interventionTypesFrom(rows);
}

export async function readClosureOutcomes(db: Db, organisationId: string): Promise<OutcomeType[]> {
  const rows = await db.select().from(supportVocabulary).where(and(eq(supportVocabulary.organisationId, organisationId), eq(supportVocabulary.list, "closure_outcome")));
  return closureOutcomesFrom(rows);
}

/** Codes that may be used on a new record: every code that is not retired. */
export const usableCodes = (entries: readonly { code: string; isRetired: boolean }[]): string[] => entries.filter((entry) => !entry.isRetired).map((entry) => entry.code);

function interventionTypesFrom(rows: readonly Row[]): InterventionType[] {
  const own = new Map(rows.filter((row) => row.list === "intervention_type").map((row) => [row.code, row]));
  const builtIn = defaultInterventionTypes.map((type): InterventionType => {
    const change = own.get(type.code);
    own.delete(type.code);
    return { code: type.code, label: change?.label ?? null, specialism: type.specialism, isPartnerDelivered: type.isPartnerDelivered, isBuiltIn: true, isRetired: change?.isRetired ?? false };
  });
  const added = [...own.values()].map((row): InterventionType => {
    const specialism = specialismSchema.safeParse(row.specialism);
    return { code: row.code, label: row.label ?? row.code, specialism: specialism.success ? specialism.data : null, isPartnerDelivered: row.isPartnerDelivered, isBuiltIn: false, isRetired: row.isRetired };
  });
  return [...builtIn, ...added.sort((a, b) => (a.label ?? "").localeCompare(b.label ?? "", "en"))];
}

function closureOutcomesFrom(rows: readonly Row[]): OutcomeType[] {
  const own = new Map(rows.filter((row) => row.list === "closure_outcome").map((row) => [row.code, row]));
  const builtIn = defaultClosureOutcomes.map((code): OutcomeType => {
    const change = own.get(code);
    own.delete(code);
    return { code, label: change?.label ?? null, isBuiltIn: true, isRetired: change?.isRetired ?? false };
  });
  const added = [...own.values()].map((row): OutcomeType => ({ code: row.code, label: row.label ?? row.code, isBuiltIn: false, isRetired: row.isRetired }));
  return [...builtIn, ...added.sort((a, b) => (a.label ?? "").localeCompare(b.label ?? "", "en"))];
}
