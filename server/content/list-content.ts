/**
 * The editors' list of articles (or, for case-study reviewers, the case studies they may see):
 * newest change first, filtered by status, topic and words in any language's title, paged.
 */
import { and, count, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { contentListQuerySchema, ContentSummary } from "../../core/api/content.js";
import type { ContentKind } from "../../core/content/vocabulary.js";
import type { Db } from "../db/client.js";
import { contentItems, contentVersions } from "../db/schema.js";
import { presentSummary } from "./presenter.js";
import { namesOf, versionsOf } from "./queries.js";

type ListQuery = z.infer<typeof contentListQuerySchema>;

/** `text` as a LIKE pattern matching it anywhere, its wildcards taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export async function listContent(
  db: Db,
  organisationId: string,
  kind: ContentKind,
  query: ListQuery,
  scope: SQL | undefined = undefined,
  caseReferences: (itemIds: string[]) => Promise<Map<string, string>> = async () => new Map(),
): Promise<{ items: ContentSummary[]; total: number }> {
  const pattern = query.q ? containsPattern(query.q) : null;
  const where = and(
    eq(contentItems.organisationId, organisationId),
    eq(contentItems.kind, kind),
    scope,
    query.status ? eq(contentItems.status, query.status) : undefined,
    query.topic ? sql`${contentItems.topics} @> ${JSON.stringify([query.topic])}::jsonb` : undefined,
    pattern
      ? or(
          ilike(contentItems.slug, pattern),
          exists(
            db
              .select({ one: sql`1` })
              .from(contentVersions)
              .where(and(eq(contentVersions.itemId, contentItems.id), or(ilike(contentVersions.title, pattern), ilike(contentVersions.liveTitle, pattern)))),
          ),
        )
      : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(contentItems)
      .where(where)
      .orderBy(desc(contentItems.updatedAt), desc(contentItems.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(contentItems).where(where),
  ]);
  const ids = rows.map((row) => row.id);
  const [versions, names, references] = await Promise.all([
    versionsOf(db, ids),
    namesOf(db, organisationId, rows.map((row) => row.createdBy)),
    caseReferences(ids),
  ]);
  return { items: rows.map((row) => presentSummary(row, versions, names, references.get(row.id) ?? null)), total: counted?.total ?? 0 };
}
