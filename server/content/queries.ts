/** Reading content items and their language versions, always within the caller's organisation. */
import { and, eq, inArray } from "drizzle-orm";
import type { ContentKind } from "../../core/content/vocabulary.js";
import type { Db } from "../db/client.js";
import { contentItems, contentVersions, users } from "../db/schema.js";
import { notFound } from "../http/errors.js";

export type ContentItemRow = typeof contentItems.$inferSelect;
export type ContentVersionRow = typeof contentVersions.$inferSelect;

/** The item of this kind in the organisation, or a 404: another organisation's items do not exist here. */
export async function findItem(db: Db, organisationId: string, kind: ContentKind, id: string): Promise<ContentItemRow> {
  const [item] = await db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.id, id), eq(contentItems.organisationId, organisationId), eq(contentItems.kind, kind)))
    .limit(1);
  if (!item) throw notFound(kind === "article" ? "Article" : "Case study");
  return item;
}

/** Every language version of the items, in the switcher's order of languages. */
export async function versionsOf(db: Db, itemIds: readonly string[]): Promise<ContentVersionRow[]> {
  if (itemIds.length === 0) return [];
  return db.select().from(contentVersions).where(inArray(contentVersions.itemId, [...itemIds])).limit(itemIds.length * 6);
}

/** Staff display names by id (authors, contributors, reviewers). */
export async function namesOf(db: Db, organisationId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, ids)))
    .limit(ids.length);
  return new Map(rows.map((row) => [row.id, row.name]));
}
