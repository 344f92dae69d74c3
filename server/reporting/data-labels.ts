/**
 * Words for the values a staff dashboard or a released report shows that the organisation's data
 * names rather than the message catalogue: its sites, its programmes' titles, the referral sources
 * it added, and the outcomes it added or renamed. Built-in sources and outcomes are left to the
 * catalogue, so a page names them in the reader's language (and a printed report in English).
 */
import { asc, desc, eq, isNull, or } from "drizzle-orm";
import { defaultReferralSources } from "../../core/referrals/vocabulary.js";
import type { Db } from "../db/client.js";
import { programmeVersions, referralSources, sites } from "../db/schema.js";
import { readClosureOutcomes } from "../support/vocabulary.js";

const builtInSources = new Set(defaultReferralSources.map((source) => source.code));

export async function reportingLabels(db: Db, organisationId: string): Promise<Record<string, Record<string, string>>> {
  const [siteRows, sourceRows, programmeRows, outcomes] = await Promise.all([
    db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.organisationId, organisationId)),
    db.select({ code: referralSources.code, label: referralSources.label }).from(referralSources).where(eq(referralSources.organisationId, organisationId)),
    // Built-in programmes and the organisation's own versions only: never another organisation's titles.
    db
      .select({ key: programmeVersions.key, definition: programmeVersions.definition })
      .from(programmeVersions)
      .where(or(isNull(programmeVersions.organisationId), eq(programmeVersions.organisationId, organisationId)))
      // Oldest first, and a built-in row before the organisation's own of the same version (nulls sort first descending).
      .orderBy(asc(programmeVersions.version), desc(programmeVersions.organisationId)),
    readClosureOutcomes(db, organisationId),
  ]);
  // Later rows overwrite earlier ones: the newest version's title wins, the organisation's own in a tie.
  const programmes: Record<string, string> = {};
  for (const row of programmeRows) {
    const title = row.definition.title;
    if (typeof title === "string" && title !== "") programmes[row.key] = title;
  }
  return {
    site: Object.fromEntries(siteRows.map((row) => [row.id, row.name])),
    programme: programmes,
    referral_source: Object.fromEntries(sourceRows.filter((row) => !builtInSources.has(row.code)).map((row) => [row.code, row.label])),
    outcome: Object.fromEntries(outcomes.flatMap((outcome) => (outcome.label ? [[outcome.code, outcome.label]] : []))),
  };
}
