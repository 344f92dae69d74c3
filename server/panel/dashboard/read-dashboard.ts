/**
 * The panel dashboard for a site's safeguarding leads and team managers: cases awaiting a meeting,
 * decisions by kind this London year, open actions overdue (wording opened for staff), the time
 * from escalation to decision over this year's decisions, the next meetings and the external
 * referrals still open. Only cases the viewer sees without emergency access are counted.
 */
import { and, asc, count, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { PanelDashboard } from "../../../core/api/panel.js";
import { endOfLondonDay, londonDay, startOfLondonDay } from "../../../core/london-time.js";
import { casesAwaitingMeeting, decisionsByKind, overdueActions, timeToDecision } from "../../../core/panel/dashboard.js";
import { decisionKinds, type ActionStatus } from "../../../core/panel/decisions.js";
import { visibleCases } from "../../cases/scope.js";
import type { Db } from "../../db/client.js";
import { cases, externalReferrals, panelActions, panelDecisions, panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { panelSiteOf } from "../escalations/policy.js";
import { presentEscalationSummary } from "../escalations/presenter.js";
import { siteQueue } from "../escalations/queries.js";
import type { PanelContext } from "../escalations/store.js";
import { overdueActionViews } from "./overdue-actions.js";
import { upcomingMeetings } from "./upcoming-meetings.js";

export async function readDashboard(db: Db, actor: Actor, siteIdAsked: string | undefined, context: PanelContext): Promise<PanelDashboard> {
  const siteId = panelSiteOf(actor, siteIdAsked);
  const { now } = context;
  const today = londonDay(now);
  const year = Number(today.slice(0, 4));
  const yearStarts = startOfLondonDay(`${year}-01-01`);
  const yearEnds = endOfLondonDay(`${year}-12-31`);
  const seen = visibleCases(actor, now, { includeBreakGlass: false });

  const [waiting, decided, actions, meetings, [openReferrals]] = await Promise.all([
    siteQueue(db, actor, siteId, ["submitted", "accepted"], now),
    db
      .select({ kind: panelDecisions.kind, decidedAt: panelDecisions.decidedAt, submittedAt: panelEscalations.submittedAt })
      .from(panelDecisions)
      .innerJoin(panelEscalations, eq(panelEscalations.id, panelDecisions.escalationId))
      .innerJoin(cases, eq(cases.id, panelDecisions.caseId))
      .where(and(eq(panelDecisions.siteId, siteId), gte(panelDecisions.decidedAt, yearStarts), lt(panelDecisions.decidedAt, new Date(yearEnds.getTime() + 1)), seen)),
    db
      .select({ action: panelActions })
      .from(panelActions)
      .innerJoin(cases, eq(cases.id, panelActions.caseId))
      // A literal status, so the planner can use the partial index of open actions.
      .where(and(eq(panelActions.siteId, siteId), sql`${panelActions.status} = 'open'`, lt(panelActions.dueOn, today), seen))
      .orderBy(asc(panelActions.dueOn), asc(panelActions.id))
      .limit(100),
    upcomingMeetings(db, siteId, now, 5),
    db
      .select({ n: count() })
      .from(externalReferrals)
      .innerJoin(cases, eq(cases.id, externalReferrals.caseId))
      .where(and(eq(externalReferrals.siteId, siteId), ne(externalReferrals.status, "closed"), seen)),
  ]);

  const awaiting = casesAwaitingMeeting(
    waiting.map((row) => ({ row, escalationId: row.escalation.id, state: row.escalation.state as "submitted" | "accepted", isUrgent: row.escalation.isUrgent, submittedAt: row.escalation.submittedAt, meetingOn: row.meeting ? londonDay(row.meeting.startsAt) : null })),
    today,
  );
  const kinds = decided.flatMap((row) => {
    const kind = decisionKinds.find((candidate) => candidate === row.kind);
    return kind ? [{ kind, decidedAt: row.decidedAt }] : [];
  });
  const { count: decidedCount, medianDays, p90Days } = timeToDecision(decided);
  return {
    siteId,
    year,
    awaitingMeeting: awaiting.map(({ row }) => presentEscalationSummary(row)),
    decisionsByKind: decisionsByKind(kinds, year),
    overdueActions: await overdueActionViews(db, actor, overdueActions(actions.map(({ action }) => ({ ...action, status: action.status as ActionStatus })), today), context),
    timeToDecision: { count: decidedCount, medianDays, p90Days },
    upcomingMeetings: meetings,
    openExternalReferrals: openReferrals?.n ?? 0,
  };
}

