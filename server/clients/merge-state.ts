/**
 * Where a merge stands at a moment, worked out from its record alone: the same rules, in the same
 * order, as reverse-merge.ts enforces when someone tries to undo it.
 */
import type { MergeState } from "../../core/api/clients.js";
import { reversibleUntil } from "./merge-clients.js";

export function mergeStateAt(merge: { mergedAt: Date; reversedAt: Date | null }, isKeptRecordMerged: boolean, now: Date): MergeState {
  if (merge.reversedAt) return "reversed";
  if (now > reversibleUntil(merge.mergedAt)) return "expired";
  if (isKeptRecordMerged) return "kept_record_merged";
  return "reversible";
}
