/**
 * What the public site reads: live articles and case studies of the public organisation, each in
 * the visitor's language where it has been translated. Only live copies are read, never a working
 * copy. A case study is read only while its client is a live record whose latest case-study consent
 * is "given": checked in the same query that reads it, so a withdrawal (or an erasure, or a merge
 * into someone who has not consented) takes it off the site at once, whatever else has happened.
 */
import { and, asc, desc, eq, exists, ilike, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { ContentKind, ContentTopic, SiteLanguage } from "../../../core/content/vocabulary.js";
import type { Db } from "../../db/client.js";
import { cases, clients, consents, contentItems, contentVersions } from "../../db/schema.js";
import { containsPattern } from "../list-content.js";

export interface LiveVersion {
  language: SiteLanguage;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: Date;
}

export interface LiveItem {
  id: string;
  kind: ContentKind;
  slug: string;
  topics: ContentTopic[];
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  versions: LiveVersion[];
}

/** The case-study consent rule, as SQL over `content_items`: true for every article. */
export const isShowable = (): SQL =>
  sql`(${contentItems.caseId} is null or exists (
    select 1 from ${cases} join ${clients} on ${clients.id} = ${cases.clientId}
    where ${cases.id} = ${contentItems.caseId} and ${clients.erasedAt} is null and ${clients.mergedIntoId} is null
      and (select ${consents.status} from ${consents}
           where ${consents.clientId} = ${clients.id} and ${consents.purpose} = 'case_study'
           order by ${consents.recordedAt} desc, (${consents.status} = 'withdrawn') desc limit 1) = 'given'))`;

const live = (organisationId: string, kind: ContentKind): SQL =>
  and(eq(contentItems.organisationId, organisationId), eq(contentItems.kind, kind), eq(contentItems.isLive, true), isShowable()) as SQL;

function liveItemOf(row: typeof contentItems.$inferSelect, versions: readonly (typeof contentVersions.$inferSelect)[]): LiveItem {
  return {
    id: row.id,
    kind: row.kind as ContentKind,
    slug: row.slug,
    topics: row.topics,
    firstPublishedAt: row.firstPublishedAt ?? row.updatedAt,
    lastPublishedAt: row.lastPublishedAt ?? row.updatedAt,
    versions: versions
      .filter((version) => version.itemId === row.id)
      .map((version) => ({
        language: version.language as SiteLanguage,
        title: version.liveTitle ?? "",
        summary: version.liveSummary ?? "",
        bodyHtml: version.liveBodyHtml ?? "",
        publishedAt: version.livePublishedAt ?? row.updatedAt,
      })),
  };
}

async function withVersions(db: Db, rows: (typeof contentItems.$inferSelect)[]): Promise<LiveItem[]> {
  if (rows.length === 0) return [];
  const versions = await db
    .select()
    .from(contentVersions)
    .where(and(inArray(contentVersions.itemId, rows.map((row) => row.id)), isNotNull(contentVersions.liveTitle)))
    .orderBy(asc(contentVersions.language))
    .limit(rows.length * 6);
  return rows.map((row) => liveItemOf(row, versions));
}

/** One live item by its address with its live versions, in one query; null when there is none to show. */
export async function liveItemBySlug(db: Db, organisationId: string, kind: ContentKind, slug: string): Promise<LiveItem | null> {
  const rows = await db
    .select({ item: contentItems, version: contentVersions })
    .from(contentItems)
    .innerJoin(contentVersions, and(eq(contentVersions.itemId, contentItems.id), isNotNull(contentVersions.liveTitle)))
    .where(and(live(organisationId, kind), eq(contentItems.slug, slug)))
    .orderBy(asc(contentVersions.language))
    .limit(6);
  const first = rows[0];
  if (!first) return null;
  return liveItemOf(first.item, rows.map((row) => row.version));
}

/** A page of live items, newest first, by topic and words in any language's live text. */
export async function liveItems(
  db: Db,
  organisationId: string,
  kind: ContentKind,
  filter: { topic?: ContentTopic | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<{ items: LiveItem[]; total: number }> {
  const where = and(
    live(organisationId, kind),
    filter.topic ? sql`${contentItems.topics} @> ${JSON.stringify([filter.topic])}::jsonb` : undefined,
    filter.q
      ? exists(
          db
            .select({ one: sql`1` })
            .from(contentVersions)
            .where(and(eq(contentVersions.itemId, contentItems.id), ilike(contentVersions.liveText, containsPattern(filter.q)))),
        )
      : undefined,
  );
  const rows = await db
    .select({ item: contentItems, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(contentItems)
    .where(where)
    .orderBy(desc(contentItems.lastPublishedAt), desc(contentItems.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { items: await withVersions(db, rows.map((row) => row.item)), total: rows[0]?.total ?? 0 };
}

/** Every live item's address and languages, for the sitemap (bounded: a site of this kind has hundreds). */
export async function liveAddresses(db: Db, organisationId: string): Promise<{ kind: ContentKind; slug: string; languages: SiteLanguage[]; lastPublishedAt: Date }[]> {
  const rows = await db
    .select({ kind: contentItems.kind, slug: contentItems.slug, lastPublishedAt: contentItems.lastPublishedAt, language: contentVersions.language })
    .from(contentItems)
    .innerJoin(contentVersions, eq(contentVersions.itemId, contentItems.id))
    .where(and(eq(contentItems.organisationId, organisationId), eq(contentItems.isLive, true), isNotNull(contentVersions.liveTitle), isShowable()))
    .orderBy(desc(contentItems.lastPublishedAt), asc(contentItems.id))
    .limit(30_000);
  const byAddress = new Map<string, { kind: ContentKind; slug: string; languages: SiteLanguage[]; lastPublishedAt: Date }>();
  for (const row of rows) {
    const key = `${row.kind}/${row.slug}`;
    const entry = byAddress.get(key) ?? { kind: row.kind as ContentKind, slug: row.slug, languages: [], lastPublishedAt: row.lastPublishedAt ?? new Date(0) };
    entry.languages.push(row.language as SiteLanguage);
    byAddress.set(key, entry);
  }
  return [...byAddress.values()];
}

/** The version to show a visitor who reads `language`: theirs, else English, else the first there is. */
export function versionFor(item: LiveItem, language: SiteLanguage): LiveVersion | undefined {
  return item.versions.find((version) => version.language === language) ?? item.versions.find((version) => version.language === "en") ?? item.versions[0];
}
