/**
 * Who may do what with the public site's articles and details. Articles are written and reviewed by
 * content editors (an organisation-wide role that sees no client data); the editor who publishes a
 * revision must not have written any of it. The organisation's public details (contact, privacy
 * notice) are configuration: administrators change them. Case studies have their own rules, tied to
 * their case (case-studies/policy.ts).
 */
import type { z } from "zod";
import type { contentAbilitiesSchema } from "../../core/api/content.js";
import { isIndependentReviewer, statusAfter, statusAfterEdit, type ContentStatus } from "../../core/content/workflow.js";
import { hasAnyRole, hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";

export type ContentAbilities = z.infer<typeof contentAbilitiesSchema>;

export const isContentEditor = (actor: Actor): boolean => hasRole(actor, "content_editor");

export const canManageSiteSettings = (actor: Actor): boolean => hasRole(actor, "administrator");

/** Content editors read the public details they write around; administrators keep them. */
export const canReadSiteSettings = (actor: Actor): boolean => hasAnyRole(actor, ["administrator", "content_editor"]);

/**
 * What `actor` may do with an item in its present state, given whether they may write it and may
 * review it at all: the workflow decides the rest, and four eyes decide publishing and returning.
 */
export function abilitiesFor(
  item: { status: string; contributorIds: readonly string[] },
  actor: Actor,
  may: { write: boolean; review: boolean },
): ContentAbilities {
  const status = item.status as ContentStatus;
  const isReviewer = may.review && isIndependentReviewer(item.contributorIds, actor.userId);
  const isWriter = item.contributorIds.includes(actor.userId);
  return {
    edit: may.write && statusAfterEdit(status) !== null,
    submit: may.write && statusAfter(status, "submit") !== null,
    // The reviewer returns it with a note, or one of its writers takes it back to change it.
    return: statusAfter(status, "return") !== null && (isReviewer || (may.write && isWriter)),
    publish: isReviewer && statusAfter(status, "publish") !== null,
    archive: may.write && statusAfter(status, "archive") !== null,
    restore: may.write && statusAfter(status, "restore") !== null,
  };
}

/** An article: content editors write it, and any other content editor reviews it. */
export const articleAbilities = (actor: Actor, item: { status: string; contributorIds: readonly string[] }): ContentAbilities =>
  abilitiesFor(item, actor, { write: isContentEditor(actor), review: isContentEditor(actor) });
