/**
 * Articles: the rules they follow (content-rules.ts) and reading one as its editors see it. Articles
 * belong to the organisation, not to a site or a client, so their audit events carry neither.
 */
import type { ContentItem } from "../../core/api/content.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import type { ContentRules } from "./content-rules.js";
import { articleAbilities, isContentEditor } from "./policy.js";
import { presentItem } from "./presenter.js";
import { namesOf, versionsOf, type ContentItemRow } from "./queries.js";

export function articleRules(actor: Actor): ContentRules {
  const isEditor = isContentEditor(actor);
  return { kind: "article", mayWrite: isEditor, mayReview: isEditor, allowImages: true, audit: { siteId: null, clientId: null, caseId: null } };
}

export async function presentArticle(db: Db, actor: Actor, item: ContentItemRow): Promise<ContentItem> {
  const [versions, names] = await Promise.all([
    versionsOf(db, [item.id]),
    namesOf(db, actor.organisationId, [item.createdBy, ...item.contributorIds, ...(item.reviewedBy ? [item.reviewedBy] : [])]),
  ]);
  return presentItem(item, versions, names, articleAbilities(actor, item));
}
