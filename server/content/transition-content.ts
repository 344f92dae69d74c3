/**
 * Moving an item through the workflow (core/content/workflow.ts): submit for review, return (the
 * reviewer with a note, or a writer taking it back), publish (an independent reviewer; the working
 * copy becomes the live copy in every language), archive (off the public site) and restore.
 * Publishing checks every language written is complete, and the kind's own conditions (a case
 * study's consent and identity check). Every step is audited.
 */
import { and, eq, sql } from "drizzle-orm";
import type { ContentActionBody } from "../../core/api/content.js";
import { isIndependentReviewer, isLiveAfter, statusAfter, type ContentAction, type ContentStatus } from "../../core/content/workflow.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { contentItems, contentVersions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import type { ContentRules, WriteContext } from "./content-rules.js";
import { versionsOf, type ContentItemRow, type ContentVersionRow } from "./queries.js";
import { imageIdsOf, plainTextOf } from "./sanitise-html.js";

const actionWords: Record<ContentAction, string> = {
  submit: "sent for review",
  return: "returned",
  publish: "published",
  archive: "archived",
  restore: "restored",
};

/** The audit verb of each step, e.g. `content.article_published`. */
const auditVerbs: Record<ContentAction, string> = {
  submit: "submitted",
  return: "returned",
  publish: "published",
  archive: "archived",
  restore: "restored",
};

/** Who may take the step at all (403 otherwise), before the item's state is considered. */
function authorizeAction(actor: Actor, rules: ContentRules, item: ContentItemRow, action: ContentAction): void {
  if (action === "publish") {
    authorize(rules.mayReview, "Only a reviewer can publish.");
    authorize(isIndependentReviewer(item.contributorIds, actor.userId), "You wrote part of this revision, so someone else must review and publish it.");
  } else if (action === "return") {
    const isWriter = rules.mayWrite && item.contributorIds.includes(actor.userId);
    authorize(isWriter || (rules.mayReview && isIndependentReviewer(item.contributorIds, actor.userId)), "Only its reviewer or one of its writers can return it.");
  } else {
    authorize(rules.mayWrite);
  }
}

/** Every language written must have a title, a summary and a body before it goes public. */
function incompleteParts(versions: readonly ContentVersionRow[]): FieldError[] {
  const written = versions.filter((version) => version.title !== null);
  if (written.length === 0) return [{ path: "versions", message: "Write at least one language." }];
  return written.flatMap((version) =>
    (["title", "summary", "bodyHtml"] as const)
      .filter((field) => !plainTextOf(version[field] ?? "").trim() && !(field === "bodyHtml" && /<img /.test(version.bodyHtml ?? "")))
      .map((field) => ({ path: `versions.${version.language}.${field}`, message: "Required before publishing." })),
  );
}

async function makeLive(tx: Db, item: ContentItemRow, versions: readonly ContentVersionRow[], now: Date): Promise<string[]> {
  const imageIds = new Set<string>();
  for (const version of versions) {
    const isWritten = version.title !== null;
    if (isWritten) for (const id of imageIdsOf(version.bodyHtml ?? "")) imageIds.add(id);
    const text = isWritten ? [version.title, version.summary, plainTextOf(version.bodyHtml ?? "")].join("\n") : null;
    await tx
      .update(contentVersions)
      .set({
        liveTitle: version.title,
        liveSummary: version.summary,
        liveBodyHtml: version.bodyHtml,
        liveText: text,
        livePublishedAt: isWritten ? now : null,
      })
      .where(and(eq(contentVersions.itemId, item.id), eq(contentVersions.language, version.language)));
  }
  return [...imageIds];
}

export async function transitionContent(
  tx: Db,
  actor: Actor,
  rules: ContentRules,
  item: ContentItemRow,
  action: ContentAction,
  body: ContentActionBody,
  context: WriteContext,
): Promise<void> {
  authorizeAction(actor, rules, item, action);
  if (body.version !== item.version) throw new AppError("conflict", "Someone else changed this in the meantime. Reload it and try again.");
  const status = statusAfter(item.status as ContentStatus, action);
  if (!status) throw new AppError("invalid_transition", `This cannot be ${actionWords[action]} while it is ${item.status.replace("_", " ")}.`);
  if (body.note !== undefined && action !== "return") {
    throw new AppError("validation_failed", "A note goes with returning only.", { fields: [{ path: "body.note", message: "Only when returning." }] });
  }

  const changes: Partial<typeof contentItems.$inferInsert> = { status, updatedAt: context.now };
  const isLive = isLiveAfter(action);
  if (isLive !== undefined) changes.isLive = isLive;
  if (action === "submit") changes.reviewNote = null;
  if (action === "return") {
    const isReviewer = !item.contributorIds.includes(actor.userId);
    changes.reviewNote = isReviewer ? (body.note ?? null) : null;
    changes.reviewedBy = isReviewer ? actor.userId : item.reviewedBy;
  }
  if (action === "publish") {
    const versions = await versionsOf(tx, [item.id]);
    const missing = incompleteParts(versions);
    if (missing.length > 0) throw new AppError("validation_failed", "Some languages are not finished: each needs a title, a summary and a body.", { fields: missing });
    await rules.beforePublish?.(tx, item, versions, body);
    changes.liveImageIds = await makeLive(tx, item, versions, context.now);
    Object.assign(changes, { contributorIds: [], reviewNote: null, reviewedBy: actor.userId, lastPublishedAt: context.now, firstPublishedAt: item.firstPublishedAt ?? context.now });
  }

  const updated = await tx
    .update(contentItems)
    .set({ ...changes, version: sql`${contentItems.version} + 1` })
    .where(and(eq(contentItems.id, item.id), eq(contentItems.version, item.version)))
    .returning({ id: contentItems.id });
  if (updated.length === 0) throw new AppError("conflict", "Someone else changed this in the meantime. Reload it and try again.");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `content.${rules.kind}_${auditVerbs[action]}`,
    entityType: rules.kind,
    entityId: item.id,
    siteId: rules.audit.siteId,
    clientId: rules.audit.clientId,
    requestId: context.requestId,
    at: context.now,
    details: { from: item.status, to: status, caseId: rules.audit.caseId, ...(body.isIdentityCheckAcknowledged ? { isIdentityCheckAcknowledged: true } : {}) },
  });
}
