/** One worker's profile with the sites they work at: for the worker, their sites' managers and administrators. */
import { londonDay } from "../../core/referrals/triage-target.js";
import type { WorkerDetail } from "../../core/api/workers.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { canEditWorker, canReadWorker } from "./policy.js";
import { presentWorker } from "./presenter.js";
import { findWorkerFor, openCaseCounts, profilesOf } from "./queries.js";

export async function readWorker(db: Db, actor: Actor, userId: string, now: Date): Promise<WorkerDetail> {
  const worker = await findWorkerFor(db, actor, userId);
  const siteIds = worker.sites.map((site) => site.id);
  authorize(canReadWorker(actor, { userId: worker.userId, siteIds }));
  const [profiles, open] = await Promise.all([profilesOf(db, actor.organisationId, [userId]), openCaseCounts(db, [userId])]);
  const presented = presentWorker(worker, profiles.get(userId), { openCases: open.get(userId) ?? 0, today: londonDay(now), canEdit: canEditWorker(actor, siteIds) });
  return { ...presented, sites: worker.sites };
}
