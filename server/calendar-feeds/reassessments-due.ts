/**
 * The re-assessments due on a key worker's cases, by the same schedules and rule as the daily
 * reminder (core/instruments/reassessment.ts): each enabled, scheduled instrument is due on a case
 * from the dates it was last given there.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { WorkerFeedItem } from "../../core/calendar/worker-feed.js";
import { reassessmentDue } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { assessments, instrumentVersions, type cases } from "../db/schema.js";
import { listInstruments } from "../instruments/catalogue.js";

interface HeldCase {
  kase: typeof cases.$inferSelect;
  siteName: string;
}

export async function keyWorkerReassessments(tx: Db, organisationId: string, held: readonly HeldCase[], today: string): Promise<WorkerFeedItem[]> {
  if (held.length === 0) return [];
  const catalogue = (await listInstruments(tx, organisationId)).filter((instrument) => {
    const { schedule } = instrument.settings;
    return instrument.settings.isEnabled && (schedule.atStart || schedule.atExit || schedule.everyWeeks !== null);
  });
  if (catalogue.length === 0) return [];
  const given = await tx
    .select({ caseId: assessments.caseId, key: instrumentVersions.key, assessedOn: assessments.assessedOn })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(and(inArray(assessments.caseId, held.map(({ kase }) => kase.id)), inArray(assessments.status, ["submitted", "approved"])));
  return held.flatMap(({ kase, siteName }) =>
    catalogue.flatMap((instrument): WorkerFeedItem[] => {
      const due = reassessmentDue({
        schedule: instrument.settings.schedule,
        caseState: kase.state,
        caseOpenedOn: londonDay(kase.openedAt),
        givenOn: given.filter((row) => row.caseId === kase.id && row.key === instrument.key).map((row) => row.assessedOn),
        today,
      });
      if (!due) return [];
      return [{ kind: "reassessment", caseId: kase.id, caseReference: kase.reference, siteName, instrumentKey: instrument.key, instrumentTitle: instrument.title, dueOn: due.dueOn }];
    }),
  );
}
