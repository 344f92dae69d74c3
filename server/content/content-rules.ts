/**
 * What differs between an article and a case study when either is written, reviewed or published:
 * who may write and review it, whether it takes images, what its audit events are tied to (a case
 * study's to its case and client), and the checks publishing makes (a case study's consent and
 * identity check). The workflow itself is shared (save-content.ts, transition-content.ts).
 */
import type { ContentActionBody } from "../../core/api/content.js";
import type { ContentKind } from "../../core/content/vocabulary.js";
import type { Db } from "../db/client.js";
import type { ContentItemRow, ContentVersionRow } from "./queries.js";

export interface ContentRules {
  kind: ContentKind;
  /** May write the working copy, submit, withdraw and archive. */
  mayWrite: boolean;
  /** May review (publish or return) someone else's writing. */
  mayReview: boolean;
  allowImages: boolean;
  /** What every audit event about the item is tied to. */
  audit: { siteId: string | null; clientId: string | null; caseId: string | null };
  /** Refuses publication (with a clear 4xx) when the kind's own conditions are not met. */
  beforePublish?: (tx: Db, item: ContentItemRow, versions: readonly ContentVersionRow[], body: ContentActionBody) => Promise<void>;
}

export interface WriteContext {
  now: Date;
  requestId: string;
}
