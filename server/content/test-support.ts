/** Building content straight in the database for tests that need an article or a case study to act on. */
import { randomUUID } from "node:crypto";
import type { ContentStatus } from "../../core/content/workflow.js";
import { createTestCase } from "../../test/case-factories.js";
import { createUser, type TestOrganisation } from "../../test/factories.js";
import type { Db } from "../db/client.js";
import type { AppDeps } from "../http/context.js";
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

/** A case at the organisation's first site with a draft case study in English, written by a new caseworker. */
export async function createTestCaseStudy(deps: AppDeps, organisation: TestOrganisation): Promise<{ id: string; slug: string; version: number; caseId: string }> {
  const opener = await createUser(deps.db, deps.vault, organisation, { role: "team_manager", isEnrolled: false });
  const writer = await createUser(deps.db, deps.vault, organisation, { role: "caseworker", isEnrolled: false });
  const { kase } = await createTestCase(deps, organisation, opener.id);
  const [item] = await deps.db
    .insert(contentItems)
    .values({ organisationId: organisation.id, kind: "case_study", slug: `story-${randomUUID().slice(0, 8)}`, topics: ["family"], caseId: kase.id, createdBy: writer.id, contributorIds: [writer.id] })
    .returning();
  if (!item) throw new Error("no case study");
  await deps.db.insert(contentVersions).values({ itemId: item.id, organisationId: organisation.id, language: "en", title: "A new start", summary: "A family found help.", bodyHtml: "<p>They found help.</p>" });
  return { id: item.id, slug: item.slug, version: item.version, caseId: kase.id };
}
