/**
 * The editorial workflow of an article or case study: draft → in review → published → archived.
 * A published item keeps its live copy on the public site while its working copy is edited again
 * (back to draft) and reviewed; archiving takes it off the site. Four eyes: whoever wrote any part
 * of the working copy may not publish it (nor return it as its reviewer).
 * Pure: the server loads the item and asks these functions.
 */
export const contentStatuses = ["draft", "in_review", "published", "archived"] as const;
export type ContentStatus = (typeof contentStatuses)[number];

export const contentActions = ["submit", "return", "publish", "archive", "restore"] as const;
export type ContentAction = (typeof contentActions)[number];

const transitions: Record<ContentAction, { from: readonly ContentStatus[]; to: ContentStatus }> = {
  submit: { from: ["draft"], to: "in_review" },
  // The reviewer sends it back with a note, or its writer takes it back to change it.
  return: { from: ["in_review"], to: "draft" },
  publish: { from: ["in_review"], to: "published" },
  archive: { from: ["draft", "in_review", "published"], to: "archived" },
  restore: { from: ["archived"], to: "draft" },
};

/** The status after `action`, or null when the action does not apply to an item in `status`. */
export function statusAfter(status: ContentStatus, action: ContentAction): ContentStatus | null {
  const transition = transitions[action];
  return transition.from.includes(status) ? transition.to : null;
}

/**
 * The status after the working copy is edited, or null when it may not be edited now: an item in
 * review is frozen (its writer takes it back first) and an archived one is restored first. Editing a
 * published item starts a new draft; its live copy stays on the site until the draft is published.
 */
export function statusAfterEdit(status: ContentStatus): ContentStatus | null {
  return status === "draft" || status === "published" ? "draft" : null;
}

/** A reviewer is anyone but the people who wrote the working copy under review. */
export function isIndependentReviewer(contributorIds: readonly string[], userId: string): boolean {
  return !contributorIds.includes(userId);
}

/** Whether the live copy shows on the public site after `action` (undefined: unchanged). */
export function isLiveAfter(action: ContentAction): boolean | undefined {
  if (action === "publish") return true;
  if (action === "archive") return false;
  return undefined;
}
