/** A site's panel members with their accounts, the staff who could join, and one member by id within the organisation. */
import { and, asc, eq, inArray, ne, notInArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { panelMembers, roleGrants, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import type { MemberRow } from "../access/load-meeting.js";

export interface MemberWithAccount {
  member: MemberRow;
  account: { name: string; email: string; hasPassword: boolean };
}

const accountColumns = { name: users.displayName, email: users.email, passwordHash: users.passwordHash };
const withAccount = (row: { member: MemberRow; name: string; email: string; passwordHash: string | null }): MemberWithAccount => ({
  member: row.member,
  account: { name: row.name, email: row.email, hasPassword: row.passwordHash !== null },
});

/** A site has tens of members at most; the bound keeps a mistake from becoming a huge page. */
const maxMembers = 500;

export async function membersOfSite(db: Db, organisationId: string, siteId: string): Promise<MemberWithAccount[]> {
  const rows = await db
    .select({ member: panelMembers, ...accountColumns })
    .from(panelMembers)
    .innerJoin(users, eq(users.id, panelMembers.userId))
    .where(and(eq(panelMembers.organisationId, organisationId), eq(panelMembers.siteId, siteId)))
    .orderBy(asc(users.displayName), asc(panelMembers.id))
    .limit(maxMembers);
  return rows.map(withAccount);
}

/** A member of the actor's organisation, or "not found"; the caller checks the site. */
export async function findMemberFor(db: Db, actor: Actor, memberId: string, options: { forUpdate?: boolean } = {}): Promise<MemberWithAccount> {
  const query = db
    .select({ member: panelMembers, ...accountColumns })
    .from(panelMembers)
    .innerJoin(users, eq(users.id, panelMembers.userId))
    .where(and(eq(panelMembers.id, memberId), eq(panelMembers.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update", { of: panelMembers }) : await query;
  if (!row) throw notFound("Member");
  return withAccount(row);
}

/** Active staff holding a role at the site (other than panel member) who have no seat on its panel yet. */
export async function staffOptions(db: Db, organisationId: string, siteId: string, excludeUserIds: readonly string[]) {
  const atSite = db
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(and(eq(roleGrants.organisationId, organisationId), eq(roleGrants.siteId, siteId), ne(roleGrants.role, "panel_member")));
  return db
    .select({ userId: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.isActive, true), inArray(users.id, atSite), excludeUserIds.length > 0 ? notInArray(users.id, [...excludeUserIds]) : undefined))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(maxMembers);
}
