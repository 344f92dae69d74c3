/** Building content straight in the database for tests that need an article to act on. */
import { randomUUID } from "node:crypto";
import type { ContentStatus } from "../../core/content/workflow.js";
import { createUser, type TestOrganisation } from "../../test/factories.js";
import type { Db } from "../db/client.js";
import { contentItems, contentVersions } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";

/** An article in English written by a new content editor of `organisation`, in `status` (live when published). */
export async function createTestArticle(db: Db, vault: Vault, organisation: TestOrganisation, status: ContentStatus = "draft"): Promise<{ id: string; slug: string; version: number }> {
  const author = await createUser(db, vault, organisation, { role: "content_editor", isEnrolled: false });
  const isLive = status === "published";
  const now = new Date();
  const [item] = await db
    .insert(contentItems)
    .values({ organisationId: organisation.id, kind: "article", slug: `article-${randomUUID().slice(0, 8)}`, topics: ["drugs"], status, isLive, createdBy: author.id, contributorIds: isLive ? [] : [author.id], ...(isLive ? { firstPublishedAt: now, lastPublishedAt: now } : {}) })
    .returning();
  if (!item) throw new Error("no article");
  const text = { title: "Nitrous oxide", summary: "What it is and what it does.", bodyHtml: "<p>Nitrous oxide is a gas.</p>" };
  await db.insert(contentVersions).values({
    itemId: item.id,
    organisationId: organisation.id,
    language: "en",
    ...text,
    ...(isLive ? { liveTitle: text.title, liveSummary: text.summary, liveBodyHtml: text.bodyHtml, liveText: `${text.title}\n${text.summary}\nNitrous oxide is a gas.`, livePublishedAt: now } : {}),
  });
  return { id: item.id, slug: item.slug, version: item.version };
}
