/** Outgoing shape of an alert: references, a site name and a staff name; never a client's identity. */
import type { z } from "zod";
import { notificationKinds, type notificationSchema } from "../../core/api/notifications.js";
import { unusualAccessRules } from "../../core/audit/unusual-access.js";
import { stringDetail, type NotificationRow } from "./queries.js";

type Names = { users: Map<string, string>; sites: Map<string, string> };

const passedThrough = ["referral", "user", "assessment", "panel_escalation", "panel_action", "training_delivery", "audit_alert", "audit_check", "retention_review", "webhook"] as const;
const entityTypeOf = (stored: string) => passedThrough.find((type) => type === stored) ?? "case";

/** A training refresher's course, partner and count, when the alert carries them. */
function trainingOf(row: NotificationRow): Pick<z.infer<typeof notificationSchema>, "training"> {
  const courseTitle = stringDetail(row, "courseTitle");
  const count = row.details.count;
  if (courseTitle === null || typeof count !== "number") return {};
  return { training: { courseTitle, partnerName: stringDetail(row, "partnerName"), count } };
}

/** An unusual-access alert's rule and count, when the alert carries them. */
function unusualAccessOf(row: NotificationRow): Pick<z.infer<typeof notificationSchema>, "unusualAccess"> {
  const rule = unusualAccessRules.find((known) => known === row.details.rule);
  const count = row.details.count;
  return rule && typeof count === "number" ? { unusualAccess: { rule, count } } : {};
}

/** A retention alert's counts, when the alert carries them. */
function retentionOf(row: NotificationRow): Pick<z.infer<typeof notificationSchema>, "retention"> {
  const { newlyDue, stillDue, due } = row.details;
  return typeof newlyDue === "number" && typeof stillDue === "number" && typeof due === "number" ? { retention: { newlyDue, stillDue, due } } : {};
}

export function presentNotification(row: NotificationRow, names: Names): z.infer<typeof notificationSchema> {
  const kind = notificationKinds.find((known) => known === row.kind);
  if (!kind) throw new Error(`unknown notification kind ${row.kind}`);
  const userId = stringDetail(row, "userId");
  const siteId = stringDetail(row, "siteId");
  return {
    id: row.id,
    kind,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    entity: { type: entityTypeOf(row.entityType), id: row.entityId, reference: stringDetail(row, "reference") ?? "" },
    siteName: siteId ? (names.sites.get(siteId) ?? null) : null,
    actorName: userId ? (names.users.get(userId) ?? null) : null,
    instrumentTitle: stringDetail(row, "instrumentTitle"),
    date: stringDetail(row, "date"),
    ...(Array.isArray(row.details.flagLabels) ? { flagLabels: row.details.flagLabels.filter((label): label is string => typeof label === "string") } : {}),
    ...trainingOf(row),
    ...unusualAccessOf(row),
    ...retentionOf(row),
  };
}
