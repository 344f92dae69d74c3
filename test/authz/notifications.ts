/**
 * Declared expectations for alerts. Every signed-in user reads and marks only their own; the
 * scoping itself (another person's ids change nothing) is tested in server/notifications.
 */
import { randomUUID } from "node:crypto";
import type { EndpointExpectation } from "./types.js";

export const notificationExpectations: Record<string, EndpointExpectation> = {
  "GET /api/notifications": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/notifications?unreadOnly=true" }) },
  "GET /api/notifications/summary": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/notifications/summary" }) },
  "POST /api/notifications/read": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/notifications/read", body: { ids: [randomUUID()] } }) },
};
