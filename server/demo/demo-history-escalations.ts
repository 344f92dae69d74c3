/**
 * Safeguarding work in the demo history: escalations to Birmingham's Community Safeguarding Panel
 * (it meets on the second Wednesday of each month), the panel's decisions with their actions and
 * referrals to outside agencies, and the referrals caseworkers make straight from a case (housing,
 * mental health, the safeguarding hub).
 */
import type { DecisionKind, ReferralTarget } from "../../core/panel/decisions.js";
import { referralImpliedBy } from "../../core/panel/decisions.js";
import { addDays, at, londonDay, weekdayOf, weekdaysAfter } from "./demo-history-clock.js";
import type { HistoryRandom } from "./demo-history-random.js";
import { actionDescriptions } from "./demo-history-texts.js";
import type { PlannedEscalation, PlannedExternalReferral, StaffPart } from "./demo-history-types.js";

/** The first panel meeting day (the month's second Wednesday) on or after `day`. */
export function panelMeetingOnOrAfter(day: string): string {
  for (let month = day.slice(0, 7); ; ) {
    let first = `${month}-01`;
    while (weekdayOf(first) !== 3) first = addDays(first, 1);
    const meeting = addDays(first, 7);
    if (meeting >= day) return meeting;
    const next = addDays(`${month}-28`, 7);
    month = next.slice(0, 7);
  }
}

/** An escalation raised by `by` a few days after support began, decided at the next meeting it could go to. */
export function planEscalation(random: HistoryRandom, input: { by: StaffPart; supportBeganAt: Date; isExtremism: boolean }): PlannedEscalation {
  const submittedDay = weekdaysAfter(londonDay(input.supportBeganAt), random.int(2, 10));
  const acceptedDay = weekdaysAfter(submittedDay, random.int(1, 2));
  const meetingDay = panelMeetingOnOrAfter(addDays(acceptedDay, 3));
  const decidedAt = at(meetingDay, 11, random.int(0, 45));
  const kind: DecisionKind = input.isExtremism
    ? random.weighted([["refer_to_channel", 40], ["organisation_led_support_plan", 30], ["monitor_and_review", 30]])
    : random.weighted([["organisation_led_support_plan", 40], ["monitor_and_review", 25], ["refer_to_safeguarding_hub", 15], ["refer_to_police", 10], ["no_further_action", 10]]);
  const owners: StaffPart[] = [input.by, "lead", "outside_member"];
  const actions = Array.from({ length: kind === "no_further_action" ? 0 : random.int(1, 2) }, (_, i) => {
    const dueOn = addDays(meetingDay, random.int(7, 28));
    const doneOn = addDays(dueOn, -random.int(0, 5));
    return {
      description: actionDescriptions[(i + random.int(0, 2)) % actionDescriptions.length]!,
      owner: random.pick(owners),
      dueOn,
      completedAt: at(doneOn > meetingDay ? doneOn : addDays(meetingDay, 1), 12),
    };
  });
  const target = referralImpliedBy[kind];
  return {
    by: input.by,
    submittedAt: at(submittedDay, 15, random.int(0, 59)),
    acceptedAt: at(acceptedDay, 9, 30),
    meetingDay,
    decidedAt,
    kind,
    actions,
    referral: target ? outsideReferral(random, { target, targetName: null, sentOn: meetingDay, by: "lead", recordedAt: decidedAt }) : null,
  };
}

const otherServices = ["Housing Options", "Community mental health team", "Citizens Advice", "Jobcentre Plus work coach"];

/** A referral a caseworker makes from the case on `day`. */
export function planDirectReferral(random: HistoryRandom, day: string, by: StaffPart): PlannedExternalReferral {
  const target: ReferralTarget = random.weighted([["other", 70], ["safeguarding_hub", 20], ["police", 10]]);
  return outsideReferral(random, { target, targetName: target === "other" ? random.pick(otherServices) : null, sentOn: day, by, recordedAt: at(day, 16, random.int(0, 59)) });
}

/** Most outside bodies accept within a fortnight and hand back one to three months later. */
function outsideReferral(random: HistoryRandom, sent: Pick<PlannedExternalReferral, "target" | "targetName" | "sentOn" | "by" | "recordedAt">): PlannedExternalReferral {
  const respondedOn = weekdaysAfter(sent.sentOn, random.int(3, 10));
  const isAccepted = random.chance(0.85);
  const closedOn = weekdaysAfter(respondedOn, random.int(20, 60));
  return {
    ...sent,
    response: { status: isAccepted ? "accepted" : "declined", on: respondedOn, at: at(respondedOn, 14) },
    closed: isAccepted ? { on: closedOn, at: at(closedOn, 14) } : null,
  };
}
