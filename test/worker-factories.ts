/**
 * Worker profiles for tests: a member of staff with a DBS check that is current on the test clock
 * (so they can be allocated), or with any profile fields a test needs.
 */
import type { SaveWorkerProfileBody } from "../core/api/workers.js";
import type { Db } from "../server/db/client.js";
import { workerProfiles } from "../server/db/schema.js";
import type { TestOrganisation } from "./factories.js";

type ProfileOptions = Partial<Omit<SaveWorkerProfileBody, "version">>;

/** Two years either side of `now`: checked a year ago, runs out in two. */
export function currentVetting(now: Date): NonNullable<SaveWorkerProfileBody["vetting"]> {
  const year = now.getUTCFullYear();
  const rest = now.toISOString().slice(4, 10).replace("-02-29", "-02-28");
  return { checkedOn: `${year - 1}${rest}`, expiresOn: `${year + 2}${rest}`, reference: "001234567890" };
}

/** Saves a worker profile directly (as a manager would through the API), current vetting unless told otherwise. */
export async function createWorkerProfile(db: Db, organisation: Pick<TestOrganisation, "id">, userId: string, now: Date, options: ProfileOptions = {}): Promise<void> {
  const vetting = options.vetting === undefined ? currentVetting(now) : options.vetting;
  await db
    .insert(workerProfiles)
    .values({
      userId,
      organisationId: organisation.id,
      gender: options.gender ?? "not_stated",
      languages: options.languages ?? ["en"],
      specialisms: options.specialisms ?? [],
      maxCaseload: options.maxCaseload ?? 15,
      vettingCheckedOn: vetting?.checkedOn ?? null,
      vettingExpiresOn: vetting?.expiresOn ?? null,
      vettingReference: vetting?.reference ?? null,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: workerProfiles.userId });
}
