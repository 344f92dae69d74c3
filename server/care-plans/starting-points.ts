/**
 * What a new plan can be built from. For each area where the latest counted cross-vulnerability
 * assessment on the case found moderate or high need (push + pull − protective, with the tier
 * suggestion's thresholds), a goal to suggest and the intervention types whose specialism meets a
 * need there (core/support/matching.ts); with every type the organisation offers and the people
 * who can see the case, to choose who delivers. Read from stored scores: no answer is decrypted.
 */
import type { CarePlanStartingPoints } from "../../core/api/care-plans.js";
import { defaultTierRules, domainNeedsFromScores } from "../../core/instruments/suggest-tier.js";
import { specialismsForDomain } from "../../core/support/matching.js";
import { resultOf } from "../assessments/presenter.js";
import { latestCountedProfile } from "../assessments/queries.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { readInterventionTypes } from "../support/vocabulary.js";
import { canSeeStartingPoints } from "./policy.js";
import { caseViewFor, workersWhoSeeCase } from "./queries.js";

export async function carePlanStartingPoints(tx: Db, actor: Actor, caseId: string, context: { now: Date; requestId: string }): Promise<CarePlanStartingPoints> {
  const view = await caseViewFor(tx, actor, caseId, context.now);
  authorize(canSeeStartingPoints(actor, view));
  const [assessment, types, workers] = await Promise.all([latestCountedProfile(tx, view.kase.id), readInterventionTypes(tx, actor.organisationId), workersWhoSeeCase(tx, view.kase)]);
  const usable = types.filter((type) => !type.isRetired);
  const goals = assessment
    ? domainNeedsFromScores(resultOf(assessment).scores)
        .filter((area) => area.need >= defaultTierRules.moderateNeed)
        .sort((a, b) => b.need - a.need)
        .map((area) => ({
          domain: area.domain,
          level: area.need >= defaultTierRules.highNeed ? ("high" as const) : ("moderate" as const),
          need: area.need,
          interventionTypes: usable.filter((type) => type.specialism !== null && specialismsForDomain[area.domain].includes(type.specialism)).map((type) => type.code),
        }))
    : [];
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "care_plan.starting_points_read",
    entityType: "case",
    entityId: view.kase.id,
    siteId: view.kase.siteId,
    clientId: view.kase.clientId,
    requestId: context.requestId,
    details: { assessmentId: assessment?.id ?? null },
  });
  return { assessment: assessment ? { id: assessment.id, assessedOn: assessment.assessedOn } : null, goals, interventionTypes: usable, workers };
}
