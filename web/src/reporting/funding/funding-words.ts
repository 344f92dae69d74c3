/**
 * Words and figures the funding pages share: money in the reader's language, where spend was (a
 * site, or the organisation as a whole), the London month under way, and the server's own field
 * messages for the rules only it checks, in the reader's language.
 */
import type { TFunction } from "i18next";
import type { FundingOptions } from "../../../../core/api/funding.js";
import { chargeProblemMessages } from "../../../../core/funding/grants.js";
import { ApiError } from "../../api/api-error.js";
import { formPathOf } from "../../forms/validation.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { formatPence } from "../contracts/contract-words.js";

/** An amount in pence in the reader's language: £12,500.50. */
export const pence = (amount: number): string => formatPence(amount, currentLanguage());

/** Where spend was: a site's name, or the organisation as a whole. */
export function placeOf(t: TFunction, siteId: string | null, options: Pick<FundingOptions, "sites"> | null): string {
  if (siteId === null) return t("funding.organisationWide");
  return options?.sites.find((site) => site.id === siteId)?.name ?? t("funding.unknownSite");
}

/** `YYYY-MM` of today in London, where the organisation keeps its books. */
export function londonMonthNow(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(now).slice(0, 7);
}

const serverWords: Readonly<Record<string, string>> = {
  [chargeProblemMessages.outside_period]: "funding.errors.grantOutsidePeriod",
  [chargeProblemMessages.organisation_wide]: "funding.errors.grantOrganisationWide",
  [chargeProblemMessages.other_site]: "funding.errors.grantOtherSite",
  "Record spend for a month that has begun.": "funding.errors.futureMonth",
  "No such grant.": "funding.errors.noSuchGrant",
  "No such funder.": "funding.errors.noSuchFunder",
  "This funder is inactive: reactivate it first.": "funding.errors.inactiveFunder",
  "End the grant on a day within its period.": "funding.errors.endOutsidePeriod",
  "The grant was ended early within its period: take the early end back first.": "funding.errors.endedEarly",
  "Spend before this month is charged to the grant: move it to another grant first.": "funding.errors.spendBefore",
  "Spend after this month is charged to the grant: move it to another grant first.": "funding.errors.spendAfter",
  "Spend at a site this would leave out is charged to the grant: move that spend to another grant first.": "funding.errors.spendAtSite",
  "There is already a unit cost with this name.": "funding.unitCosts.nameTaken",
};

/** The server's field message in the reader's language, where it is one of the funding rules; else null. */
export function fundingFieldWords(t: TFunction, message: string): string | null {
  const key = serverWords[message];
  return key ? t(key) : null;
}

/**
 * Puts the server's field errors on their fields in the reader's language when every one of them
 * is a funding rule's; returns false (placing nothing) otherwise, for the form's usual handling.
 */
export function placeFundingErrors(t: TFunction, error: unknown, setFieldError: (path: string, message: string) => void): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const placed = error.fields.map((field) => ({ path: formPathOf(field.path).split(".")[0]!, words: fundingFieldWords(t, field.message) }));
  if (placed.some((field) => field.words === null)) return false;
  for (const field of placed) setFieldError(field.path, field.words!);
  return true;
}
