/**
 * Sessions as a kind of import, on cases at the import's site. A session has no reference of its
 * own: a row repeats an earlier one when both are on the same case at the same moment, and is
 * likely held when its case already has a session starting then (so a second import of the same
 * sheet finds every row). The case must be held by the organisation, at this site, its client's
 * processing not restricted, and the session within the case's life: not before it opened, and on
 * a closed case not after it closed (a closed case takes no new session). Each is written as the
 * session form writes one (store-session.ts): notes sealed under the client's key, audited.
 */
import { and, eq, inArray } from "drizzle-orm";
import { sessionImport, type ImportedSession } from "../../../core/import/session-fields.js";
import { londonDay } from "../../../core/london-time.js";
import { cases, supportSessions } from "../../db/schema.js";
import { storeSession } from "../../sessions/store-session.js";
import { repeatedKeys, type KindHandler, type NumberedProblem } from "../import-kind.js";
import { normaliseImportReference } from "../known-clients.js";
import { linkedCases } from "../linked-records.js";

interface ReadySession {
  rowNumber: number;
  session: ImportedSession;
  caseId: string;
}

const momentKey = (caseKey: string, startsAt: string) => `${caseKey}|${new Date(startsAt).getTime()}`;

export const sessionHandler: KindHandler<ImportedSession, ReadySession> = {
  definition: sessionImport,
  withinFile: (rows) => repeatedKeys(rows, (row) => momentKey(normaliseImportReference(row.caseReference), row.startsAt), "date", "duplicate_in_file"),
  async resolve(db, vault, scope, rows) {
    const casesFound = await linkedCases(db, vault, scope.organisationId, rows.map(({ row }) => row.caseReference));
    const caseIds = [...new Set([...casesFound.values()].map((kase) => kase.id))];
    const starts = [...new Set(rows.map(({ row }) => row.startsAt))].map((startsAt) => new Date(startsAt));
    const existing =
      caseIds.length === 0 || starts.length === 0
        ? []
        : await db
            .select({ caseId: supportSessions.caseId, startsAt: supportSessions.startsAt })
            .from(supportSessions)
            .where(and(eq(supportSessions.organisationId, scope.organisationId), inArray(supportSessions.caseId, caseIds), inArray(supportSessions.startsAt, starts)));
    const held = new Set(existing.map((session) => momentKey(session.caseId, session.startsAt.toISOString())));
    const problems: NumberedProblem[] = [];
    const ready: ReadySession[] = [];
    for (const { rowNumber, row } of rows) {
      const kase = casesFound.get(normaliseImportReference(row.caseReference));
      const problem = (field: string, code: NumberedProblem["problem"], detail?: string) => problems.push({ rowNumber, field, problem: code, ...(detail ? { detail } : {}) });
      if (!kase) problem("caseReference", "unknown_case");
      else if (kase.siteId !== scope.siteId) problem("caseReference", "other_site");
      else if (kase.isRestricted) problem("caseReference", "not_allowed");
      else if (row.day < londonDay(kase.openedAt)) problem("date", "before_start");
      else if (kase.closedAt !== null && new Date(row.startsAt) > kase.closedAt) problem("date", "not_allowed");
      else if (held.has(momentKey(kase.id, row.startsAt))) problem("date", "likely_duplicate", kase.reference);
      else ready.push({ rowNumber, session: row, caseId: kase.id });
    }
    return { ready, problems };
  },
  async write(tx, vault, scope, ready, now) {
    if (ready.length === 0) return 0;
    const caseRows = new Map((await tx.select().from(cases).where(inArray(cases.id, [...new Set(ready.map((row) => row.caseId))]))).map((kase) => [kase.id, kase]));
    const actor = { userId: scope.actorUserId, organisationId: scope.organisationId };
    for (const { session, caseId } of ready) {
      await storeSession(
        tx,
        actor,
        { kase: caseRows.get(caseId)!, isBreakGlass: false, isAssigned: false },
        {
          startsAt: session.startsAt,
          durationMinutes: session.durationMinutes,
          mode: session.mode,
          venue: session.venue,
          interventionType: session.interventionType,
          attendance: session.attendance,
          notes: session.notes ?? undefined,
        },
        [],
        { vault, now, requestId: scope.importId },
      );
    }
    return ready.length;
  },
};
