/**
 * Alerts to a site's managers and safeguarding leads: emergency access used on a case at their site,
 * an urgent or restricted referral arriving, a case transferred in from another site, an assessment
 * raising a flag or waiting for approval; to key workers, a re-assessment due or an assessment
 * returned; and to administrators, a colleague asking for a password reset.
 * They name references, sites and staff, never a client's identity.
 */
import { z } from "zod";
import { unusualAccessRules } from "../audit/unusual-access.js";
import { idSchema, pageOf, pageQuerySchema } from "./common.js";

export const notificationKinds = [
  "break_glass",
  "urgent_referral",
  "restricted_referral",
  "case_transferred_in",
  "password_reset_requested",
  /** An answer raised a flag (e.g. self-harm): to the case's key worker and the site's managers. */
  "assessment_flag",
  /** A submitted assessment waits for a manager's approval. */
  "assessment_awaiting_approval",
  /** A manager returned an assessment for changes: to whoever submitted it. */
  "assessment_returned",
  /** The re-assessment schedule says an instrument is due on a case: to its key worker. */
  "reassessment_due",
  /** A care plan's review is due within a week, or overdue: to the case's key worker. */
  "care_plan_review_due",
  /** A session held over 48 hours ago has no notes: to the workers at it. */
  "session_write_up_due",
  /** A worker's DBS vetting runs out within 30 days, or has run out: to the worker and their site's managers. */
  "vetting_expiring",
  "vetting_expired",
  /** A case was escalated to the Community Safeguarding Panel as urgent: to the site's safeguarding leads, the same day. */
  "urgent_escalation",
  /** A panel action is due within two days or overdue: to its owner (panel members outside the organisation too). */
  "panel_action_due",
  /** Attendees of a training are due a refresher within 30 days, or overdue: to its trainer and the site's outreach workers. */
  "training_refresher_due",
  /** Someone's access to client records looked unusual (server/audit/detect-unusual-access.ts): to the data protection officers. */
  "unusual_access",
  /** The nightly or an asked-for check found the audit chain broken: to the data protection officers. */
  "audit_chain_broken",
  /** The daily retention review found records newly due for deletion, or still waiting a week on: to the data protection officers, counts only. */
  "retention_due",
  /** A webhook was switched off after repeated failed deliveries: to the organisation's administrators, naming the webhook only. */
  "webhook_disabled",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(notificationKinds),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
  /**
   * What the alert is about, to open it: a case, a referral, an assessment (its reference is the
   * case's), or (for administrators) a member of staff.
   */
  entity: z.object({ type: z.enum(["case", "referral", "assessment", "user", "panel_escalation", "panel_action", "training_delivery", "audit_alert", "audit_check", "retention_review", "webhook"]), id: z.string(), reference: z.string() }),
  /** For assessment alerts: the instrument's title and the flags raised (labels, never answers). */
  instrumentTitle: z.string().nullable().optional(),
  flagLabels: z.array(z.string()).optional(),
  /** For reminders: the day something is due, or the day a session was held or vetting ends. */
  date: z.iso.date().nullable().optional(),
  siteName: z.string().nullable(),
  /** For emergency access: who used it; for a training refresher, who gave the training. */
  actorName: z.string().nullable(),
  /** For a training refresher: the course, the partner it was given for, and how many attendees are due (never their names). */
  training: z.object({ courseTitle: z.string(), partnerName: z.string().nullable(), count: z.number().int() }).optional(),
  /** For unusual access: which rule and how many clients, accesses or emergency accesses (never which clients). */
  unusualAccess: z.object({ rule: z.enum(unusualAccessRules), count: z.number().int() }).optional(),
  /** For records due for deletion: how many are newly due, how many still wait since an earlier alert, and how many are due in all (never which). */
  retention: z.object({ newlyDue: z.number().int(), stillDue: z.number().int(), due: z.number().int() }).optional(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = pageQuerySchema.extend({
  unreadOnly: z
    .enum(["true", "false"], { message: "Must be true or false." })
    .optional()
    .transform((value) => value === "true"),
});
export const notificationListSchema = pageOf(notificationSchema).extend({ unread: z.number().int() });

export const notificationSummarySchema = z.object({ unread: z.number().int() });

/** Marks the named alerts as read, or all of them with `{ all: true }`. */
export const markReadBodySchema = z.union([
  z.strictObject({ ids: z.array(idSchema).min(1, { message: "Name at least one alert." }).max(100, { message: "At most 100 at once." }) }),
  z.strictObject({ all: z.literal(true, { message: "Must be true." }) }),
]);
