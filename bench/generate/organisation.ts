/**
 * The synthetic organisation: ten sites, and at each a caseworker, a team manager and a mentor who
 * have finished second-factor enrolment (TOTP secret stored through the vault), so a benchmark can
 * give them a complete session; the built-in instruments and programmes and the training courses
 * the cases and sites' activity name. Written through the schema like the app writes them.
 */
import { eq } from "drizzle-orm";
import { storeTotpSecret } from "../../server/auth/second-factor-secret.js";
import { hashPassword } from "../../server/auth/passwords.js";
import { newTotpSecret } from "../../server/auth/totp.js";
import type { Db } from "../../server/db/client.js";
import { organisations, referralSources, roleGrants, sites, trainingCourses, users } from "../../server/db/schema.js";
import { latestVersion } from "../../server/instruments/catalogue.js";
import { syncBuiltInInstruments } from "../../server/instruments/sync-built-ins.js";
import { ensureCourseCatalogue, defaultCourses } from "../../server/outreach/training/default-courses.js";
import { latestProgramme } from "../../server/programmes/catalogue.js";
import { syncBuiltInProgrammes } from "../../server/programmes/sync-built-ins.js";
import { ensureDefaultSources } from "../../server/referrals/sources.js";
import type { Vault } from "../../server/vault/vault.js";
import { siteSpecs } from "../data/places.js";
import { groupProgrammes, type GroupProgramme } from "../data/support-schedule.js";
import type { Course } from "./activity-rows.js";
import type { SiteStaff } from "./chunk-rows.js";

/** Staff sign in with their email and this password (a local, synthetic database only). */
export const benchPassword = "bench only: not a real account";

export interface BenchSite extends SiteStaff {
  name: string;
}

export interface OrganisationSetup {
  organisationId: string;
  sites: BenchSite[];
  sourceIds: Record<string, string>;
  instrumentIds: Record<"cross_vulnerability" | "top", string>;
  programmeIds: Record<GroupProgramme, string>;
  courses: Course[];
}

const staffRoles = [
  { key: "caseworker", role: "caseworker", title: "Caseworker" },
  { key: "manager", role: "team_manager", title: "Team Manager" },
  { key: "mentor", role: "mentor", title: "Mentor" },
] as const;

export async function createBenchOrganisation(db: Db, vault: Vault, now: Date): Promise<OrganisationSetup> {
  const [organisation] = await db.insert(organisations).values({ name: "Pathways Bench Trust" }).returning();
  if (!organisation) throw new Error("no organisation");
  const siteRows = await db
    .insert(sites)
    .values(siteSpecs.map((site) => ({ organisationId: organisation.id, name: site.name })))
    .returning();
  await ensureDefaultSources(db, organisation.id);
  const sources = await db.select().from(referralSources).where(eq(referralSources.organisationId, organisation.id));
  const passwordHash = await hashPassword(benchPassword);
  const benchSites: BenchSite[] = [];
  for (const [index, spec] of siteSpecs.entries()) {
    const site = siteRows.find((row) => row.name === spec.name);
    if (!site) throw new Error(`site ${spec.name} was not created`);
    const staff: Record<string, string> = {};
    for (const { key, role, title } of staffRoles) {
      const [user] = await db
        .insert(users)
        .values({ organisationId: organisation.id, email: `${key}.${index + 1}@bench.example.org`, displayName: `${title} ${index + 1} (${spec.name})`, passwordHash })
        .returning();
      if (!user) throw new Error("no user");
      await db.insert(roleGrants).values({ organisationId: organisation.id, userId: user.id, role, siteId: site.id });
      await storeTotpSecret(db, vault, { id: user.id, organisationId: organisation.id }, newTotpSecret());
      await db.update(users).set({ totpEnabledAt: now }).where(eq(users.id, user.id));
      staff[key] = user.id;
    }
    benchSites.push({ siteId: site.id, name: spec.name, caseworker: staff.caseworker!, manager: staff.manager!, mentor: staff.mentor! });
  }
  // The built-in instruments and programmes, stored as the server stores them at start, and the
  // course catalogue as the first training finds it.
  await syncBuiltInInstruments(db);
  await syncBuiltInProgrammes(db);
  const instrumentIds = { cross_vulnerability: (await latestVersion(db, organisation.id, "cross_vulnerability")).id, top: (await latestVersion(db, organisation.id, "top")).id };
  const programmeIds = Object.fromEntries(await Promise.all(groupProgrammes.map(async (key) => [key, (await latestProgramme(db, organisation.id, key)).id]))) as Record<GroupProgramme, string>;
  await ensureCourseCatalogue(db, { organisationId: organisation.id, actorUserId: benchSites[0]!.manager, now, requestId: "bench-data" });
  const courses = await db
    .select({ id: trainingCourses.id, title: trainingCourses.title, confidenceQuestions: trainingCourses.confidenceQuestions, refresherMonths: trainingCourses.refresherMonths })
    .from(trainingCourses)
    .where(eq(trainingCourses.organisationId, organisation.id));
  // In the default catalogue's order: site-activity.ts names courses by position.
  const position = (title: string) => defaultCourses.findIndex((course) => course.title === title);
  courses.sort((a, b) => position(a.title) - position(b.title));
  return {
    organisationId: organisation.id,
    sites: benchSites,
    sourceIds: Object.fromEntries(sources.map((source) => [source.code, source.id])),
    instrumentIds,
    programmeIds,
    courses: courses.map(({ title: _title, ...course }) => course),
  };
}
