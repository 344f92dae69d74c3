/**
 * Reading a case's care plan: the current version with every earlier one listed, the reviews with
 * their progress, where each goal stands and when the next review is due; or one earlier version in
 * full. Both are audited reads of client data. A case with no plan yet answers `plan: null`, with
 * the abilities saying whether the reader may start one.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { carePlanSchema, carePlanVersionSchema } from "../../core/api/care-plans.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { carePlanVersions, clients } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { readInterventionTypes } from "../support/vocabulary.js";
import type { Vault } from "../vault/vault.js";
import { canPrint, canWritePlan } from "./policy.js";
import { namedStaffIds, openReview, openVersion, presentPlan, presentVersion } from "./presenter.js";
import { caseViewFor, planOfCase, reviewsOf, staffNames, versionsOf, type CaseView, type CarePlanRow } from "./queries.js";

export interface ReadContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

async function auditRead(tx: Db, actor: Actor, view: CaseView, plan: CarePlanRow | null, action: string, context: ReadContext, details: Record<string, unknown> = {}) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `care_plan.${action}${view.isBreakGlass ? "_break_glass" : ""}`,
    entityType: "case",
    entityId: view.kase.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { carePlanId: plan?.id ?? null, ...details },
  });
}

export async function readCarePlan(tx: Db, actor: Actor, caseId: string, context: ReadContext): Promise<z.infer<typeof carePlanSchema>> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  const plan = await planOfCase(tx, view.kase.id);
  const [client] = await tx.select({ language: clients.preferredLanguage }).from(clients).where(eq(clients.id, view.kase.clientId)).limit(1);
  await auditRead(tx, actor, view, plan, "read", context);
  const mayWrite = canWritePlan(actor, view);
  const base = { caseId: view.kase.id, caseReference: view.kase.reference, clientLanguage: client?.language ?? "en", interventionTypes: await readInterventionTypes(tx, actor.organisationId) };
  if (!plan) return { ...base, plan: null, abilities: { create: mayWrite, revise: false, review: false, print: false } };
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  const versions = (await versionsOf(tx, plan.id)).map((row) => openVersion(context.vault, key, row));
  const reviews = (await reviewsOf(tx, plan.id)).map((row) => openReview(context.vault, key, row));
  const names = await staffNames(tx, actor.organisationId, namedStaffIds(versions, reviews));
  return {
    ...base,
    plan: presentPlan({ plan, versions, reviews, names }, londonDay(context.now)),
    abilities: { create: false, revise: mayWrite, review: mayWrite, print: canPrint(actor, view) },
  };
}

export async function readCarePlanVersion(tx: Db, actor: Actor, caseId: string, versionNumber: number, context: ReadContext): Promise<z.infer<typeof carePlanVersionSchema>> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  const plan = await planOfCase(tx, view.kase.id);
  if (!plan) throw notFound("Care plan");
  const [row] = await tx
    .select()
    .from(carePlanVersions)
    .where(and(eq(carePlanVersions.carePlanId, plan.id), eq(carePlanVersions.version, versionNumber)))
    .limit(1);
  if (!row) throw notFound("Care plan version");
  await auditRead(tx, actor, view, plan, "version_read", context, { version: versionNumber });
  const version = openVersion(context.vault, await context.vault.loadSubjectKey(tx, view.kase.clientId), row);
  return presentVersion(version, await staffNames(tx, actor.organisationId, namedStaffIds([version], [])));
}
