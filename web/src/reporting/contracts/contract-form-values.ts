/**
 * The contract form's values, how they become a request (the value is written in pounds and sent
 * in pence), and its checks with the core's schema, in words of their own for the period and money.
 */
import type { TFunction } from "i18next";
import { createContractBodySchema, updateContractBodySchema, type ContractView } from "../../../../core/api/reporting-contracts.js";
import { latestEndOf, penceFromPounds, poundsFromPence } from "../../../../core/reporting/contracts.js";
import { fieldErrors } from "./form-checks.js";

export interface ContractValues {
  funderId: string;
  name: string;
  reference: string;
  /** Written in pounds ("12,500.50"); named for the field the server reports on. */
  valuePence: string;
  startsOn: string;
  endsOn: string;
  siteIds: string[];
  programmeCodes: string[];
}

export function contractValuesOf(contract: ContractView | null, funderId: string | null): ContractValues {
  return {
    funderId: contract?.funderId ?? funderId ?? "",
    name: contract?.name ?? "",
    reference: contract?.reference ?? "",
    valuePence: contract ? poundsFromPence(contract.valuePence) : "",
    startsOn: contract?.startsOn ?? "",
    endsOn: contract?.endsOn ?? "",
    siteIds: contract?.siteIds ?? [],
    programmeCodes: contract?.programmeCodes ?? [],
  };
}

export function contractBodyOf(values: ContractValues, contract: ContractView | null) {
  const details = { ...values, valuePence: penceFromPounds(values.valuePence) ?? Number.NaN };
  return contract ? { ...details, version: contract.version } : details;
}

export function validateContract(t: TFunction, contract: ContractView | null) {
  return (values: ContractValues): Record<string, string> => {
    const errors = fieldErrors(contract ? updateContractBodySchema : createContractBodySchema, contractBodyOf(values, contract), t, (path, issue) => {
      if (path === "valuePence") return t(values.valuePence.trim() === "" ? "validation.required" : "contracts.contractForm.valueFormat");
      if (path === "endsOn" && issue.code === "custom") return t(values.endsOn < values.startsOn ? "contracts.contractForm.endsBeforeStart" : "contracts.contractForm.tooLong");
      if ((path === "startsOn" || path === "endsOn") && values[path] === "") return t("validation.required");
      if (path === "startsOn" || path === "endsOn") return t("contracts.contractForm.dateFormat");
      if (path === "siteIds") return t("contracts.contractForm.siteNeeded");
      return undefined;
    });
    // The schema checks the period only once every other field is right; the form says so at once.
    const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (!errors.endsOn && isDay(values.startsOn) && isDay(values.endsOn)) {
      if (values.endsOn < values.startsOn) errors.endsOn = t("contracts.contractForm.endsBeforeStart");
      else if (values.endsOn > latestEndOf(values.startsOn)) errors.endsOn = t("contracts.contractForm.tooLong");
    }
    return errors;
  };
}
