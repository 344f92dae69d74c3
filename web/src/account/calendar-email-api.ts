/** The account page's calls for the worker's calendar feed and their choice of alert emails. */
import { calendarFeedIssuedSchema, calendarFeedSchema, emailPreferenceSchema, type EmailPreferenceBody } from "../../../core/api/calendar-email.js";
import { api } from "../api/client.js";

const feedPath = "/api/account/calendar-feed";

export const calendarEmailApi = {
  feed: () => api.get(feedPath, calendarFeedSchema),
  /** Makes the feed, or a new address for it; the answer holds the address, shown once. */
  issueFeed: () => api.post(feedPath, {}, calendarFeedIssuedSchema),
  revokeFeed: () => api.deleteNoContent(feedPath),
  emailPreference: () => api.get("/api/account/email-preferences", emailPreferenceSchema),
  saveEmailPreference: (body: EmailPreferenceBody) => api.put("/api/account/email-preferences", body, emailPreferenceSchema),
};
