/**
 * The profile form's values and the request they become: vetting is three plain fields in the form
 * (empty for "no DBS check recorded") and one nested object, or null, in the request.
 */
import type { TFunction } from "i18next";
import { saveWorkerProfileBodySchema, workerGenders, type SaveWorkerProfileBody, type WorkerDetail, type WorkerGender } from "../../../core/api/workers.js";
import { zodValidate } from "../forms/validation.js";

export interface ProfileValues {
  gender: WorkerGender;
  languages: string[];
  specialisms: string[];
  maxCaseload: number | string;
  checkedOn: string;
  expiresOn: string;
  reference: string;
}

export function valuesOf(worker: WorkerDetail): ProfileValues {
  return {
    gender: worker.gender,
    languages: worker.languages,
    specialisms: worker.specialisms,
    maxCaseload: worker.maxCaseload,
    checkedOn: worker.vetting.checkedOn ?? "",
    expiresOn: worker.vetting.expiresOn ?? "",
    reference: worker.vetting.reference ?? "",
  };
}

export function bodyOf(values: ProfileValues, version: number): SaveWorkerProfileBody {
  const hasVetting = values.checkedOn !== "" || values.expiresOn !== "" || values.reference.trim() !== "";
  return {
    gender: workerGenders.find((gender) => gender === values.gender) ?? "not_stated",
    languages: values.languages as SaveWorkerProfileBody["languages"],
    specialisms: values.specialisms as SaveWorkerProfileBody["specialisms"],
    maxCaseload: typeof values.maxCaseload === "number" ? values.maxCaseload : Number.NaN,
    vetting: hasVetting ? { checkedOn: values.checkedOn, expiresOn: values.expiresOn, reference: values.reference.trim() || null } : null,
    version,
  };
}

/** The core's schema checks the form; its errors are placed on the form's flat fields, the date order in words. */
export function validateProfile(t: TFunction, version: number) {
  const check = zodValidate<ProfileValues>(saveWorkerProfileBodySchema, t, (values) => bodyOf(values, version));
  return (values: ProfileValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(check(values))) errors[path.replace(/^vetting\./, "")] = message;
    if (values.checkedOn && values.expiresOn && values.expiresOn <= values.checkedOn) errors.expiresOn = t("workers.form.expiresAfterChecked");
    return errors;
  };
}
