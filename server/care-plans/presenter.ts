/**
 * Care plans as they leave the server. Texts are decrypted here only, with the client's key, for
 * readers the policy allows; each function lists the fields it sends.
 */
import type { z } from "zod";
import type { carePlanReviewSchema, carePlanSchema, carePlanVersionSchema, carePlanVersionSummarySchema } from "../../core/api/care-plans.js";
import { carePlanContentSchema, goalsSummary, nextReviewDue, type CarePlanReview, type CarePlanVersion } from "../../core/support/care-plan.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { carePlanFields } from "./fields.js";
import type { CarePlanReviewRow, CarePlanRow, CarePlanVersionRow } from "./queries.js";

export interface OpenedVersion extends CarePlanVersion {
  basedOnAssessmentId: string | null;
}

/** A stored version with its content and reason decrypted, in the core's shape. */
export function openVersion(vault: Vault, key: SubjectKey, row: CarePlanVersionRow): OpenedVersion {
  const content = carePlanContentSchema.parse(JSON.parse(vault.decrypt(key, carePlanFields.content, row.content)));
  return {
    version: row.version,
    content,
    createdOn: row.createdOn,
    createdBy: row.createdBy,
    ...(row.reason ? { reason: vault.decrypt(key, carePlanFields.reason, row.reason) } : {}),
    basedOnAssessmentId: row.basedOnAssessmentId,
  };
}

/** A stored review with its notes decrypted, in the core's shape. */
export function openReview(vault: Vault, key: SubjectKey, row: CarePlanReviewRow): CarePlanReview & { id: string } {
  const notes = row.notes ? (JSON.parse(vault.decrypt(key, carePlanFields.reviewNotes, row.notes)) as Record<string, string>) : {};
  return {
    id: row.id,
    planVersion: row.planVersion,
    reviewedOn: row.reviewedOn,
    reviewedBy: row.reviewedBy,
    progress: Object.entries(row.progress).map(([goalId, value]) => ({
      goalId,
      value: value as CarePlanReview["progress"][number]["value"],
      ...(notes[goalId] ? { note: notes[goalId] } : {}),
    })),
    nextReviewOn: row.nextReviewOn,
  };
}

/** Every member of staff a plan's history names: authors, reviewers and workers delivering support. */
export const namedStaffIds = (versions: readonly CarePlanVersion[], reviews: readonly CarePlanReview[]): string[] => [
  ...versions.flatMap((version) => [version.createdBy, ...workerIdsOf(version)]),
  ...reviews.map((review) => review.reviewedBy),
];

export const workerIdsOf = (version: CarePlanVersion): string[] =>
  version.content.interventions.flatMap((intervention) => ("workerId" in intervention.deliveredBy ? [intervention.deliveredBy.workerId] : []));

export function presentVersionSummary(version: OpenedVersion, names: ReadonlyMap<string, string>): z.infer<typeof carePlanVersionSummarySchema> {
  return {
    version: version.version,
    createdOn: version.createdOn,
    createdByName: names.get(version.createdBy) ?? null,
    reason: version.reason ?? null,
    basedOnAssessmentId: version.basedOnAssessmentId,
  };
}

export function presentVersion(version: OpenedVersion, names: ReadonlyMap<string, string>): z.infer<typeof carePlanVersionSchema> {
  const people = [...new Set(workerIdsOf(version))].flatMap((userId) => {
    const name = names.get(userId);
    return name ? [{ userId, name }] : [];
  });
  return { ...presentVersionSummary(version, names), content: version.content, people };
}

export function presentReview(review: CarePlanReview & { id: string }, names: ReadonlyMap<string, string>): z.infer<typeof carePlanReviewSchema> {
  return {
    id: review.id,
    planVersion: review.planVersion,
    reviewedOn: review.reviewedOn,
    reviewedByName: names.get(review.reviewedBy) ?? null,
    progress: review.progress.map((entry) => ({ goalId: entry.goalId, value: entry.value, note: entry.note ?? null })),
    nextReviewOn: review.nextReviewOn,
  };
}

export interface PlanHistory {
  plan: CarePlanRow;
  versions: OpenedVersion[];
  reviews: (CarePlanReview & { id: string })[];
  names: ReadonlyMap<string, string>;
}

export function presentPlan(history: PlanHistory, today: string): NonNullable<z.infer<typeof carePlanSchema>["plan"]> {
  const { plan, versions, reviews, names } = history;
  const current = versions.find((version) => version.version === plan.currentVersion) ?? versions.at(-1)!;
  return {
    currentVersion: plan.currentVersion,
    current: presentVersion(current, names),
    versions: versions.map((version) => presentVersionSummary(version, names)),
    reviews: [...reviews].reverse().map((review) => presentReview(review, names)),
    goalsSummary: goalsSummary(versions, reviews),
    // The same rule that set care_plans.next_review_on (which the reminders read), and whether it has passed.
    nextReview: nextReviewDue(reviews, versions[0]!.createdOn, today),
  };
}
