/**
 * The grant form's values, how they become a request (the amount is written in pounds and sent in
 * pence), and its checks with the core's schema, in words of their own for the period, money and
 * publishing the amount.
 */
import type { TFunction } from "i18next";
import { createGrantBodySchema, updateGrantBodySchema, type GrantView } from "../../../../core/api/funding.js";
import { latestEndOf, penceFromPounds, poundsFromPence } from "../../../../core/reporting/contracts.js";
import { fieldErrors } from "../contracts/form-checks.js";

export interface GrantValues {
  funderId: string;
  purpose: string;
  /** Written in pounds ("45,000"); named for the field the server reports on. */
  amountPence: string;
  startsOn: string;
  endsOn: string;
  restrictions: string;
  siteIds: string[];
  programmeCodes: string[];
  isDisclosed: boolean;
  isAmountDisclosed: boolean;
}

export function grantValuesOf(grant: GrantView | null): GrantValues {
  return {
    funderId: grant?.funderId ?? "",
    purpose: grant?.purpose ?? "",
    amountPence: grant ? poundsFromPence(grant.amountPence) : "",
    startsOn: grant?.startsOn ?? "",
    endsOn: grant?.endsOn ?? "",
    restrictions: grant?.restrictions ?? "",
    siteIds: grant?.siteIds ?? [],
    programmeCodes: grant?.programmeCodes ?? [],
    isDisclosed: grant?.isDisclosed ?? false,
    isAmountDisclosed: grant?.isAmountDisclosed ?? false,
  };
}

export function grantBodyOf(values: GrantValues, grant: GrantView | null) {
  // The amount is published only with the grant: unticking "publish" unticks it too.
  const details = { ...values, amountPence: penceFromPounds(values.amountPence) ?? Number.NaN, isAmountDisclosed: values.isDisclosed && values.isAmountDisclosed };
  return grant ? { ...details, version: grant.version } : details;
}

export function validateGrant(t: TFunction, grant: GrantView | null) {
  return (values: GrantValues): Record<string, string> => {
    const errors = fieldErrors(grant ? updateGrantBodySchema : createGrantBodySchema, grantBodyOf(values, grant), t, (path, issue) => {
      if (path === "amountPence") return t(values.amountPence.trim() === "" ? "validation.required" : "funding.grants.form.amountFormat");
      if (path === "endsOn" && issue.code === "custom") return t(values.endsOn < values.startsOn ? "funding.grants.form.endsBeforeStart" : "funding.grants.form.tooLong");
      if ((path === "startsOn" || path === "endsOn") && values[path] === "") return t("validation.required");
      if (path === "startsOn" || path === "endsOn") return t("funding.grants.form.dateFormat");
      return undefined;
    });
    // The schema checks the period only once every other field is right; the form says so at once.
    const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (!errors.endsOn && isDay(values.startsOn) && isDay(values.endsOn)) {
      if (values.endsOn < values.startsOn) errors.endsOn = t("funding.grants.form.endsBeforeStart");
      else if (values.endsOn > latestEndOf(values.startsOn)) errors.endsOn = t("funding.grants.form.tooLong");
    }
    return errors;
  };
}
