/**
 * A worker's private calendar feed and their choice of alert emails. The feed's address is in the
 * answer only when it is made or made anew: it is kept hashed, so it cannot be shown again.
 */
import { z } from "zod";

export const calendarFeedSchema = z.object({
  /** Whether the user's roles give them anything to put in a calendar (otherwise the page says so). */
  canHaveFeed: z.boolean(),
  hasFeed: z.boolean(),
  createdAt: z.iso.datetime().nullable(),
  /** When a calendar app last fetched it: shows the worker it is in use. */
  lastReadAt: z.iso.datetime().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const calendarFeedIssuedSchema = calendarFeedSchema.extend({
  /** The private address to give a calendar app; shown this once. */
  url: z.url(),
});
export type CalendarFeedIssued = z.infer<typeof calendarFeedIssuedSchema>;

/** The secret is 32 random bytes in base64url (43 characters); the `.ics` lets calendar apps recognise the file. */
export const calendarFeedParamsSchema = z.strictObject({
  feed: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, { message: "Not a calendar feed address." }),
});

export const emailModes = ["immediate", "daily_digest"] as const;
export type EmailMode = (typeof emailModes)[number];

export const emailPreferenceBodySchema = z.strictObject({
  mode: z.enum(emailModes, { message: "Choose immediately or a daily digest." }),
  /** The hour on the London clock the digest is sent, 0–23; kept when switching back to immediately. */
  digestHour: z.number().int({ message: "Choose a whole hour." }).min(0, { message: "Choose an hour from 0 to 23." }).max(23, { message: "Choose an hour from 0 to 23." }),
});
export type EmailPreferenceBody = z.infer<typeof emailPreferenceBodySchema>;

export const emailPreferenceSchema = emailPreferenceBodySchema.extend({
  /** Whether the organisation's server sends email at all (otherwise alerts stay in the app). */
  isEmailConfigured: z.boolean(),
});
export type EmailPreference = z.infer<typeof emailPreferenceSchema>;
