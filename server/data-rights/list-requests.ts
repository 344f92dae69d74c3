/**
 * The data protection officer's register: requests of the organisation, of one kind or status when
 * asked (open ones by default), the soonest deadline first, with days left and how urgent each is,
 * and the counts of open, overdue and due-soon requests whatever the filter. Lists codes, days and
 * references only, so it is not a read of anyone's record and is not audited.
 */
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { RequestList, RequestSummary, requestListQuerySchema } from "../../core/api/data-rights.js";
import { addDays, daysLeft, dueSoonDays, urgencyOf } from "../../core/data-rights/deadline.js";
import { isOpenStatus, openDataRightsStatuses } from "../../core/data-rights/vocabulary.js";
import { londonDay } from "../../core/london-time.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { clients, dataRightsRequests } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { canHandleDataRights, refusalMessage } from "./policy.js";

type Query = z.output<typeof requestListQuerySchema>;

const effectiveDue = sql<string>`coalesce(${dataRightsRequests.extendedDueOn}, ${dataRightsRequests.dueOn})`;

export function presentSummary(row: typeof dataRightsRequests.$inferSelect, clientReference: string | null, today: string): RequestSummary {
  const dueOn = row.extendedDueOn ?? row.dueOn;
  const isOpen = isOpenStatus(row.status);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    requesterRelation: row.requesterRelation,
    clientReference,
    receivedOn: row.receivedOn,
    dueOn,
    isExtended: row.extendedDueOn !== null,
    daysLeft: isOpen ? daysLeft(today, dueOn) : null,
    urgency: isOpen ? urgencyOf(today, dueOn) : null,
  };
}

export async function listRequests(db: Db, actor: Actor, query: Query, now: Date): Promise<RequestList> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const today = londonDay(now);
  const mine = eq(dataRightsRequests.organisationId, actor.organisationId);
  const conditions: SQL[] = [mine];
  if (query.kind) conditions.push(eq(dataRightsRequests.kind, query.kind));
  if (query.status === "open") conditions.push(inArray(dataRightsRequests.status, [...openDataRightsStatuses]));
  else if (query.status !== "all") conditions.push(eq(dataRightsRequests.status, query.status));
  const where = and(...conditions);
  const [rows, [total], [counts]] = await Promise.all([
    db
      .select({ request: dataRightsRequests, clientReference: clients.reference })
      .from(dataRightsRequests)
      .leftJoin(clients, eq(clients.id, dataRightsRequests.clientId))
      .where(where)
      .orderBy(asc(effectiveDue), asc(dataRightsRequests.reference))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(dataRightsRequests).where(where),
    db
      .select({
        open: count(),
        overdue: sql<number>`count(*) filter (where ${effectiveDue} < ${today})`.mapWith(Number),
        dueSoon: sql<number>`count(*) filter (where ${effectiveDue} >= ${today} and ${effectiveDue} <= ${addDays(today, dueSoonDays)})`.mapWith(Number),
      })
      .from(dataRightsRequests)
      .where(and(mine, inArray(dataRightsRequests.status, [...openDataRightsStatuses]))),
  ]);
  return {
    items: rows.map((row) => presentSummary(row.request, row.clientReference, today)),
    total: total?.value ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    counts: { open: counts?.open ?? 0, overdue: counts?.overdue ?? 0, dueSoon: counts?.dueSoon ?? 0 },
  };
}
