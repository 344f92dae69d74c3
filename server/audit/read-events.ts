/**
 * Reading the audit trail, a page at a time or as a CSV export of everything a filter selects.
 * Reading it is itself audited, in the same transaction, with the filters used (ids and days only);
 * a filter on one client records that client, so the client's own audit shows who looked.
 */
import { and, eq, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { auditExportCap, auditTotalCap, type AuditFilter, type auditListQuerySchema } from "../../core/api/audit.js";
import { describeEvent } from "../../core/audit/describe-event.js";
import { toCsv } from "../../core/csv.js";
import { londonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { clients, sites, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError, type FieldError } from "../http/errors.js";
import { recordAudit } from "./record-audit.js";
import { auditEventsOf, countAuditEvents } from "./event-queries.js";

type ListQuery = z.infer<typeof auditListQuerySchema>;
export interface ReadContext {
  now: Date;
  requestId: string;
}

/** Refuses a filter naming a person, client or site the organisation does not have, field by field. */
async function checkFilter(tx: Db, actor: Actor, filter: AuditFilter): Promise<void> {
  const exists = async (table: typeof users | typeof clients | typeof sites, id: string | undefined, where: SQL | undefined) =>
    id === undefined || (await tx.select({ id: table.id }).from(table).where(where).limit(1)).length === 1;
  const fields: FieldError[] = [];
  if (!(await exists(users, filter.actorUserId, and(eq(users.id, filter.actorUserId ?? ""), eq(users.organisationId, actor.organisationId))))) fields.push({ path: "query.actorUserId", message: "No such member of staff." });
  if (!(await exists(clients, filter.clientId, and(eq(clients.id, filter.clientId ?? ""), eq(clients.organisationId, actor.organisationId))))) fields.push({ path: "query.clientId", message: "No such client." });
  if (!(await exists(sites, filter.siteId, and(eq(sites.id, filter.siteId ?? ""), eq(sites.organisationId, actor.organisationId))))) fields.push({ path: "query.siteId", message: "No such site." });
  if (fields.length > 0) throw new AppError("validation_failed", "The filter names something that does not exist.", { fields });
}

async function recordRead(tx: Db, actor: Actor, filter: AuditFilter, action: string, details: Record<string, unknown>, context: ReadContext): Promise<void> {
  const used = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== false));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    entityType: "audit_log",
    siteId: filter.siteId ?? null,
    clientId: filter.clientId ?? null,
    requestId: context.requestId,
    details: { filter: used, ...details },
  });
}

export async function listAuditEvents(tx: Db, actor: Actor, query: ListQuery, context: ReadContext) {
  const { page, pageSize, ...filter } = query;
  await checkFilter(tx, actor, filter);
  const items = await auditEventsOf(tx, actor.organisationId, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  const counted = await countAuditEvents(tx, actor.organisationId, filter, auditTotalCap);
  await recordRead(tx, actor, filter, "audit.events_read", { page }, context);
  return { items, total: Math.min(counted, auditTotalCap), isTotalCapped: counted > auditTotalCap, page, pageSize };
}

const londonTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** Every event the filter selects as CSV (London times, plain words, client references), up to the export cap. */
export async function exportAuditEvents(tx: Db, actor: Actor, filter: AuditFilter, context: ReadContext): Promise<{ csv: string; fileName: string }> {
  await checkFilter(tx, actor, filter);
  const counted = await countAuditEvents(tx, actor.organisationId, filter, auditExportCap);
  if (counted > auditExportCap) {
    throw new AppError("validation_failed", `More than ${auditExportCap.toLocaleString("en-GB")} events match: narrow the filter (a shorter period, a person or a client) and export again.`, {
      fields: [{ path: "query.from", message: "Choose a shorter period." }],
    });
  }
  const events = await auditEventsOf(tx, actor.organisationId, filter, { limit: auditExportCap, offset: 0 });
  const header = ["Day", "Time (London)", "Staff member", "What happened", "Client reference", "Site", "Emergency access", "Action", "Record", "Chain number"];
  const rows = events.map((event) => {
    const at = new Date(event.at);
    return [
      londonDay(at),
      londonTime.format(at),
      event.actorName ?? "",
      describeEvent(event),
      event.clientReference ?? "",
      event.siteName ?? "",
      event.isBreakGlass ? "yes" : "no",
      event.action,
      event.entityId ? `${event.entityType} ${event.entityId}` : event.entityType,
      event.seq === null ? "" : String(event.seq),
    ];
  });
  await recordRead(tx, actor, filter, "audit.events_exported", { rows: events.length }, context);
  return { csv: toCsv([header, ...rows]), fileName: `audit-${londonDay(context.now)}.csv` };
}
