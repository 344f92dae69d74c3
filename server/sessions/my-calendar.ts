/**
 * The signed-in worker's calendar: their sessions in a window of London days (at most two months),
 * oldest first, each with its case reference, site and whether it is written up. The client is
 * named briefly only where the worker can open the case now (without emergency access); each
 * client so named is recorded in the audit trail, in the same transaction.
 */
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { z } from "zod";
import { maxCalendarDays, type myCalendarSchema } from "../../core/api/sessions.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay, startOfLondonDay } from "../../core/london-time.js";
import { recordAudit } from "../audit/record-audit.js";
import { visibleCases } from "../cases/scope.js";
import type { Db } from "../db/client.js";
import { cases, clientIdentities, sites, supportSessions, supportSessionWorkers } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { readInterventionTypes } from "../support/vocabulary.js";
import { clientShortName, presentCalendarEntry } from "./presenter.js";
import type { SessionContext } from "./store-session.js";

/** Bounds the answer even for the busiest diary: ten sessions a day for the longest window. */
const maxEntries = 10 * maxCalendarDays;

/** The window asked for, or the coming week; refused past two months or backwards. */
export function calendarWindow(query: { from?: string | undefined; to?: string | undefined }, now: Date): { from: string; to: string } {
  const from = query.from ?? londonDay(now);
  const to = query.to ?? addDays(from, 6);
  if (to < from) throw new AppError("validation_failed", "The end of the window is before its start.", { fields: [{ path: "query.to", message: "Must not be before the start." }] });
  if (to > addDays(from, maxCalendarDays - 1)) {
    throw new AppError("validation_failed", `Ask for at most ${maxCalendarDays} days at a time.`, { fields: [{ path: "query.to", message: `At most ${maxCalendarDays} days after the start.` }] });
  }
  return { from, to };
}

export async function myCalendar(tx: Db, actor: Actor, query: { from?: string | undefined; to?: string | undefined }, context: SessionContext): Promise<z.infer<typeof myCalendarSchema>> {
  const window = calendarWindow(query, context.now);
  const rows = await tx
    .select({
      session: supportSessions,
      caseReference: cases.reference,
      clientId: cases.clientId,
      siteName: sites.name,
      canOpenCase: sql<boolean>`${visibleCases(actor, context.now, { includeBreakGlass: false })}`,
    })
    .from(supportSessionWorkers)
    .innerJoin(supportSessions, eq(supportSessions.id, supportSessionWorkers.sessionId))
    .innerJoin(cases, eq(cases.id, supportSessions.caseId))
    .innerJoin(sites, eq(sites.id, supportSessions.siteId))
    .where(
      and(
        eq(supportSessionWorkers.userId, actor.userId),
        eq(supportSessionWorkers.organisationId, actor.organisationId),
        gte(supportSessionWorkers.startsAt, startOfLondonDay(window.from)),
        lt(supportSessionWorkers.startsAt, startOfLondonDay(addDays(window.to, 1))),
      ),
    )
    .orderBy(asc(supportSessionWorkers.startsAt), asc(supportSessionWorkers.sessionId))
    .limit(maxEntries);
  const names = await clientNames(tx, actor, rows.filter((row) => row.canOpenCase), context);
  return {
    ...window,
    items: rows.map((row) => presentCalendarEntry(row, names.get(row.clientId) ?? null, context.now)),
    interventionTypes: await readInterventionTypes(tx, actor.organisationId),
  };
}

/** The short names of the clients of the worker's open cases in the window, each read audited. */
async function clientNames(tx: Db, actor: Actor, rows: readonly { clientId: string; session: { siteId: string; id: string } }[], context: SessionContext): Promise<Map<string, string>> {
  const clientIds = [...new Set(rows.map((row) => row.clientId))];
  const names = new Map<string, string>();
  if (clientIds.length === 0) return names;
  const identities = await tx
    .select({ clientId: clientIdentities.clientId, givenName: clientIdentities.givenName, familyName: clientIdentities.familyName })
    .from(clientIdentities)
    .where(inArray(clientIdentities.clientId, clientIds));
  for (const identity of identities) {
    const name = clientShortName(context.vault, await context.vault.loadSubjectKey(tx, identity.clientId), identity);
    if (!name) continue;
    names.set(identity.clientId, name);
    const sessions = rows.filter((row) => row.clientId === identity.clientId);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "client.name_read",
      entityType: "client",
      entityId: identity.clientId,
      siteId: sessions[0]?.session.siteId ?? null,
      clientId: identity.clientId,
      requestId: context.requestId,
      details: { via: "session_calendar", fields: ["givenName", "familyName.initial"], sessionIds: sessions.map((row) => row.session.id) },
    });
  }
  return names;
}
