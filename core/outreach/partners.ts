/**
 * A partner organisation's record: who to talk to there, the agreements in force, and the checks
 * on them. Contacts are professionals (an imam, a head of year, a youth worker) held with their
 * consent. Pure.
 */
import { z } from "zod";
import { displayTextSchema } from "../api/common.js";
import { addDays } from "../instruments/reassessment.js";

const optionalText = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

export const partnerContactSchema = z.strictObject({
  name: displayTextSchema(120),
  role: optionalText(120),
  email: z.union([z.literal(""), z.email({ message: "Must be an email address." }).max(254)]),
  phone: optionalText(40).refine((value) => value === "" || /^[+\d][\d\s()-]{5,}$/.test(value), { message: "Must be a phone number." }),
  /** The contact agreed to their details being held. */
  hasConsented: z.literal(true, { message: "A contact's details are kept only with their consent." }),
});
export type PartnerContact = z.infer<typeof partnerContactSchema>;

export const agreementKinds = ["information_sharing", "venue_use", "memorandum_of_understanding", "other"] as const;
export type AgreementKind = (typeof agreementKinds)[number];

const day = (field: string) => z.iso.date({ message: `${field} must be a date as YYYY-MM-DD.` });

export const partnerAgreementSchema = z
  .strictObject({
    kind: z.enum(agreementKinds),
    /** The partner's or our own reference for it. */
    reference: optionalText(80),
    signedOn: day("The day it was signed"),
    /** Null for an agreement with no end date. */
    endsOn: day("The end date").nullable(),
  })
  .superRefine((agreement, context) => {
    if (agreement.endsOn !== null && agreement.endsOn < agreement.signedOn) context.addIssue({ code: "custom", path: ["endsOn"], message: "It cannot end before it was signed." });
  });
export type PartnerAgreement = z.infer<typeof partnerAgreementSchema>;

export const agreementStates = ["in_force", "ending_soon", "ended", "not_yet_signed"] as const;
export type AgreementState = (typeof agreementStates)[number];

/** Ending within this many days shows as ending soon, so it can be renewed in time. */
export const agreementWarningDays = 60;

export function agreementState(agreement: Pick<PartnerAgreement, "signedOn" | "endsOn">, today: string): AgreementState {
  if (agreement.signedOn > today) return "not_yet_signed";
  if (agreement.endsOn === null) return "in_force";
  if (agreement.endsOn < today) return "ended";
  return agreement.endsOn <= addDays(today, agreementWarningDays) ? "ending_soon" : "in_force";
}

/** Whether information may be shared with the partner today: an information-sharing agreement in force (or ending soon, but not ended). */
export function hasSharingAgreement(agreements: readonly PartnerAgreement[], today: string): boolean {
  return agreements.some((agreement) => agreement.kind === "information_sharing" && ["in_force", "ending_soon"].includes(agreementState(agreement, today)));
}
