/**
 * Outgoing shape of a worker: their profile (or the defaults when none is saved), how many open
 * cases they work and where their vetting stands today. Staff data only; no client in it.
 */
import type { WorkerGender, Worker } from "../../core/api/workers.js";
import { workerGenders } from "../../core/api/workers.js";
import { specialisms, type Specialism, type WorkerProfile } from "../../core/support/matching.js";
import type { ProfileRow, StaffMember } from "./queries.js";
import { vettingStateOn } from "./vetting.js";

/** What a worker without a saved profile reads as: no vetting, so they cannot be allocated. */
export const defaultMaxCaseload = 15;

const genderOf = (stored: string | undefined): WorkerGender => workerGenders.find((gender) => gender === stored) ?? "not_stated";
const specialismsOf = (stored: readonly string[] | undefined): Specialism[] => (stored ?? []).flatMap((code) => specialisms.filter((known) => known === code));

/** The fields of a profile as stored, or the defaults. */
export function profileFields(row: ProfileRow | undefined) {
  return {
    gender: genderOf(row?.gender),
    languages: [...(row?.languages ?? [])],
    specialisms: specialismsOf(row?.specialisms),
    maxCaseload: row?.maxCaseload ?? defaultMaxCaseload,
    vetting: row?.vettingExpiresOn && row.vettingCheckedOn ? { checkedOn: row.vettingCheckedOn, expiresOn: row.vettingExpiresOn } : null,
  };
}

export function presentWorker(
  staff: StaffMember,
  row: ProfileRow | undefined,
  context: { openCases: number; today: string; canEdit: boolean },
): Worker {
  const fields = profileFields(row);
  return {
    userId: staff.userId,
    displayName: staff.displayName,
    roles: staff.roles,
    gender: fields.gender,
    languages: fields.languages,
    specialisms: fields.specialisms,
    maxCaseload: fields.maxCaseload,
    openCases: context.openCases,
    vetting: {
      state: vettingStateOn(fields.vetting?.expiresOn ?? null, context.today),
      checkedOn: fields.vetting?.checkedOn ?? null,
      expiresOn: fields.vetting?.expiresOn ?? null,
      reference: row?.vettingReference ?? null,
    },
    hasProfile: row !== undefined,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    abilities: { edit: context.canEdit },
  };
}

/** The profile as the matching core reads it. */
export function matchingProfile(
  staff: StaffMember,
  row: ProfileRow | undefined,
  context: { siteIds: readonly string[]; openCases: number; conflictClientIds: readonly string[] },
): WorkerProfile {
  const fields = profileFields(row);
  return {
    userId: staff.userId,
    name: staff.displayName,
    gender: fields.gender,
    languages: fields.languages,
    specialisms: fields.specialisms,
    siteIds: context.siteIds,
    vetting: fields.vetting,
    maxCaseload: fields.maxCaseload,
    openCases: context.openCases,
    conflictClientIds: context.conflictClientIds,
  };
}
