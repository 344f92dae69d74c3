/** The content item as it leaves the server for staff: its fields, its versions, what the reader may do. */
import type { ContentItem, ContentSummary } from "../../core/api/content.js";
import type { SiteLanguage } from "../../core/content/vocabulary.js";
import { siteLanguages } from "../../core/content/vocabulary.js";
import type { ContentStatus } from "../../core/content/workflow.js";
import type { ContentAbilities } from "./policy.js";
import type { ContentItemRow, ContentVersionRow } from "./queries.js";

const byLanguage = (a: { language: string }, b: { language: string }) =>
  siteLanguages.indexOf(a.language as SiteLanguage) - siteLanguages.indexOf(b.language as SiteLanguage);

/** The working copy's versions (languages being written), with whether each is live. */
function workingVersions(item: ContentItemRow, versions: readonly ContentVersionRow[]): ContentItem["versions"] {
  return versions
    .filter((version) => version.itemId === item.id && version.title !== null)
    .sort(byLanguage)
    .map((version) => ({
      language: version.language as SiteLanguage,
      title: version.title ?? "",
      summary: version.summary ?? "",
      bodyHtml: version.bodyHtml ?? "",
      isLive: item.isLive && version.liveTitle !== null,
    }));
}

export function presentItem(
  item: ContentItemRow,
  versions: readonly ContentVersionRow[],
  names: ReadonlyMap<string, string>,
  can: ContentAbilities,
  caseStudy: { caseId: string; caseReference: string; identityWarnings: ContentItem["identityWarnings"]; hasCurrentConsent: boolean } | null = null,
): ContentItem {
  const nameOf = (id: string) => names.get(id) ?? "—";
  return {
    id: item.id,
    kind: item.kind as ContentItem["kind"],
    slug: item.slug,
    topics: item.topics,
    status: item.status as ContentStatus,
    isLive: item.isLive,
    version: item.version,
    author: { id: item.createdBy, name: nameOf(item.createdBy) },
    contributors: item.contributorIds.map((id) => ({ id, name: nameOf(id) })),
    reviewNote: item.reviewNote,
    reviewedBy: item.reviewedBy ? nameOf(item.reviewedBy) : null,
    firstPublishedAt: item.firstPublishedAt?.toISOString() ?? null,
    lastPublishedAt: item.lastPublishedAt?.toISOString() ?? null,
    updatedAt: item.updatedAt.toISOString(),
    versions: workingVersions(item, versions),
    caseId: caseStudy?.caseId ?? null,
    caseReference: caseStudy?.caseReference ?? null,
    identityWarnings: caseStudy?.identityWarnings ?? null,
    hasCurrentConsent: caseStudy?.hasCurrentConsent ?? null,
    can,
  };
}

/** A list row: the title in English where there is one, else in the first language written. */
export function presentSummary(
  item: ContentItemRow,
  versions: readonly ContentVersionRow[],
  names: ReadonlyMap<string, string>,
  caseReference: string | null = null,
): ContentSummary {
  const own = versions.filter((version) => version.itemId === item.id).sort(byLanguage);
  const written = own.filter((version) => version.title !== null);
  const titled = written.find((version) => version.title?.trim()) ?? own.find((version) => version.liveTitle);
  return {
    id: item.id,
    kind: item.kind as ContentSummary["kind"],
    slug: item.slug,
    title: titled?.title ?? titled?.liveTitle ?? "",
    languages: written.map((version) => version.language as SiteLanguage),
    topics: item.topics,
    status: item.status as ContentStatus,
    isLive: item.isLive,
    authorName: names.get(item.createdBy) ?? "—",
    caseReference,
    updatedAt: item.updatedAt.toISOString(),
  };
}
