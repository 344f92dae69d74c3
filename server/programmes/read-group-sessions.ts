/**
 * Reading group sessions: a site's sessions between two days (counts, no client names), one
 * session with its attendees named only where the reader sees their case (the rest counted), and
 * what recording one can offer. Every client name shown is an audited read.
 */
import type { z } from "zod";
import type { groupSessionDetailSchema, groupSessionListSchema, groupSessionOptionsSchema, groupSessionSummarySchema } from "../../core/api/programmes.js";
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { findSiteFor } from "../sites/queries.js";
import { nameAttendees } from "./attendee-names.js";
import { listProgrammes } from "./catalogue.js";
import type { ProgrammeContext } from "./enrol-client.js";
import { attendableEnrolments, attendeesOf, facilitatorsAt, findGroupSessionFor, groupSessionsAt, staffByIds, visibleCasesAmong, type GroupSessionRow } from "./group-session-queries.js";
import { canRecordGroupSessions, canSeeGroupSessions } from "./policy.js";

type Summary = z.infer<typeof groupSessionSummarySchema>;

/** The longest span one list covers. */
const maxDays = 366;

function presentSummary(row: GroupSessionRow, titles: ReadonlyMap<string, string>, staff: ReadonlyMap<string, string>, registeredCount: number): Summary {
  return {
    id: row.id,
    siteId: row.siteId,
    programme: { key: row.programmeKey, title: titles.get(row.programmeKey) ?? row.programmeKey },
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    venue: row.venue,
    topic: row.topic,
    facilitators: row.facilitatorIds.map((userId) => ({ userId, name: staff.get(userId) ?? "" })),
    registeredCount,
    anonymousHeadcount: row.anonymousHeadcount,
  };
}

async function programmeTitles(db: Db, organisationId: string): Promise<Map<string, string>> {
  return new Map((await listProgrammes(db, organisationId)).map((programme) => [programme.key, programme.title]));
}

export async function listGroupSessions(db: Db, actor: Actor, siteId: string, query: { from?: string | undefined; to?: string | undefined }, now: Date): Promise<z.infer<typeof groupSessionListSchema>> {
  const site = await findSiteFor(db, actor, siteId);
  authorize(canSeeGroupSessions(actor, site.id));
  const today = londonDay(now);
  // Without dates: the last 30 days and the next 60; with one of them, 90 days from or to it.
  const from = query.from ?? (query.to ? addDays(query.to, -90) : addDays(today, -30));
  const to = query.to ?? addDays(from, 90);
  if (to < from) throw new AppError("validation_failed", "The end date is before the start date.", { fields: [{ path: "query.to", message: "Must be on or after the start date." }] });
  if (addDays(from, maxDays - 1) < to) throw new AppError("validation_failed", `Ask for at most ${maxDays} days at a time.`, { fields: [{ path: "query.to", message: `At most ${maxDays} days after the start date.` }] });
  const rows = await groupSessionsAt(db, site.id, from, to);
  const [attendees, titles, staff] = await Promise.all([
    attendeesOf(db, rows.map((row) => row.id)),
    programmeTitles(db, actor.organisationId),
    staffByIds(db, actor.organisationId, [...new Set(rows.flatMap((row) => row.facilitatorIds))]),
  ]);
  const counts = new Map<string, number>();
  for (const attendee of attendees) counts.set(attendee.groupSessionId, (counts.get(attendee.groupSessionId) ?? 0) + 1);
  return { items: rows.map((row) => presentSummary(row, titles, staff, counts.get(row.id) ?? 0)), canRecord: canRecordGroupSessions(actor, site.id) };
}

export async function readGroupSession(tx: Db, actor: Actor, groupSessionId: string, context: ProgrammeContext): Promise<z.infer<typeof groupSessionDetailSchema>> {
  const session = await findGroupSessionFor(tx, actor, groupSessionId);
  const attendees = await attendeesOf(tx, [session.id]);
  const visible = new Map((await visibleCasesAmong(tx, actor, attendees.map((row) => row.caseId), context.now)).map((row) => [row.id, row]));
  const toName = attendees.flatMap((row) => {
    const kase = visible.get(row.caseId);
    return kase ? [{ enrolmentId: row.enrolmentId, caseId: kase.id, caseReference: kase.reference, clientId: kase.clientId }] : [];
  });
  const named = await nameAttendees(tx, actor, toName, { vault: context.vault, requestId: context.requestId, siteId: session.siteId, groupSessionId: session.id });
  const titles = await programmeTitles(tx, actor.organisationId);
  const staff = await staffByIds(tx, actor.organisationId, session.facilitatorIds);
  return {
    ...presentSummary(session, titles, staff, attendees.length),
    attendees: named,
    otherRegisteredCount: attendees.length - named.length,
    canEdit: canRecordGroupSessions(actor, session.siteId),
  };
}

/** Who may facilitate at the site, and the clients in a phase of the programme there whom the caller can see. */
export async function groupSessionOptions(tx: Db, actor: Actor, siteId: string, programmeKey: string, context: ProgrammeContext): Promise<z.infer<typeof groupSessionOptionsSchema>> {
  const site = await findSiteFor(tx, actor, siteId);
  authorize(canRecordGroupSessions(actor, site.id));
  const facilitators = await facilitatorsAt(tx, actor.organisationId, site.id);
  const enrolments = await attendableEnrolments(tx, actor, { siteId: site.id, programmeKey, now: context.now });
  const named = await nameAttendees(tx, actor, enrolments, { vault: context.vault, requestId: context.requestId, siteId: site.id, groupSessionId: null });
  return { facilitators, enrolments: named };
}
