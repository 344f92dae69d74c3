/** Calls for a site's stock (core/api/outreach-stock.ts); every answer parsed with its schema. */
import {
  recordedMovementSchema,
  stockItemSchema,
  stockLedgerSchema,
  stockListSchema,
  type CreateStockItemBody,
  type RecordStockMovementBody,
  type UpdateStockItemBody,
} from "../../../../core/api/outreach-stock.js";
import { api, withQuery } from "../../api/client.js";

const id = encodeURIComponent;

export const stockApi = {
  list: (siteId: string) => api.get(withQuery("/api/outreach/stock", { siteId }), stockListSchema),
  addItem: (body: CreateStockItemBody) => api.post("/api/outreach/stock/items", body, stockItemSchema),
  updateItem: (itemId: string, body: UpdateStockItemBody) => api.put(`/api/outreach/stock/items/${id(itemId)}`, body, stockItemSchema),
  record: (body: RecordStockMovementBody) => api.post("/api/outreach/stock/movements", body, recordedMovementSchema),
  ledger: (itemId: string, page: number) => api.get(withQuery(`/api/outreach/stock/items/${id(itemId)}/movements`, { page, pageSize: 20 }), stockLedgerSchema),
};
