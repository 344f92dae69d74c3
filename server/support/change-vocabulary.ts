/**
 * An administrator's changes to the support vocabulary: add a code, relabel one, retire it (no
 * longer offered for new records, still readable on old ones) or bring it back. Built-in codes are
 * never removed, only relabelled or retired; every change is one row per code and is audited.
 */
import type { AddVocabularyEntryBody, InterventionType, OutcomeType, VocabularyList } from "../../core/api/support-vocabulary.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { supportVocabulary } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound } from "../http/errors.js";
import { canConfigureVocabulary } from "./policy.js";
import { readClosureOutcomes, readInterventionTypes } from "./vocabulary.js";

interface ChangeContext {
  now: Date;
  requestId: string;
}

type Entry = InterventionType | OutcomeType;

const readList = (tx: Db, organisationId: string, list: VocabularyList): Promise<Entry[]> =>
  list === "intervention_type" ? readInterventionTypes(tx, organisationId) : readClosureOutcomes(tx, organisationId);

const fieldError = (code: "validation_failed" | "conflict", path: string, message: string) => new AppError(code, message, { fields: [{ path, message }] });

async function audit(tx: Db, actor: Actor, action: string, list: VocabularyList, code: string, context: ChangeContext, details: Record<string, unknown> = {}): Promise<void> {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `support_vocabulary.${action}`,
    entityType: "support_vocabulary",
    entityId: null,
    requestId: context.requestId,
    details: { list, code, ...details },
  });
}

export async function addVocabularyEntry(tx: Db, actor: Actor, list: VocabularyList, input: AddVocabularyEntryBody, context: ChangeContext): Promise<void> {
  authorize(canConfigureVocabulary(actor));
  if (list === "closure_outcome" && input.specialism !== null) throw fieldError("validation_failed", "body.specialism", "Only intervention types need a specialism.");
  if (list === "closure_outcome" && input.isPartnerDelivered) throw fieldError("validation_failed", "body.isPartnerDelivered", "Only intervention types are delivered by partners.");
  const entries = await readList(tx, actor.organisationId, list);
  if (entries.some((entry) => entry.code === input.code)) throw fieldError("conflict", "body.code", "This code is already in the list.");
  const label = input.label.toLocaleLowerCase("en");
  if (entries.some((entry) => entry.label?.toLocaleLowerCase("en") === label)) throw fieldError("conflict", "body.label", "Another entry already has this label.");
  const inserted = await tx
    .insert(supportVocabulary)
    .values({
      organisationId: actor.organisationId,
      list,
      code: input.code,
      label: input.label,
      specialism: input.specialism,
      isPartnerDelivered: input.isPartnerDelivered,
      updatedBy: actor.userId,
      updatedAt: context.now,
    })
    // Two administrators adding the same code at once: the unique key keeps one.
    .onConflictDoNothing({ target: [supportVocabulary.organisationId, supportVocabulary.list, supportVocabulary.code] })
    .returning({ id: supportVocabulary.id });
  if (inserted.length === 0) throw fieldError("conflict", "body.code", "This code is already in the list.");
  await audit(tx, actor, "added", list, input.code, context, { specialism: input.specialism, isPartnerDelivered: input.isPartnerDelivered });
}

/** Writes the organisation's row for a code that exists: an added code has one; a built-in gets one on its first change. */
async function change(tx: Db, actor: Actor, list: VocabularyList, code: string, set: { label?: string | null; isRetired?: boolean }, context: ChangeContext): Promise<void> {
  const stamp = { updatedBy: actor.userId, updatedAt: context.now };
  await tx
    .insert(supportVocabulary)
    .values({ organisationId: actor.organisationId, list, code, label: null, isRetired: false, ...set, ...stamp })
    .onConflictDoUpdate({ target: [supportVocabulary.organisationId, supportVocabulary.list, supportVocabulary.code], set: { ...set, ...stamp } });
}

async function findEntry(tx: Db, actor: Actor, list: VocabularyList, code: string): Promise<Entry> {
  authorize(canConfigureVocabulary(actor));
  const entry = (await readList(tx, actor.organisationId, list)).find((candidate) => candidate.code === code);
  if (!entry) throw notFound("Vocabulary entry");
  return entry;
}

export async function relabelVocabularyEntry(tx: Db, actor: Actor, list: VocabularyList, code: string, label: string | null, context: ChangeContext): Promise<void> {
  const entry = await findEntry(tx, actor, list, code);
  if (label === null && !entry.isBuiltIn) throw new AppError("conflict", "A code your organisation added keeps its own label.");
  if (label !== null) {
    const lower = label.toLocaleLowerCase("en");
    const others = (await readList(tx, actor.organisationId, list)).filter((other) => other.code !== code);
    if (others.some((other) => other.label?.toLocaleLowerCase("en") === lower)) throw fieldError("conflict", "body.label", "Another entry already has this label.");
  }
  await change(tx, actor, list, code, { label }, context);
  await audit(tx, actor, "relabelled", list, code, context, { isBuiltInLabel: label === null });
}

export async function setVocabularyEntryRetired(tx: Db, actor: Actor, list: VocabularyList, code: string, isRetired: boolean, context: ChangeContext): Promise<void> {
  const entry = await findEntry(tx, actor, list, code);
  if (entry.isRetired === isRetired) return;
  await change(tx, actor, list, code, { isRetired }, context);
  await audit(tx, actor, isRetired ? "retired" : "unretired", list, code, context);
}
