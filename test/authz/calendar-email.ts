/**
 * Declared expectations for a worker's calendar feed and email choice. The feed is managed by people
 * with calendar work (caseload roles, mentors, panel members); the feed itself is read with no
 * session, by its secret. Email choice is anyone's own.
 */
import { calendarFeeds } from "../../server/db/schema.js";
import { calendarRoles } from "../../server/calendar-feeds/policy.js";
import { hashFeedSecret, newFeedSecret } from "../../server/calendar-feeds/feed-secret.js";
import { createUser } from "../factories.js";
import type { EndpointExpectation } from "./types.js";

export const calendarEmailExpectations: Record<string, EndpointExpectation> = {
  "GET /api/account/calendar-feed": { allowed: calendarRoles, success: 200, call: async () => ({ url: "/api/account/calendar-feed" }) },
  "POST /api/account/calendar-feed": { allowed: calendarRoles, success: 201, call: async () => ({ url: "/api/account/calendar-feed" }) },
  "DELETE /api/account/calendar-feed": { allowed: calendarRoles, success: 204, call: async () => ({ url: "/api/account/calendar-feed" }) },
  "GET /api/calendar/:feed": {
    allowed: "public",
    success: 200,
    call: async ({ deps, home }) => {
      const owner = await createUser(deps.db, deps.vault, home, { role: "mentor" });
      const secret = newFeedSecret();
      await deps.db.insert(calendarFeeds).values({ userId: owner.id, organisationId: home.id, secretHash: hashFeedSecret(secret) });
      return { url: `/api/calendar/${secret}.ics` };
    },
  },
  "GET /api/account/email-preferences": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/account/email-preferences" }) },
  "PUT /api/account/email-preferences": { allowed: "signed-in", success: 200, call: async () => ({ url: "/api/account/email-preferences", body: { mode: "daily_digest", digestHour: 7 } }) },
};
