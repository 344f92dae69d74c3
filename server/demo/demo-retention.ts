/**
 * Records from before the demo's fifteen months of history, so the retention schedule has
 * something to review on first start: four people at Birmingham whose support ended nine to eleven
 * years ago (three adults then, one aged 17), opened and closed through the app's own use cases at
 * those dates. Under the default rules (adults 8 years after closure; 17-year-olds to their 26th
 * birthday) each is past retention, and the daily review lists them within seconds of starting.
 */
import { addYears } from "../../core/data-protection/retention-rules.js";
import { startOfLondonDay } from "../../core/london-time.js";
import { londonDay } from "../../core/referrals/triage-target.js";
import { openCase } from "../cases/open-case.js";
import { transitionCase } from "../cases/transition-case.js";
import { createClient } from "../clients/create-client.js";
import type { Db } from "../db/client.js";
import type { Vault } from "../vault/vault.js";
import { actorOf, type DemoPerson } from "./demo-actor.js";

interface EarlierRecord {
  givenName: string;
  familyName: string;
  /** Years before today the case opened, and how many months it ran. */
  openedYearsAgo: number;
  months: number;
  /** Age when it opened (and a hundred days). */
  ageAtOpening: number;
  ageBand: string;
}

const earlierRecords: readonly EarlierRecord[] = [
  { givenName: "Tariq", familyName: "Mahmood", openedYearsAgo: 11, months: 7, ageAtOpening: 34, ageBand: "25_34" },
  { givenName: "Shazia", familyName: "Begum", openedYearsAgo: 10, months: 5, ageAtOpening: 41, ageBand: "35_44" },
  { givenName: "Imran", familyName: "Qureshi", openedYearsAgo: 10, months: 5, ageAtOpening: 17, ageBand: "14_17" },
  { givenName: "Farah", familyName: "Ali", openedYearsAgo: 9, months: 6, ageAtOpening: 27, ageBand: "25_34" },
];

/** Born `years` and a hundred days before `day`. */
const bornBefore = (day: string, years: number) => new Date(Date.parse(`${addYears(day, -years)}T00:00:00Z`) - 100 * 86_400_000).toISOString().slice(0, 10);

/** Noon in London on `day`, `months` later (months of 30 days are close enough for a demo's dates). */
const noonAfter = (day: string, months: number) => new Date(startOfLondonDay(day).getTime() + (12 + months * 30 * 24) * 3_600_000);

/** Opens and closes each earlier record at its dates; answers how many there are. */
export async function seedDemoEarlierRecords(tx: Db, vault: Vault, input: { organisationId: string; siteId: string; manager: DemoPerson; now: Date }): Promise<number> {
  const today = londonDay(input.now);
  for (const record of earlierRecords) {
    const openedOn = addYears(today, -record.openedYearsAgo);
    const opened = noonAfter(openedOn, 0);
    const closed = noonAfter(openedOn, record.months);
    const context = { vault, now: opened, requestId: "demo-seed" };
    const { client, key } = await createClient(tx, context, {
      organisationId: input.organisationId,
      identity: { givenName: record.givenName, familyName: record.familyName, otherNames: [], dateOfBirth: bornBefore(openedOn, record.ageAtOpening), address: null, postcode: "B8 1AA", phone: null, email: null, nhsNumber: null },
      preferredLanguage: "en",
      isInterpreterNeeded: false,
      preferredWorkerGender: "no_preference",
    });
    const kase = await openCase(tx, { ...context, clientKey: key }, {
      organisationId: input.organisationId,
      siteId: input.siteId,
      clientId: client.id,
      referral: null,
      isRestricted: false,
      ageBand: record.ageBand,
      reason: "Carried over from the organisation's earlier paper records.",
      openedBy: input.manager.userId,
      keyWorkerId: null,
    });
    await transitionCase(tx, actorOf(input.organisationId, input.manager), kase.id, { event: { type: "close", reason: "support_completed", outcome: "improved" }, reason: "Support completed.", version: kase.version }, { vault, now: closed, requestId: "demo-seed" });
  }
  return earlierRecords.length;
}
