/**
 * What matching needs to know about a case's client, read from the records: their stated
 * preferences (language, interpreter, the worker's gender), each area's need from the latest
 * cross-vulnerability assessment on the case that counts, and the specialisms the current care
 * plan's interventions ask for. The plan's content is decrypted here with the client's key only to
 * read its intervention types; nothing of it leaves the server.
 */
import { and, eq } from "drizzle-orm";
import type { InterventionType } from "../../core/api/support-vocabulary.js";
import { domainNeedsFromScores } from "../../core/instruments/suggest-tier.js";
import { workerGenderPreferences } from "../../core/referrals/vocabulary.js";
import { carePlanContentSchema } from "../../core/support/care-plan.js";
import type { ClientNeeds, Specialism } from "../../core/support/matching.js";
import { resultOf } from "../assessments/presenter.js";
import { latestCountedProfile } from "../assessments/queries.js";
import { carePlanFields } from "../care-plans/fields.js";
import type { CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { carePlans, carePlanVersions, clients } from "../db/schema.js";
import { readInterventionTypes } from "../support/vocabulary.js";
import type { Vault } from "../vault/vault.js";

export interface NeedsRead {
  needs: ClientNeeds;
  assessedOn: string | null;
}

/** Each area's need from the case's latest counting toolkit (approved, or submitted needing no approval, not corrected). */
async function latestDomainNeeds(db: Db, caseId: string) {
  const latest = await latestCountedProfile(db, caseId);
  if (!latest) return { assessedOn: null, domainNeeds: [] };
  const needs = domainNeedsFromScores(resultOf(latest).scores);
  return { assessedOn: latest.assessedOn, domainNeeds: needs.map(({ domain, need }) => ({ domain, need })) };
}

/** The specialisms the current plan's running interventions need (delivered by the organisation's own staff). */
async function askedForByPlan(db: Db, vault: Vault, kase: CaseRow, today: string): Promise<Specialism[]> {
  const [current] = await db
    .select({ content: carePlanVersions.content })
    .from(carePlans)
    .innerJoin(carePlanVersions, and(eq(carePlanVersions.carePlanId, carePlans.id), eq(carePlanVersions.version, carePlans.currentVersion)))
    .where(eq(carePlans.caseId, kase.id))
    .limit(1);
  if (!current) return [];
  const key = await vault.loadSubjectKey(db, kase.clientId);
  const parsed = carePlanContentSchema.safeParse(JSON.parse(vault.decrypt(key, carePlanFields.content, current.content)));
  if (!parsed.success) return [];
  const types = new Map<string, InterventionType>((await readInterventionTypes(db, kase.organisationId)).map((type) => [type.code, type]));
  const asked = parsed.data.interventions.flatMap((intervention) => {
    const specialism = types.get(intervention.typeCode)?.specialism;
    const isRunning = intervention.endDate === undefined || intervention.endDate >= today;
    return specialism && isRunning && "workerId" in intervention.deliveredBy ? [specialism] : [];
  });
  return [...new Set(asked)];
}

export async function clientNeedsFor(db: Db, vault: Vault, kase: CaseRow, options: { today: string; onCase: readonly string[] }): Promise<NeedsRead> {
  const [client] = await db
    .select({ preferredLanguage: clients.preferredLanguage, isInterpreterNeeded: clients.isInterpreterNeeded, preferredWorkerGender: clients.preferredWorkerGender })
    .from(clients)
    .where(eq(clients.id, kase.clientId))
    .limit(1);
  const [assessed, askedFor] = await Promise.all([latestDomainNeeds(db, kase.id), askedForByPlan(db, vault, kase, options.today)]);
  return {
    assessedOn: assessed.assessedOn,
    needs: {
      clientId: kase.clientId,
      siteId: kase.siteId,
      preferredLanguage: client?.preferredLanguage ?? "en",
      isInterpreterNeeded: client?.isInterpreterNeeded ?? false,
      preferredWorkerGender: workerGenderPreferences.find((gender) => gender === client?.preferredWorkerGender) ?? "no_preference",
      domainNeeds: assessed.domainNeeds,
      askedFor,
      onCase: options.onCase,
    },
  };
}
