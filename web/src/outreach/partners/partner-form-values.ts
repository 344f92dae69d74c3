/**
 * The partner form's values, how they become a request (an empty end date is "no end date"), and
 * its checks: the core's schema, with the messages for rules that have their own words (consent,
 * an agreement ending before it was signed, a phone number, a postcode).
 */
import type { TFunction } from "i18next";
import { createPartnerBodySchema, updatePartnerBodySchema, type PartnerView } from "../../../../core/api/outreach-partners.js";
import { zodValidate } from "../../forms/validation.js";

export interface ContactRow {
  name: string;
  role: string;
  email: string;
  phone: string;
  hasConsented: boolean;
}

export interface AgreementRow {
  kind: string;
  reference: string;
  signedOn: string;
  endsOn: string;
}

export interface PartnerValues {
  name: string;
  type: string;
  address: string;
  postcode: string;
  languages: string[];
  pathways: string[];
  contacts: ContactRow[];
  agreements: AgreementRow[];
  notes: string;
  isActive: boolean;
}

export const emptyContact = (): ContactRow => ({ name: "", role: "", email: "", phone: "", hasConsented: false });
export const emptyAgreement = (): AgreementRow => ({ kind: "information_sharing", reference: "", signedOn: "", endsOn: "" });

export function partnerValuesOf(partner: PartnerView | null): PartnerValues {
  return {
    name: partner?.name ?? "",
    type: partner?.type ?? "",
    address: partner?.address ?? "",
    postcode: partner?.postcode ?? "",
    languages: partner?.languages ?? [],
    pathways: partner?.pathways ?? [],
    contacts: partner?.contacts.map((contact) => ({ ...contact })) ?? [],
    agreements: partner?.agreements.map(({ kind, reference, signedOn, endsOn }) => ({ kind, reference, signedOn, endsOn: endsOn ?? "" })) ?? [],
    notes: partner?.notes ?? "",
    isActive: partner?.isActive ?? true,
  };
}

/** The request for these values: a new partner at the site, or a change to `partner` with the version seen. */
export function partnerBodyOf(values: PartnerValues, siteId: string, partner: PartnerView | null) {
  const details = {
    name: values.name,
    type: values.type,
    address: values.address,
    postcode: values.postcode,
    languages: values.languages,
    pathways: values.pathways,
    contacts: values.contacts,
    agreements: values.agreements.map((agreement) => ({ ...agreement, endsOn: agreement.endsOn || null })),
    notes: values.notes,
  };
  return partner ? { ...details, isActive: values.isActive, version: partner.version } : { siteId, ...details };
}

/** Fields whose rule has its own words, by the end of their path. */
const ownWords: [RegExp, string][] = [
  [/\.hasConsented$/, "partners.form.consentNeeded"],
  [/^agreements\.\d+\.endsOn$/, "partners.form.endsBeforeSigned"],
  [/\.phone$/, "partners.form.phoneInvalid"],
  [/^postcode$/, "partners.form.postcodeInvalid"],
];

export function validatePartner(t: TFunction, siteId: string, partner: PartnerView | null) {
  const check = zodValidate<PartnerValues>(partner ? updatePartnerBodySchema : createPartnerBodySchema, t, (values) => partnerBodyOf(values, siteId, partner));
  return (values: PartnerValues): Record<string, string> => {
    const errors = check(values);
    for (const path of Object.keys(errors)) {
      const key = ownWords.find(([pattern]) => pattern.test(path))?.[1];
      // An empty field keeps "required"; one filled in against the rule is told the rule (consent is never "empty").
      if (key && (path.endsWith(".hasConsented") || errors[path] !== t("validation.required"))) errors[path] = t(key);
    }
    return errors;
  };
}
