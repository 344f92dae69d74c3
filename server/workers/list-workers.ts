/**
 * The people who deliver support at a site, for its managers and for administrators: each with
 * their profile, how many open cases they work and where their vetting stands. Staff data only.
 */
import { londonDay } from "../../core/referrals/triage-target.js";
import type { Worker } from "../../core/api/workers.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { findSiteFor } from "../sites/queries.js";
import { canEditWorker, canListWorkersAt } from "./policy.js";
import { presentWorker } from "./presenter.js";
import { deliveryStaffAt, openCaseCounts, profilesOf } from "./queries.js";

export async function listWorkers(db: Db, actor: Actor, siteId: string, now: Date): Promise<Worker[]> {
  const site = await findSiteFor(db, actor, siteId);
  authorize(canListWorkersAt(actor, site.id));
  const staff = await deliveryStaffAt(db, actor.organisationId, site.id);
  const ids = staff.map((person) => person.userId);
  const [profiles, open] = await Promise.all([profilesOf(db, actor.organisationId, ids), openCaseCounts(db, ids)]);
  const today = londonDay(now);
  // Everyone listed works at this site, which the caller manages (or they administer the organisation).
  const canEdit = canEditWorker(actor, [site.id]);
  return staff.map((person) => presentWorker(person, profiles.get(person.userId), { openCases: open.get(person.userId) ?? 0, today, canEdit }));
}
