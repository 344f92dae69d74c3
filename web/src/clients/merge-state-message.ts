/**
 * What the merges list says about whether a merge can be undone: one message per state the server
 * reports, with the date or reference that makes it concrete. The server decides the state (and
 * whether to offer "undo"); this only words it.
 */
import type { ClientMerge } from "./clients-api.js";

export interface MergeStateMessage {
  /** Catalogue key under `clients.merges.state`. */
  key: string;
  values: Record<string, string>;
}

export function mergeStateMessage(merge: ClientMerge, formatDate: (iso: string) => string): MergeStateMessage {
  switch (merge.state) {
    case "reversible":
      return { key: "clients.merges.state.reversible", values: { until: formatDate(merge.reversibleUntil) } };
    case "reversed":
      return merge.reversedBy
        ? { key: "clients.merges.state.reversedBy", values: { date: formatDate(merge.reversedAt ?? merge.mergedAt), name: merge.reversedBy } }
        : { key: "clients.merges.state.reversed", values: { date: formatDate(merge.reversedAt ?? merge.mergedAt) } };
    case "expired":
      return { key: "clients.merges.state.expired", values: { date: formatDate(merge.reversibleUntil) } };
    case "kept_record_merged":
      return { key: "clients.merges.state.keptRecordMerged", values: { kept: merge.kept.reference } };
  }
}
