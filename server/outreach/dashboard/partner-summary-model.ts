/**
 * What a partner's printed summary says, as blocks for the shared page writer
 * (care-plans/pdf/render-summary.ts): the sessions held with them and the people reached, the
 * training given to their people, and the referrals received from them with what became of them.
 * The page is handed to the partner (a mosque committee, a school), so it leaves staff: every
 * referral figure goes through the core's disclosure control (core/outreach/partner-disclosure.ts)
 * and rates are worked out from the figures as shown. Sessions, people reached and people trained
 * are the partner's own events, counted as a crowd, and are printed as they are. Pure.
 */
import { describeDisclosed, disclosedRate, discloseCount, smallestShownCount } from "../../../core/outreach/partner-disclosure.js";
import type { Block, SummaryModel } from "../../care-plans/pdf/summary-model.js";

export interface PartnerSummaryInput {
  organisationName: string;
  siteName: string;
  partnerName: string;
  from: string;
  to: string;
  today: string;
  sessions: number;
  peopleReached: number;
  trainings: number;
  peopleTrained: number;
  /** Referrals received from the partner in the period, by what became of them. */
  referrals: { total: number; accepted: number; signposted: number; declined: number; waiting: number; engaged: number };
}

const longDay = (day: string) => new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));
const number = (value: number) => new Intl.NumberFormat("en-GB").format(value);
const shown = (count: number) => describeDisclosed(discloseCount(count), number);

export function partnerSummaryModel(input: PartnerSummaryInput): SummaryModel {
  const { referrals } = input;
  const title = `Working together: ${input.partnerName}`;
  const engagedRate = disclosedRate(referrals.engaged, referrals.total);
  const blocks: Block[] = [
    { kind: "organisation", text: `${input.organisationName} · ${input.siteName}` },
    { kind: "title", text: title, isTyped: true },
    { kind: "intro", text: `What we did together from ${longDay(input.from)} to ${longDay(input.to)}.` },
    { kind: "heading", text: "Outreach sessions" },
    { kind: "text", text: `Sessions held with you: ${number(input.sessions)}` },
    { kind: "text", text: `People reached at these sessions: ${number(input.peopleReached)}` },
    { kind: "heading", text: "Training" },
    { kind: "text", text: `Training sessions for your people: ${number(input.trainings)}` },
    { kind: "text", text: `People trained: ${number(input.peopleTrained)}` },
    { kind: "heading", text: "Referrals" },
    { kind: "text", text: `Referrals received from you: ${shown(referrals.total)}` },
    { kind: "detail", text: `Taken on for support: ${shown(referrals.accepted)}` },
    { kind: "detail", text: `Helped to another service: ${shown(referrals.signposted)}` },
    { kind: "detail", text: `Not taken on: ${shown(referrals.declined)}` },
    { kind: "detail", text: `Waiting for a decision: ${shown(referrals.waiting)}` },
    {
      kind: "detail",
      text: `Went on to receive support: ${shown(referrals.engaged)}${engagedRate === null ? "" : ` (${Math.round(engagedRate * 100)}% of referrals)`}`,
    },
    {
      kind: "notice",
      text: `To protect the people referred, no one is named, referral figures from 1 to ${smallestShownCount - 1} are shown as "fewer than ${smallestShownCount}", and larger ones are rounded to the nearest 5, so they may not add up.`,
    },
    { kind: "footer", text: `Prepared by ${input.organisationName} on ${longDay(input.today)}. Thank you for working with us.` },
  ];
  return { language: "en", direction: "ltr", isFallback: false, title, blocks };
}
