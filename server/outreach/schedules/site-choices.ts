/**
 * What a schedule or a session may name at its site, checked on the server (422 naming the field):
 * a partner of the same site, and staff who go out from it. Also the names lists show for them.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { OutreachPartnerRef } from "../../../core/api/outreach-sessions.js";
import type { PartnerType } from "../../../core/outreach/vocabulary.js";
import type { Db } from "../../db/client.js";
import { outreachPartners, users } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import { outreachStaffAt } from "../options.js";

/** The partner, when it is one of the site's; otherwise a 422 naming `path`. */
export async function checkPartnerAt(tx: Db, organisationId: string, siteId: string, partnerId: string, path: string): Promise<OutreachPartnerRef> {
  const [partner] = await tx
    .select({ id: outreachPartners.id, name: outreachPartners.name, type: outreachPartners.type })
    .from(outreachPartners)
    .where(and(eq(outreachPartners.id, partnerId), eq(outreachPartners.organisationId, organisationId), eq(outreachPartners.siteId, siteId)));
  if (!partner) throw new AppError("unprocessable", "That partner is not one of this site's.", { fields: [{ path, message: "Choose one of this site's partners." }] });
  return { ...partner, type: partner.type as PartnerType };
}

/**
 * Each person is one of the site's outreach staff, or a 422 naming each one who is not. People
 * already named (`keep`) stay allowed, so a schedule still names someone who has since moved site.
 */
export async function checkStaffAt(tx: Db, organisationId: string, siteId: string, staffIds: readonly string[], path: string, keep: readonly string[] = []): Promise<void> {
  if (staffIds.length === 0) return;
  const atSite = new Set((await outreachStaffAt(tx, organisationId, siteId)).map((person) => person.id));
  const problems = staffIds.flatMap((id, index) => (atSite.has(id) || keep.includes(id) ? [] : [{ path: `${path}.${index}`, message: "Not one of this site's outreach staff." }]));
  if (problems.length > 0) throw new AppError("unprocessable", "Some of these people do not go out from this site.", { fields: problems });
}

/** Display names of staff in the organisation, in the order given (unknown ids dropped). */
export async function staffNamed(db: Db, organisationId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export const staffList = (ids: readonly string[], names: ReadonlyMap<string, string>) => ids.flatMap((id) => (names.has(id) ? [{ id, displayName: names.get(id)! }] : []));

/** Partners of the organisation by id, for lists. */
export async function partnersNamed(db: Db, organisationId: string, ids: readonly string[]): Promise<Map<string, OutreachPartnerRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: outreachPartners.id, name: outreachPartners.name, type: outreachPartners.type })
    .from(outreachPartners)
    .where(and(eq(outreachPartners.organisationId, organisationId), inArray(outreachPartners.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, { ...row, type: row.type as PartnerType }]));
}
