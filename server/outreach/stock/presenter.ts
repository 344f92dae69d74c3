/** The fields of a stock item and of a ledger entry that leave the server. */
import type { StockItemView, StockMovementView } from "../../../core/api/outreach-stock.js";
import type { StockMovementReason } from "../../../core/outreach/session-log.js";
import { defaultStockItems, type OutreachSessionType, type ResourceKind } from "../../../core/outreach/vocabulary.js";
import type { LedgerRow, StockItemRow } from "./queries.js";

const standardCodes = new Set(defaultStockItems.map((item) => item.code));

/** One of the items every site starts with (core/outreach/vocabulary.ts), named by the app unless the site renamed it. */
export const isStandardItem = (item: Pick<StockItemRow, "code">): boolean => standardCodes.has(item.code);

export function presentStockItem(item: StockItemRow, handedOutRecently: number): StockItemView {
  return {
    id: item.id,
    code: item.code,
    kind: item.kind as ResourceKind,
    language: item.language,
    label: item.label,
    isStandard: isStandardItem(item),
    level: item.level,
    lowAt: item.lowAt,
    isRunningLow: item.isActive && item.level <= item.lowAt,
    handedOutRecently,
    isActive: item.isActive,
    version: item.version,
  };
}

export function presentMovement(row: LedgerRow): StockMovementView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    change: row.change,
    levelAfter: row.levelAfter,
    reason: row.reason as StockMovementReason,
    note: row.note,
    by: row.byId && row.byName !== null ? { id: row.byId, displayName: row.byName } : null,
    session:
      row.sessionId && row.sessionStartsAt && row.sessionType
        ? { id: row.sessionId, startsAt: row.sessionStartsAt.toISOString(), sessionType: row.sessionType as OutreachSessionType, place: row.place ?? "" }
        : null,
  };
}
