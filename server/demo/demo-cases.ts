/**
 * One demo case with a history, so the outcomes view has something to show on first start: a young
 * man at Birmingham referred for cannabis and gang involvement, assessed ten weeks ago (intensive
 * support, approved by the team manager) and again this week, with AUDIT, the Treatment Outcomes
 * Profile and PHQ-9 given twice. Amina Hussain is his key worker.
 */
import type { SupportTier } from "../../core/cases/case-state-machine.js";
import type { Answers } from "../../core/instruments/score.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { storeAssessment } from "../assessments/store-assessment.js";
import { applyDecidedTier } from "../assessments/take-effect.js";
import { openCase } from "../cases/open-case.js";
import { createClient } from "../clients/create-client.js";
import type { Db } from "../db/client.js";
import { definitionOf, latestVersion } from "../instruments/catalogue.js";
import type { Vault } from "../vault/vault.js";
import { crossVulnerabilityAnswers } from "../../core/instruments/built-in/cross-vulnerability.js";

const profile = (ratings: Record<string, number>): Answers => crossVulnerabilityAnswers(ratings, "Discussed at the assessment meeting with him and his mother.");

const phq9 = (scores: number[]): Answers => {
  const values = ["not_at_all", "several_days", "more_than_half", "nearly_every_day"];
  return Object.fromEntries(scores.map((score, index) => [`q${index + 1}`, values[score]!]));
};

const top = (use: number, health: number, life: number): Answers => ({
  alcohol_days: 2,
  opioid_days: 0,
  crack_days: 0,
  cocaine_days: 0,
  amphetamine_days: 0,
  cannabis_days: use,
  other_days: 0,
  injecting_days: 0,
  shared_needles: false,
  shared_equipment: false,
  shoplifting_days: 0,
  selling_drugs_days: use > 10 ? 4 : 0,
  vehicle_theft: false,
  other_theft: false,
  fraud: false,
  assault: false,
  psychological_health: health,
  paid_work_days: 0,
  education_days: use > 10 ? 3 : 12,
  physical_health: 12,
  acute_housing_problem: false,
  eviction_risk: false,
  quality_of_life: life,
});

/** Answers the case and its first cross-vulnerability assessment, which the care plan is built from. */
export async function seedDemoCase(tx: Db, vault: Vault, input: { organisationId: string; siteId: string; keyWorkerId: string; managerId: string; now: Date }): Promise<{ caseId: string; firstAssessmentId: string }> {
  const today = londonDay(input.now);
  const opened = new Date(input.now.getTime() - 11 * 7 * 86_400_000);
  const context = { vault, now: opened, requestId: "demo-seed" };
  const { client, key } = await createClient(tx, context, {
    organisationId: input.organisationId,
    identity: { givenName: "Zain", familyName: "Akhtar", otherNames: [], dateOfBirth: "2007-09-02", address: null, postcode: "B10 0AA", phone: null, email: null, nhsNumber: null },
    preferredLanguage: "ur",
    isInterpreterNeeded: false,
    preferredWorkerGender: "male",
  });
  const kase = await openCase(tx, { ...context, clientKey: key }, {
    organisationId: input.organisationId,
    siteId: input.siteId,
    clientId: client.id,
    referral: null,
    isRestricted: false,
    ageBand: "18_24",
    reason: "Referred by his mother through the mosque: daily cannabis, missing college, older friends.",
    openedBy: input.managerId,
    keyWorkerId: input.keyWorkerId,
  });
  const give = async (instrumentKey: string, answers: Answers, weeksAgo: number, decision?: { tier: SupportTier; rationale: string }): Promise<string> => {
    const instrument = await latestVersion(tx, input.organisationId, instrumentKey);
    const definition = definitionOf(instrument);
    const at = new Date(input.now.getTime() - weeksAgo * 7 * 86_400_000);
    const needsApproval = definition.kind === "vulnerability";
    const stored = await storeAssessment(tx, vault, key, {
      kase,
      instrument,
      definition,
      answers,
      assessedOn: addDays(today, -weeksAgo * 7),
      by: input.keyWorkerId,
      at,
      submitted: { requiresApproval: needsApproval, ...(needsApproval ? { approvedBy: input.managerId, approvedAt: at } : {}) },
      ...(decision ? { decision } : {}),
    });
    // Approved by the manager, so the decided tier takes effect as it would in the app.
    if (decision) {
      const manager = { userId: input.managerId, organisationId: input.organisationId };
      await applyDecidedTier(tx, manager, { caseId: kase.id, assessmentId: stored.id, ...decision }, { vault, now: at, requestId: "demo-seed" });
    }
    return stored.id;
  };
  const rationale = "Daily cannabis with pull from older friends selling; his mother and the imam are strong protective factors. Weekly 1:1 mentoring, CBT for cravings and family work.";
  const firstAssessmentId = await give("cross_vulnerability", profile({ substance_misuse_push: 2, substance_misuse_pull: 3, criminal_exploitation_gangs_pull: 2, criminal_exploitation_gangs_push: 1, family_protective: 2, education_employment_push: 2 }), 10, { tier: "intensive", rationale });
  await give("audit", { q1: "two_to_four_a_month", q2: "three_four", q3: "less_than_monthly", q4: "never", q5: "less_than_monthly", q6: "never", q7: "less_than_monthly", q8: "never", q9: "no", q10: "yes_last_year" }, 10);
  await give("phq9", phq9([2, 2, 1, 2, 1, 1, 2, 0, 0]), 10);
  await give("top", top(26, 8, 7), 10);
  await give("cross_vulnerability", profile({ substance_misuse_push: 1, substance_misuse_pull: 1, family_protective: 3, education_employment_push: 1 }), 0, {
    tier: "intensive",
    rationale: "Using on weekends only and back at college; keep intensive support until the twelve-week review.",
  });
  await give("audit", { q1: "monthly_or_less", q2: "one_two", q3: "never", q4: "never", q5: "never", q6: "never", q7: "never", q8: "never", q9: "no", q10: "yes_last_year" }, 0);
  await give("phq9", phq9([1, 0, 1, 1, 0, 0, 1, 0, 0]), 0);
  await give("top", top(6, 13, 14), 0);
  return { caseId: kase.id, firstAssessmentId };
}
