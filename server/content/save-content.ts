/**
 * Writing an item's working copy: creating an article or case study, and saving changes to it.
 * Bodies are sanitised here, on save, so nothing unsafe is ever stored. A save by someone who did
 * not write the revision so far makes them one of its writers (and so not its reviewer). Editing a
 * published item starts its next revision; its live copy stays on the site meanwhile.
 */
import { and, eq, like, or, sql } from "drizzle-orm";
import type { ContentSummary, CreateArticleBody, UpdateContentBody } from "../../core/api/content.js";
import { slugFrom } from "../../core/content/vocabulary.js";
import { statusAfterEdit, type ContentStatus } from "../../core/content/workflow.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { contentItems, contentVersions } from "../db/schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { ContentRules, WriteContext } from "./content-rules.js";
import type { ContentItemRow } from "./queries.js";
import { sanitiseBodyHtml } from "./sanitise-html.js";

type VersionInput = CreateArticleBody["versions"][number];

const slugTaken = () =>
  new AppError("conflict", "Another item already has this web address. Choose another.", { fields: [{ path: "body.slug", message: "Already used." }] });

/** A free slug from the English (or first) title, numbered when the plain one is taken. */
async function freeSlugFor(tx: Db, organisationId: string, rules: ContentRules, versions: readonly VersionInput[]): Promise<string> {
  const title = (versions.find((version) => version.language === "en") ?? versions[0])?.title ?? "";
  const base = slugFrom(title).slice(0, 70).replace(/-+$/, "") || (rules.kind === "article" ? "article" : "case-study");
  const rows = await tx
    .select({ slug: contentItems.slug })
    .from(contentItems)
    .where(and(eq(contentItems.organisationId, organisationId), eq(contentItems.kind, rules.kind), or(eq(contentItems.slug, base), like(contentItems.slug, `${base}-%`))))
    .limit(1000);
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function writeVersions(tx: Db, item: { id: string; organisationId: string }, versions: readonly VersionInput[], rules: ContentRules, now: Date): Promise<void> {
  const written = new Set(versions.map((version) => version.language));
  for (const version of versions) {
    const working = { title: version.title, summary: version.summary, bodyHtml: sanitiseBodyHtml(version.bodyHtml, { allowImages: rules.allowImages }), updatedAt: now };
    await tx
      .insert(contentVersions)
      .values({ itemId: item.id, organisationId: item.organisationId, language: version.language, ...working })
      .onConflictDoUpdate({ target: [contentVersions.itemId, contentVersions.language], set: working });
  }
  // A language left out leaves the working copy; its live copy (if any) stays until the next publication.
  const existing = await tx.select({ language: contentVersions.language, liveTitle: contentVersions.liveTitle }).from(contentVersions).where(eq(contentVersions.itemId, item.id)).limit(10);
  for (const row of existing.filter((candidate) => !written.has(candidate.language as VersionInput["language"]))) {
    const where = and(eq(contentVersions.itemId, item.id), eq(contentVersions.language, row.language));
    if (row.liveTitle === null) await tx.delete(contentVersions).where(where);
    else await tx.update(contentVersions).set({ title: null, summary: null, bodyHtml: null, updatedAt: now }).where(where);
  }
}

export async function createContent(
  tx: Db,
  actor: Actor,
  rules: ContentRules,
  input: { slug?: string | undefined; topics: ContentSummary["topics"]; versions: readonly VersionInput[] },
  context: WriteContext,
): Promise<ContentItemRow> {
  authorize(rules.mayWrite);
  const slug = input.slug ?? (await freeSlugFor(tx, actor.organisationId, rules, input.versions));
  const [item] = await tx
    .insert(contentItems)
    .values({
      organisationId: actor.organisationId,
      kind: rules.kind,
      slug,
      topics: [...new Set(input.topics)],
      caseId: rules.audit.caseId,
      createdBy: actor.userId,
      contributorIds: [actor.userId],
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning()
    .catch(refuseOnUniqueViolation("content_items_slug_key", slugTaken));
  if (!item) throw new Error("content item not created");
  await writeVersions(tx, item, input.versions, rules, context.now);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `content.${rules.kind}_created`,
    entityType: rules.kind,
    entityId: item.id,
    siteId: rules.audit.siteId,
    clientId: rules.audit.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { slug, languages: input.versions.map((version) => version.language), caseId: rules.audit.caseId },
  });
  return item;
}

export async function updateContent(tx: Db, actor: Actor, rules: ContentRules, item: ContentItemRow, input: UpdateContentBody, context: WriteContext): Promise<void> {
  authorize(rules.mayWrite);
  const status = statusAfterEdit(item.status as ContentStatus);
  if (!status) {
    throw new AppError("invalid_transition", item.status === "in_review" ? "This is waiting for review. Take it back to change it." : "This is archived. Restore it to change it.");
  }
  const contributorIds = item.contributorIds.includes(actor.userId) ? item.contributorIds : [...item.contributorIds, actor.userId];
  const updated = await tx
    .update(contentItems)
    .set({ slug: input.slug, topics: [...new Set(input.topics)], status, contributorIds, updatedAt: context.now, version: sql`${contentItems.version} + 1` })
    .where(and(eq(contentItems.id, item.id), eq(contentItems.version, input.version)))
    .returning({ id: contentItems.id })
    .catch(refuseOnUniqueViolation("content_items_slug_key", slugTaken));
  if (updated.length === 0) throw new AppError("conflict", "Someone else saved this in the meantime. Reload it to see their changes.");
  await writeVersions(tx, item, input.versions, rules, context.now);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `content.${rules.kind}_updated`,
    entityType: rules.kind,
    entityId: item.id,
    siteId: rules.audit.siteId,
    clientId: rules.audit.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { languages: input.versions.map((version) => version.language), isSlugChanged: input.slug !== item.slug, caseId: rules.audit.caseId },
  });
}
