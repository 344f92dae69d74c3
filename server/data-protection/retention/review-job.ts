/**
 * The retention review as a daily job. Each day's slot is one job row, so with several instances it
 * runs once (server/jobs/schedules.ts); the review of every organisation commits together or not at all.
 * Each organisation's data protection officers are then alerted to what is due (alert-officers.ts);
 * the review an officer runs from the queue alerts nobody, since they are looking at it.
 */
import type { Db } from "../../db/client.js";
import { sumOverOrganisations, type OrganisationChoice } from "../../jobs/each-organisation.js";
import type { JobContext, JobHandlers } from "../../jobs/run-next-job.js";
import type { Vault } from "../../vault/vault.js";
import { alertOfficersOfDueRecords } from "./alert-officers.js";
import { reviewOrganisation } from "./review-retention.js";

/** Reviews every organisation (or those chosen); answers how many records are due or held in all. */
export async function reviewRetention(tx: Db, vault: Vault, now: Date, choice: OrganisationChoice = {}): Promise<number> {
  return sumOverOrganisations(tx, choice, async (organisationId) => {
    const { due, held } = await reviewOrganisation(tx, vault, organisationId, now);
    await alertOfficersOfDueRecords(tx, organisationId, now);
    return due + held;
  });
}

/** The job's handler and daily schedule, for the runner; a test keeps it to its own organisation. */
export function retentionReviewJobs(vault: Vault, choice: OrganisationChoice = {}) {
  const handlers = {
    "retention.review": async (tx: Db, _payload: unknown, { now }: JobContext) => {
      await reviewRetention(tx, vault, now, choice);
    },
  } satisfies JobHandlers;
  return { handlers, schedules: [{ name: "retention.review", everySeconds: 24 * 60 * 60 }] as const };
}
