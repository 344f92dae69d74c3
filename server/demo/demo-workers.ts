/**
 * Worker profiles for the demo organisation's staff who deliver support: languages, specialisms and
 * DBS checks, so matching has people to rank. Rubina Akhtar is a female Urdu-speaking mentor at
 * Birmingham with a current check; Tariq Mahmood's check runs out in three weeks, so the Workers page
 * and the vetting reminder have something to show. Re-running changes nothing.
 */
import type { Specialism } from "../../core/support/matching.js";
import type { Db } from "../db/client.js";
import { workerProfiles } from "../db/schema.js";

interface DemoProfile {
  email: string;
  gender: "female" | "male";
  languages: string[];
  specialisms: Specialism[];
  maxCaseload: number;
  /** Days from the seeding day until the DBS check runs out. */
  validForDays: number;
}

const profiles: readonly DemoProfile[] = [
  { email: "caseworker@pathways.demo", gender: "female", languages: ["en", "ur", "pa"], specialisms: ["family_work", "housing_benefits"], maxCaseload: 15, validForDays: 700 },
  { email: "caseworker.manchester@pathways.demo", gender: "male", languages: ["en", "pl"], specialisms: ["harm_reduction", "education_employment"], maxCaseload: 15, validForDays: 500 },
  { email: "caseworker.luton@pathways.demo", gender: "female", languages: ["en", "bn"], specialisms: ["female_support", "family_work"], maxCaseload: 15, validForDays: 400 },
  { email: "mentor@pathways.demo", gender: "male", languages: ["en", "ur", "pa"], specialisms: ["theology", "lived_experience", "channel_mentoring"], maxCaseload: 10, validForDays: 21 },
  { email: "mentor.rubina@pathways.demo", gender: "female", languages: ["en", "ur"], specialisms: ["female_support", "cbt", "theology"], maxCaseload: 10, validForDays: 800 },
  { email: "manager@pathways.demo", gender: "female", languages: ["en"], specialisms: [], maxCaseload: 5, validForDays: 600 },
  { email: "safeguarding@pathways.demo", gender: "male", languages: ["en", "ur"], specialisms: ["channel_mentoring"], maxCaseload: 5, validForDays: 300 },
];

const dayAfter = (now: Date, days: number): string => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoWorkers(tx: Db, input: { organisationId: string; staffId: ReadonlyMap<string, string>; now: Date }): Promise<void> {
  const rows = profiles.flatMap((profile) => {
    const userId = input.staffId.get(profile.email);
    if (!userId) return [];
    return [
      {
        userId,
        organisationId: input.organisationId,
        gender: profile.gender,
        languages: profile.languages,
        specialisms: profile.specialisms,
        maxCaseload: profile.maxCaseload,
        // A DBS check is valid for the organisation's chosen period (three years here).
        vettingCheckedOn: dayAfter(input.now, profile.validForDays - 3 * 365),
        vettingExpiresOn: dayAfter(input.now, profile.validForDays),
        vettingReference: `00${String(1_000_000_000 + profile.validForDays * 7919).slice(0, 10)}`,
        updatedAt: input.now,
      },
    ];
  });
  if (rows.length > 0) await tx.insert(workerProfiles).values(rows).onConflictDoNothing({ target: workerProfiles.userId });
}
