/** Calls for the signed-in user's alerts. */
import type { z } from "zod";
import { notificationListSchema, notificationSummarySchema } from "../../../core/api/notifications.js";
import { api, withQuery } from "../api/client.js";

export type NotificationList = z.infer<typeof notificationListSchema>;
export type Alert = NotificationList["items"][number];

export const notificationsApi = {
  list: (query: { unreadOnly: boolean; page: number; pageSize: number }): Promise<NotificationList> =>
    api.get(withQuery("/api/notifications", { ...query, unreadOnly: query.unreadOnly ? "true" : undefined }), notificationListSchema),
  unread: async (): Promise<number> => (await api.get("/api/notifications/summary", notificationSummarySchema)).unread,
  /** Marks the named alerts read; answers how many are still unread. */
  markRead: async (ids: string[]): Promise<number> => (await api.post("/api/notifications/read", { ids }, notificationSummarySchema)).unread,
  markAllRead: async (): Promise<number> => (await api.post("/api/notifications/read", { all: true }, notificationSummarySchema)).unread,
};
