/**
 * Group sessions are found only at sites where the actor holds a role that takes part in group
 * work (policy.ts), so a session elsewhere is simply not found. Attendees are enrolments; whether a
 * reader may know who an attendee is goes through the one rule for seeing cases (cases/scope.ts).
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { sitesWhere } from "../authz/site-roles.js";
import { visibleCases } from "../cases/scope.js";
import type { Db } from "../db/client.js";
import { cases, groupSessionAttendees, groupSessions, programmeEnrolments, programmeVersions, roleGrants, users } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { notFound } from "../http/errors.js";
import { groupSessionRoles } from "./policy.js";

export type GroupSessionRow = typeof groupSessions.$inferSelect;

export async function findGroupSessionFor(db: Db, actor: Actor, groupSessionId: string, options: { forUpdate?: boolean } = {}): Promise<GroupSessionRow> {
  const siteIds = sitesWhere(actor, groupSessionRoles);
  if (siteIds.length === 0) throw notFound("Group session");
  const query = db
    .select()
    .from(groupSessions)
    .where(and(eq(groupSessions.id, groupSessionId), eq(groupSessions.organisationId, actor.organisationId), inArray(groupSessions.siteId, siteIds)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Group session");
  return row;
}

/** A site's sessions starting between two London days (both inclusive), earliest first. */
export async function groupSessionsAt(db: Db, siteId: string, from: string, to: string) {
  return db
    .select()
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.siteId, siteId),
        sql`${groupSessions.startsAt} >= (${from}::date)::timestamp at time zone 'Europe/London'`,
        sql`${groupSessions.startsAt} < ((${to}::date + 1)::timestamp at time zone 'Europe/London')`,
      ),
    )
    .orderBy(asc(groupSessions.startsAt), asc(groupSessions.id))
    .limit(500);
}

export async function attendeesOf(db: Db, groupSessionIds: readonly string[]) {
  if (groupSessionIds.length === 0) return [];
  return db.select().from(groupSessionAttendees).where(inArray(groupSessionAttendees.groupSessionId, [...groupSessionIds]));
}

/** Display names of the given staff. */
export async function staffByIds(db: Db, organisationId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.organisationId, organisationId), inArray(users.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Active staff who take part in group work at the site, by name: who may facilitate. */
export async function facilitatorsAt(db: Db, organisationId: string, siteId: string, onlyIds?: readonly string[]) {
  if (onlyIds?.length === 0) return [];
  return db
    .selectDistinct({ userId: users.id, name: users.displayName })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.isActive, true),
        eq(roleGrants.siteId, siteId),
        inArray(roleGrants.role, [...groupSessionRoles]),
        onlyIds ? inArray(users.id, [...onlyIds]) : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(500);
}

/**
 * Enrolments in a phase of the programme on cases now at the site that the actor sees (without
 * emergency access), with the case and client: who may be named as attending. `onlyIds` narrows it.
 */
export async function attendableEnrolments(db: Db, actor: Actor, input: { siteId: string; programmeKey: string; now: Date; onlyIds?: readonly string[] }) {
  if (input.onlyIds?.length === 0) return [];
  return db
    .select({ enrolmentId: programmeEnrolments.id, caseId: cases.id, caseReference: cases.reference, clientId: cases.clientId })
    .from(programmeEnrolments)
    .innerJoin(programmeVersions, eq(programmeVersions.id, programmeEnrolments.programmeVersionId))
    .innerJoin(cases, eq(cases.id, programmeEnrolments.caseId))
    .where(
      and(
        eq(programmeEnrolments.organisationId, actor.organisationId),
        eq(programmeEnrolments.state, "in_phase"),
        eq(programmeVersions.key, input.programmeKey),
        eq(cases.siteId, input.siteId),
        visibleCases(actor, input.now, { includeBreakGlass: false }),
        input.onlyIds ? inArray(programmeEnrolments.id, [...input.onlyIds]) : undefined,
      ),
    )
    .orderBy(asc(cases.reference))
    .limit(500);
}

/** Of these cases, the ones the actor sees (without emergency access), with their references and clients. */
export async function visibleCasesAmong(db: Db, actor: Actor, caseIds: readonly string[], now: Date) {
  if (caseIds.length === 0) return [];
  return db
    .select({ id: cases.id, reference: cases.reference, clientId: cases.clientId, siteId: cases.siteId })
    .from(cases)
    .where(and(inArray(cases.id, [...caseIds]), visibleCases(actor, now, { includeBreakGlass: false })));
}
