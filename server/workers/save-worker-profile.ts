/**
 * Saving a worker's profile (languages, gender, specialisms, caseload limit, DBS vetting). Managers
 * at one of the worker's sites and administrators may; the version the editor saw must still be
 * current (0 for a first save), so two people editing at once cannot both win. Audited as a change
 * to staff data, naming the fields changed, never their values.
 */
import { and, eq } from "drizzle-orm";
import type { SaveWorkerProfileBody } from "../../core/api/workers.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { workerProfiles } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canEditWorker } from "./policy.js";
import { profileFields } from "./presenter.js";
import { findWorkerFor, profilesOf } from "./queries.js";

const stale = () => new AppError("conflict", "Someone else changed this profile while you were editing it. Reload to see their changes.");

export async function saveWorkerProfile(tx: Db, actor: Actor, userId: string, input: SaveWorkerProfileBody, context: { now: Date; requestId: string }): Promise<void> {
  const worker = await findWorkerFor(tx, actor, userId);
  authorize(canEditWorker(actor, worker.sites.map((site) => site.id)));
  const existing = (await profilesOf(tx, actor.organisationId, [userId])).get(userId);
  const values = {
    gender: input.gender,
    languages: input.languages,
    specialisms: input.specialisms,
    maxCaseload: input.maxCaseload,
    vettingCheckedOn: input.vetting?.checkedOn ?? null,
    vettingExpiresOn: input.vetting?.expiresOn ?? null,
    vettingReference: input.vetting?.reference || null,
    updatedBy: actor.userId,
    updatedAt: context.now,
  };
  if (!existing) {
    if (input.version !== 0) throw stale();
    const inserted = await tx
      .insert(workerProfiles)
      .values({ userId, organisationId: actor.organisationId, ...values, version: 1 })
      .onConflictDoNothing({ target: workerProfiles.userId })
      .returning({ userId: workerProfiles.userId });
    if (inserted.length === 0) throw stale();
  } else {
    const updated = await tx
      .update(workerProfiles)
      .set({ ...values, version: existing.version + 1 })
      .where(and(eq(workerProfiles.userId, userId), eq(workerProfiles.version, input.version)))
      .returning({ userId: workerProfiles.userId });
    if (updated.length === 0) throw stale();
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "worker.profile_changed",
    entityType: "user",
    entityId: userId,
    requestId: context.requestId,
    details: { fields: changedFields(existing, input), version: (existing?.version ?? 0) + 1 },
  });
}

/** The names of the fields that differ from what was saved before (all of them on a first save). */
function changedFields(existing: Parameters<typeof profileFields>[0], input: SaveWorkerProfileBody): string[] {
  const before = profileFields(existing);
  const reference = existing?.vettingReference ?? null;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return [
    ...(same(before.gender, input.gender) ? [] : ["gender"]),
    ...(same([...before.languages].sort(), [...input.languages].sort()) ? [] : ["languages"]),
    ...(same([...before.specialisms].sort(), [...input.specialisms].sort()) ? [] : ["specialisms"]),
    ...(before.maxCaseload === input.maxCaseload ? [] : ["maxCaseload"]),
    ...(same(before.vetting, input.vetting ? { checkedOn: input.vetting.checkedOn, expiresOn: input.vetting.expiresOn } : null) ? [] : ["vetting"]),
    ...(reference === (input.vetting?.reference || null) ? [] : ["vettingReference"]),
  ];
}
