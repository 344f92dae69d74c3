/**
 * The staff referral form's values and how they become the request. Blank optional answers are left
 * out; the referrer's details are sent only when someone other than the person is referring, and
 * where it came from in the community only when a partner or an outreach session is chosen.
 * Validation is the core's `createReferralBodySchema`, the server's own.
 */
import type { TFunction } from "i18next";
import { createReferralBodySchema } from "../../../core/api/referrals.js";
import type { supportLanguages, Urgency, VulnerabilityDomain, workerGenderPreferences } from "../../../core/referrals/vocabulary.js";
import { withFormatMessages } from "../forms/format-messages.js";
import { zodValidate } from "../forms/validation.js";
import type { CreateReferralBody } from "./referrals-api.js";

export type SupportLanguage = (typeof supportLanguages)[number];
export type WorkerGender = (typeof workerGenderPreferences)[number];
export type Awareness = "yes" | "no" | "unknown";

export interface ReferralFormValues {
  sourceCode: string;
  person: { givenName: string; familyName: string; dateOfBirth: string; phone: string; email: string; postcode: string };
  reasons: VulnerabilityDomain[];
  concern: string;
  urgency: Urgency | "";
  preferredLanguage: SupportLanguage;
  isInterpreterNeeded: boolean;
  preferredWorkerGender: WorkerGender;
  referrer: { name: string; organisation: string; relationship: string; phone: string; email: string };
  isPersonAware: Awareness;
  isReferrerConsentGiven: boolean;
  /** The partner or outreach session it came from (ids, "" for none). */
  attribution: { partnerId: string; outreachSessionId: string };
}

export const initialReferralValues: ReferralFormValues = {
  sourceCode: "",
  person: { givenName: "", familyName: "", dateOfBirth: "", phone: "", email: "", postcode: "" },
  reasons: [],
  concern: "",
  urgency: "",
  preferredLanguage: "en",
  isInterpreterNeeded: false,
  preferredWorkerGender: "no_preference",
  referrer: { name: "", organisation: "", relationship: "", phone: "", email: "" },
  isPersonAware: "unknown",
  isReferrerConsentGiven: false,
  attribution: { partnerId: "", outreachSessionId: "" },
};

/** Whether the form asks about the referrer: everyone but the person themselves. */
export const hasReferrer = (sourceCode: string): boolean => sourceCode !== "" && sourceCode !== "self";

const given = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());

export function toReferralBody(values: ReferralFormValues, siteId: string): CreateReferralBody {
  const { person, referrer } = values;
  return {
    siteId,
    sourceCode: values.sourceCode,
    person: {
      givenName: person.givenName,
      familyName: given(person.familyName),
      dateOfBirth: given(person.dateOfBirth),
      phone: given(person.phone),
      email: given(person.email),
      postcode: given(person.postcode),
    },
    reasons: values.reasons,
    concern: values.concern,
    // An unanswered urgency is sent as-is so that validation names the field.
    urgency: values.urgency as Urgency,
    preferredLanguage: values.preferredLanguage,
    isInterpreterNeeded: values.isInterpreterNeeded,
    preferredWorkerGender: values.preferredWorkerGender,
    ...(hasReferrer(values.sourceCode)
      ? {
          referrer: {
            name: referrer.name,
            organisation: given(referrer.organisation),
            relationship: given(referrer.relationship),
            phone: given(referrer.phone),
            email: given(referrer.email),
          },
          isPersonAware: values.isPersonAware === "unknown" ? undefined : values.isPersonAware === "yes",
        }
      : {}),
    isReferrerConsentGiven: values.isReferrerConsentGiven,
    // Sent only when the referral came from outreach; a session brings its partner on the server.
    ...(values.attribution.partnerId || values.attribution.outreachSessionId
      ? { attribution: { partnerId: given(values.attribution.partnerId) ?? null, outreachSessionId: given(values.attribution.outreachSessionId) ?? null } }
      : {}),
  };
}

export function validateReferral(values: ReferralFormValues, siteId: string, t: TFunction): Record<string, string> {
  const errors = zodValidate(createReferralBodySchema, t, (input: ReferralFormValues) => toReferralBody(input, siteId))(values);
  if (errors.reasons) errors.reasons = t("referrals.form.chooseReason");
  return withFormatMessages(errors, t);
}
