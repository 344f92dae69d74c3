/**
 * A planned case as it stands at "now": what would happen later has not happened yet. An
 * assessment awaiting approval stays submitted; notes not yet written are missing; an open case
 * in support has its next session planned if it falls within three weeks; a panel escalation not
 * yet decided is left out (so the panel's queue holds only the demo's own); nothing outside the
 * case changes after it closed.
 */
import type { PlannedAssessment, PlannedCase, PlannedExternalReferral, PlannedSession } from "./demo-history-types.js";
import { plusMinutes } from "./demo-history-clock.js";

const plannedWithinMs = 21 * 86_400_000;

export function asAt(kase: PlannedCase, now: Date): PlannedCase {
  const isDone = (instant: Date) => instant <= now;
  const closure = kase.closure && isDone(kase.closure.at) ? kase.closure : null;
  const before = (instant: Date) => isDone(instant) && (closure === null || instant <= closure.at);

  const kept = new Map<PlannedAssessment, PlannedAssessment>();
  for (const assessment of kase.assessments) {
    if (!isDone(assessment.submittedAt)) continue;
    kept.set(assessment, assessment.approval && !isDone(assessment.approval.at) ? { ...assessment, approval: null } : assessment);
  }
  const began = kase.supportBegan && isDone(kase.supportBegan.at) ? kase.supportBegan : null;
  const supportBegan = began ? { ...began, assessment: kept.get(began.assessment)! } : null;

  const sessions = kase.sessions.flatMap((session): PlannedSession[] => {
    if (isDone(session.recordedAt)) return [session];
    const recordedAt = plusMinutes(session.startsAt, session.durationMinutes + 10);
    // Held, but the notes are still to be written up.
    if (session.attendance === "attended" && isDone(recordedAt)) return [{ ...session, notes: null, notesWrittenAt: null, recordedAt }];
    return [];
  });
  const assignments = kase.assignments.filter((assignment) => isDone(assignment.at));
  const next = kase.sessions.find((session) => session.startsAt > now);
  if (supportBegan && !closure && next && next.startsAt.getTime() - now.getTime() <= plannedWithinMs) {
    const lastRecorded = sessions.reduce((latest, session) => (session.recordedAt > latest ? session.recordedAt : latest), supportBegan.at);
    // Planned by someone on the case now: a mentor not yet assigned leaves it to the key worker.
    const worker = next.worker === kase.keyWorker || assignments.some((assignment) => assignment.who === next.worker) ? next.worker : kase.keyWorker;
    sessions.push({ ...next, worker, attendance: null, notes: null, notesWrittenAt: null, recordedAt: lastRecorded });
  }

  const escalation = kase.escalation && isDone(kase.escalation.decidedAt) ? kase.escalation : null;
  return {
    ...kase,
    assignments,
    assessments: [...kept.values()],
    supportBegan,
    sessions,
    enrolment: kase.enrolment && isDone(kase.enrolment.enrolledAt) ? { ...kase.enrolment, events: kase.enrolment.events.filter((step) => isDone(step.at)) } : null,
    escalation: escalation && {
      ...escalation,
      // An action done after the case closed is recorded as done at the closure.
      actions: escalation.actions.map((action) => ({ ...action, completedAt: action.completedAt && isDone(action.completedAt) ? (closure && action.completedAt > closure.at ? closure.at : action.completedAt) : null })),
      referral: escalation.referral && referralAsAt(escalation.referral, before),
    },
    externalReferrals: kase.externalReferrals.filter((referral) => before(referral.recordedAt)).map((referral) => referralAsAt(referral, before)),
    closure,
  };
}

function referralAsAt(referral: PlannedExternalReferral, before: (instant: Date) => boolean): PlannedExternalReferral {
  const response = referral.response && before(referral.response.at) ? referral.response : null;
  return { ...referral, response, closed: response && referral.closed && before(referral.closed.at) ? referral.closed : null };
}
