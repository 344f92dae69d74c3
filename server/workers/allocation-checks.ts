/**
 * The checks a new allocation must pass beyond the person's roles (cases/assign-worker.ts): their
 * DBS vetting is recorded and has not run out, and they have no live conflict of interest with the
 * case's client. Either refusal is a 409 naming the person field, and nothing is changed.
 */
import { londonDay } from "../../core/referrals/triage-target.js";
import type { Db } from "../db/client.js";
import { AppError } from "../http/errors.js";
import { conflictedWorkers, profilesOf } from "./queries.js";
import { blocksAllocation, vettingStateOn } from "./vetting.js";

const refuse = (message: string, field: string) => new AppError("conflict", message, { fields: [{ path: "body.userId", message: field }] });

export async function assertAllocatable(tx: Db, kase: { organisationId: string; clientId: string }, userId: string, now: Date): Promise<void> {
  const profile = (await profilesOf(tx, kase.organisationId, [userId])).get(userId);
  const state = vettingStateOn(profile?.vettingCheckedOn ? (profile.vettingExpiresOn ?? null) : null, londonDay(now));
  if (blocksAllocation(state)) {
    throw state === "missing"
      ? refuse("This person has no DBS check recorded, so no cases can be allocated to them. Record their vetting on the Workers page first.", "No DBS check recorded.")
      : refuse("This person's DBS check has run out, so no new cases can be allocated to them until it is renewed.", "DBS check has run out.");
  }
  if ((await conflictedWorkers(tx, kase.clientId, [userId])).has(userId)) {
    throw refuse("This person has a declared conflict of interest with the client, so they cannot work this case.", "Conflict of interest with the client.");
  }
}
