/**
 * The organisation the public pages belong to: the one named by PATHWAYS_PUBLIC_ORGANISATION_ID, or
 * else the first organisation created (a single-organisation installation).
 */
import { asc, eq } from "drizzle-orm";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { organisations } from "../db/schema.js";
import { AppError } from "../http/errors.js";

export async function publicOrganisation(db: Db, config: Config): Promise<{ id: string; name: string }> {
  // Unscoped on purpose: the public pages are not signed in, and the organisation is configuration.
  const query = db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  const [organisation] = config.publicOrganisationId
    ? await query.where(eq(organisations.id, config.publicOrganisationId)).limit(1)
    : await query.orderBy(asc(organisations.createdAt), asc(organisations.id)).limit(1);
  if (!organisation) throw new AppError("not_found", "This service is not taking referrals online yet.");
  return organisation;
}
