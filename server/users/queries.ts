/** Staff account queries, always within the actor's organisation. */
import { and, asc, count, eq, ilike, inArray, ne, or } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { roleGrants, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";

export type UserRow = typeof users.$inferSelect;
export type GrantRow = typeof roleGrants.$inferSelect;

export async function findUserFor(db: Db, actor: Actor, userId: string): Promise<UserRow> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)))
    .limit(1);
  if (!user) throw notFound("User");
  return user;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsersFor(
  db: Db,
  actor: Actor,
  query: { search?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const pattern = query.search ? `%${escapeLike(query.search)}%` : undefined;
  const where = and(
    eq(users.organisationId, actor.organisationId),
    pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function grantsOf(db: Db, userIds: string[]): Promise<Map<string, GrantRow[]>> {
  const byUser = new Map<string, GrantRow[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db.select().from(roleGrants).where(inArray(roleGrants.userId, userIds));
  for (const row of rows) byUser.get(row.userId)?.push(row);
  return byUser;
}

/** How many other active administrators the organisation has besides `exceptUserId`. */
export async function otherActiveAdministrators(db: Db, organisationId: string, exceptUserId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.organisationId, organisationId),
        eq(roleGrants.role, "administrator"),
        eq(users.isActive, true),
        ne(users.id, exceptUserId),
      ),
    );
  return row?.n ?? 0;
}
