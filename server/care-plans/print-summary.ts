/**
 * The client's printed summary of their care plan, in their preferred language unless another is
 * asked for (a language without a catalogue prints in English and says so). It carries the plan's
 * current version in plain words and the organisation's name; no reference, scores or risk. Printing
 * is audited ("care plan printed"), with the version and language.
 */
import { and, eq } from "drizzle-orm";
import { londonDay } from "../../core/referrals/triage-target.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { carePlanVersions, clients, organisations } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { readInterventionTypes } from "../support/vocabulary.js";
import { summaryModel, type SummaryModel } from "./pdf/summary-model.js";
import { canPrint } from "./policy.js";
import { openVersion, workerIdsOf } from "./presenter.js";
import { caseViewFor, planOfCase, staffNames, versionsOf } from "./queries.js";
import type { ReadContext } from "./read-care-plan.js";

/**
 * What the summary says, read and audited in the caller's transaction. Drawing the PDF (a second or
 * two of work) is left to the caller, after the transaction, so no database connection waits on it.
 */
export async function prepareCarePlanSummary(tx: Db, actor: Actor, caseId: string, requested: string | undefined, context: ReadContext): Promise<{ model: SummaryModel; organisationName: string }> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  authorize(canPrint(actor, view), "Emergency access reads the plan; it does not print it.");
  const plan = await planOfCase(tx, view.kase.id);
  if (!plan) throw notFound("Care plan");
  const [[client], [organisation], [current], versions] = await Promise.all([
    tx.select({ language: clients.preferredLanguage }).from(clients).where(eq(clients.id, view.kase.clientId)).limit(1),
    tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, actor.organisationId)).limit(1),
    tx.select().from(carePlanVersions).where(and(eq(carePlanVersions.carePlanId, plan.id), eq(carePlanVersions.version, plan.currentVersion))).limit(1),
    versionsOf(tx, plan.id),
  ]);
  const language = requested ?? client?.language ?? "en";
  const version = openVersion(context.vault, await context.vault.loadSubjectKey(tx, view.kase.clientId), current!);
  const model = summaryModel({
    language,
    organisationName: organisation?.name ?? "",
    today: londonDay(context.now),
    agreedOn: versions[0]?.createdOn ?? version.createdOn,
    nextReviewOn: plan.nextReviewOn,
    content: version.content,
    workerNames: await staffNames(tx, actor.organisationId, workerIdsOf(version)),
    interventionTypes: await readInterventionTypes(tx, actor.organisationId),
  });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "care_plan.printed",
    entityType: "case",
    entityId: view.kase.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { carePlanId: plan.id, version: plan.currentVersion, language: model.language, isFallback: model.isFallback },
  });
  return { model, organisationName: organisation?.name ?? "" };
}
