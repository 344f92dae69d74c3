/**
 * Support delivered on the demo case, so each part of the case page has something to show on first
 * start: Tariq Mahmood assigned as his mentor; a care plan built from the first assessment ten weeks
 * ago (three goals, three interventions, a barrier), reviewed four weeks ago; weekly sessions, one
 * missed, one held three days ago still to be written up and one planned for next week; the
 * five-phase recovery programme, on its second phase; and a group session at a mosque. Everything
 * is written through the same use cases as the app, as the staff who would have done it, on the
 * days they would have done it.
 */
import { addDays } from "../../core/instruments/reassessment.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { createCarePlan } from "../care-plans/create-care-plan.js";
import { reviewCarePlan } from "../care-plans/review-care-plan.js";
import { assignWorker } from "../cases/assign-worker.js";
import type { Db } from "../db/client.js";
import { enrolClient } from "../programmes/enrol-client.js";
import { recordEnrolmentEvent } from "../programmes/record-enrolment-event.js";
import { recordGroupSession } from "../programmes/record-group-session.js";
import { recordSession } from "../sessions/record-session.js";
import type { Vault } from "../vault/vault.js";
import { actorOf, type DemoPerson } from "./demo-actor.js";

const dayMs = 86_400_000;

export async function seedDemoSupport(
  tx: Db,
  vault: Vault,
  input: { organisationId: string; siteId: string; caseId: string; firstAssessmentId: string; keyWorker: DemoPerson; mentor: DemoPerson; manager: DemoPerson; now: Date },
): Promise<void> {
  const { caseId, now } = input;
  const at = (daysAgo: number, hour = 10) => new Date(Date.parse(`${addDays(londonDay(now), -daysAgo)}T${String(hour).padStart(2, "0")}:00:00Z`));
  const context = (daysAgo: number) => ({ vault, now: new Date(Math.min(now.getTime(), at(daysAgo, 17).getTime())), requestId: "demo-seed" });
  const keyWorker = actorOf(input.organisationId, input.keyWorker);
  const mentor = actorOf(input.organisationId, input.mentor);
  const manager = actorOf(input.organisationId, input.manager);

  await assignWorker(tx, manager, caseId, { userId: input.mentor.userId, role: "mentor" }, context(70));

  const planDay = addDays(londonDay(now), -69);
  await createCarePlan(
    tx,
    keyWorker,
    caseId,
    {
      planDate: planDay,
      basedOnAssessmentId: input.firstAssessmentId,
      content: {
        goals: [
          { id: "g1", what: "Stop using cannabis on weekdays.", clientWords: "I want a clear head for college and not to let my mum down.", targetDate: addDays(planDay, 84), domain: "substance_misuse" },
          { id: "g2", what: "Keep away from the older friends who sell, and feel safe saying no.", targetDate: addDays(planDay, 84), domain: "criminal_exploitation_gangs" },
          { id: "g3", what: "Go to college at least four days a week.", clientWords: "Finish my BTEC.", targetDate: addDays(planDay, 112), domain: "education_employment" },
        ],
        barriers: [{ kind: "stigma", description: "Worried that people at the mosque will find out.", howAddressed: "Sessions at the office, not the mosque; the imam is told only with his agreement." }],
        interventions: [
          { id: "i1", typeCode: "one_to_one_mentoring", deliveredBy: { workerId: input.mentor.userId }, frequency: { every: 1, unit: "week" }, startDate: planDay, goalIds: ["g1", "g2"] },
          { id: "i2", typeCode: "family_work", deliveredBy: { workerId: input.keyWorker.userId }, frequency: { every: 2, unit: "week" }, startDate: planDay, goalIds: ["g1", "g3"] },
          { id: "i3", typeCode: "education_employment_support", deliveredBy: { partnerOrganisation: "South and City College" }, frequency: "as_needed", startDate: addDays(planDay, 14), goalIds: ["g3"] },
        ],
      },
    },
    context(69),
  );
  await reviewCarePlan(
    tx,
    keyWorker,
    caseId,
    {
      planVersion: 1,
      progress: [
        { goalId: "g1", value: "progressing", note: "Weekends only now, by his own account." },
        { goalId: "g2", value: "progressing" },
        { goalId: "g3", value: "achieved", note: "Four days a week for the last month, says his tutor." },
      ],
      nextReviewOn: addDays(londonDay(now), 14),
    },
    context(28),
  );

  // Weekly one-to-ones with his mentor; the key worker's family sessions every other week.
  const held = [
    { daysAgo: 63, by: "mentor", type: "one_to_one_mentoring", attendance: "attended", notes: "First meeting. Talked about what a normal week looks like and who he spends it with." },
    { daysAgo: 56, by: "key", type: "family_work", attendance: "attended", notes: "With his mother at the office. She wants him home by ten; agreed on weekdays." },
    { daysAgo: 49, by: "mentor", type: "one_to_one_mentoring", attendance: "did_not_attend", notes: "Not at the office. Rang twice, left a message; his mother says he was at a friend's." },
    { daysAgo: 42, by: "mentor", type: "one_to_one_mentoring", attendance: "attended", notes: "Came the following week. Used three times; talked through the evenings it happened." },
    { daysAgo: 35, by: "mentor", type: "one_to_one_mentoring", attendance: "attended", notes: "Back at college four days. Said no to a lift from one of the older lads." },
    { daysAgo: 28, by: "key", type: "family_work", attendance: "attended", notes: "Review with him and his mother. Things are calmer at home." },
    { daysAgo: 14, by: "mentor", type: "one_to_one_mentoring", attendance: "attended", notes: "Weekends only. Planned what to do on Friday nights instead." },
    { daysAgo: 3, by: "mentor", type: "one_to_one_mentoring", attendance: "attended" },
  ] as const;
  for (const session of held) {
    const actor = session.by === "mentor" ? mentor : keyWorker;
    await recordSession(
      tx,
      actor,
      caseId,
      {
        startsAt: at(session.daysAgo, 16).toISOString(),
        durationMinutes: 60,
        mode: "office",
        interventionType: session.type,
        attendance: session.attendance,
        ...("notes" in session ? { notes: session.notes } : {}),
        workerIds: [actor.userId],
      },
      context(session.daysAgo),
    );
  }
  await recordSession(
    tx,
    mentor,
    caseId,
    { startsAt: new Date(at(0, 16).getTime() + 7 * dayMs).toISOString(), durationMinutes: 60, mode: "office", interventionType: "one_to_one_mentoring", attendance: null, workerIds: [mentor.userId] },
    context(0),
  );

  const enrolmentId = await enrolClient(tx, keyWorker, caseId, { programmeKey: "multilingual_recovery" }, context(56));
  await recordEnrolmentEvent(tx, keyWorker, enrolmentId, { event: { type: "advance", criteriaMet: ["one_to_ones", "goals_agreed", "harm_reduction"] }, version: 1 }, context(28));
  await recordGroupSession(
    tx,
    mentor,
    input.siteId,
    {
      programmeKey: "multilingual_recovery",
      startsAt: at(7, 18).toISOString(),
      durationMinutes: 90,
      venue: "Green Lane Mosque, community room",
      topic: "Triggers at the weekend",
      facilitatorIds: [mentor.userId],
      attendeeEnrolmentIds: [enrolmentId],
      anonymousHeadcount: 6,
    },
    context(7),
  );
}
