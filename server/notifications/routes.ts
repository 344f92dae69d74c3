/** HTTP routes for the signed-in user's own alerts: list, unread count, mark as read. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  markReadBodySchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationSummarySchema,
} from "../../core/api/notifications.js";
import { requireActor } from "../authz/authorize.js";
import { errorResponses } from "../http/route-schema.js";
import { presentNotification } from "./presenter.js";
import { listNotificationsFor, markRead, unreadCount } from "./queries.js";

export function notificationRoutes(app: FastifyInstance): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];
  const { db } = app.deps;

  route.get(
    "/api/notifications",
    {
      schema: { tags, summary: "The signed-in user's alerts, newest first", querystring: notificationListQuerySchema, response: { 200: notificationListSchema, ...errorResponses } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { rows, total, unread, names } = await listNotificationsFor(db, actor, request.query);
      return { items: rows.map((row) => presentNotification(row, names)), total, unread, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  route.get(
    "/api/notifications/summary",
    { schema: { tags, summary: "How many of the signed-in user's alerts are unread", response: { 200: notificationSummarySchema, ...errorResponses } } },
    async (request) => ({ unread: await unreadCount(db, requireActor(request.actor)) }),
  );

  route.post(
    "/api/notifications/read",
    {
      schema: {
        tags,
        summary: "Mark the signed-in user's alerts as read (the ones named, or all)",
        body: markReadBodySchema,
        response: { 200: notificationSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await markRead(db, actor, "ids" in request.body ? request.body.ids : undefined, app.deps.now());
      return { unread: await unreadCount(db, actor) };
    },
  );
}
