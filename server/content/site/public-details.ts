/**
 * The organisation the public site belongs to (as the public referral form decides it: the one
 * configured, else the first created) with its public details, read in one query: every public page
 * needs both.
 */
import { asc, eq } from "drizzle-orm";
import type { SiteSettings } from "../../../core/api/content.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { organisations, siteSettings } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { settingsOf } from "../site-settings.js";

export interface PublicDetails {
  id: string;
  name: string;
  settings: SiteSettings;
}

export async function publicDetails(db: Db, config: Config): Promise<PublicDetails> {
  // Unscoped on purpose: the public pages are not signed in, and the organisation is configuration.
  const query = db.select({ id: organisations.id, name: organisations.name, settings: siteSettings }).from(organisations).leftJoin(siteSettings, eq(siteSettings.organisationId, organisations.id));
  const [row] = config.publicOrganisationId
    ? await query.where(eq(organisations.id, config.publicOrganisationId)).limit(1)
    : await query.orderBy(asc(organisations.createdAt), asc(organisations.id)).limit(1);
  if (!row) throw new AppError("not_found", "This site is not set up yet.");
  return { id: row.id, name: row.name, settings: settingsOf(row.settings) };
}
