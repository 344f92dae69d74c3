/**
 * The spend form's values, how they become a request (the amount is written in pounds and sent in
 * pence; the site and grant are empty for none), the grants a month's spend at a place may be
 * charged to, and the form's checks with the core's schema.
 */
import type { TFunction } from "i18next";
import { correctSpendBodySchema, recordSpendBodySchema, type FundingOptions, type SpendView } from "../../../../core/api/funding.js";
import { chargeProblem } from "../../../../core/funding/grants.js";
import { penceFromPounds, poundsFromPence } from "../../../../core/reporting/contracts.js";
import { fieldErrors } from "../contracts/form-checks.js";

/** The site select's value for spend recorded for the organisation as a whole (never an id). */
export const organisationWideValue = "organisation";

export interface SpendValues {
  month: string;
  /** A site's id, or `organisationWideValue`. */
  siteId: string;
  category: string;
  /** Written in pounds; named for the field the server reports on. */
  amountPence: string;
  description: string;
  /** A grant's id, or empty for none. */
  grantId: string;
}

export function spendValuesOf(spend: SpendView | null, month: string): SpendValues {
  return {
    month: spend?.month ?? month,
    siteId: spend ? (spend.siteId ?? organisationWideValue) : "",
    category: spend?.category ?? "",
    amountPence: spend ? poundsFromPence(spend.amountPence) : "",
    description: spend?.description ?? "",
    grantId: spend?.grantId ?? "",
  };
}

export function spendBodyOf(values: SpendValues, spend: SpendView | null) {
  const details = {
    ...values,
    siteId: values.siteId === organisationWideValue ? null : values.siteId,
    amountPence: penceFromPounds(values.amountPence) ?? Number.NaN,
    grantId: values.grantId === "" ? null : values.grantId,
  };
  return spend ? { ...details, version: spend.version } : details;
}

/** The grants spend in `month` at the place chosen may be charged to, and the one it has now whatever it is. */
export function chargeableGrants(options: FundingOptions, values: Pick<SpendValues, "month" | "siteId">, currentGrantId: string | null) {
  if (!/^\d{4}-\d{2}$/.test(values.month) || values.siteId === "") return options.grants.filter((grant) => grant.id === currentGrantId);
  const siteId = values.siteId === organisationWideValue ? null : values.siteId;
  return options.grants.filter((grant) => grant.id === currentGrantId || chargeProblem(grant, { month: values.month, siteId }) === null);
}

export function validateSpend(t: TFunction, spend: SpendView | null) {
  return (values: SpendValues): Record<string, string> =>
    fieldErrors(spend ? correctSpendBodySchema : recordSpendBodySchema, spendBodyOf(values, spend), t, (path) => {
      if (path === "amountPence") return t(values.amountPence.trim() === "" ? "validation.required" : "funding.spend.form.amountFormat");
      if (path === "month") return t(values.month === "" ? "validation.required" : "funding.spend.form.monthFormat");
      if (path === "siteId" || path === "category") return t("validation.required");
      return undefined;
    });
}
