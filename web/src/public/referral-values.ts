/**
 * The public referral form's values and how they become the request: blank optional answers are
 * left out, the date of birth is put together from its three boxes, digits typed on an Urdu, Arabic,
 * Bengali or Punjabi keyboard become ASCII, and the referrer's details are sent only when someone
 * else is referring. Validation is the core's `publicReferralBodySchema` — the server's own — plus
 * two rules the form needs to be useful: a way to reach someone, and a date of birth in the past.
 */
import type { z } from "zod";
import { publicReferralBodySchema } from "../../../core/api/referrals.js";
import type { SupportLanguage } from "./public-languages.js";
import { blankToUndefined, toAsciiDigits, type FieldProblem, type Problems, problemForIssue } from "./public-validation.js";

export const referralSources = publicReferralBodySchema.shape.sourceCode.options;
export type ReferralSource = (typeof referralSources)[number];
export type PublicReferralBody = z.output<typeof publicReferralBodySchema>;
type Body = z.input<typeof publicReferralBodySchema>;

/** Sources who answer for an organisation (and are asked its name) rather than as family or friend. */
export const professionalSources: readonly ReferralSource[] = ["faith_leader", "school_college", "gp_health", "council_social_care", "other_organisation"];

export type Awareness = "yes" | "no" | "unsure";

export interface ReferralFormValues {
  sourceCode: ReferralSource | "";
  person: {
    givenName: string;
    familyName: string;
    dobDay: string;
    dobMonth: string;
    dobYear: string;
    phone: string;
    email: string;
    postcode: string;
  };
  referrer: { name: string; relationship: string; organisation: string; phone: string; email: string };
  isPersonAware: Awareness | "";
  siteId: string;
  reasons: Body["reasons"];
  concern: string;
  urgency: Body["urgency"] | "";
  preferredLanguage: SupportLanguage;
  isInterpreterNeeded: boolean;
  preferredWorkerGender: NonNullable<Body["preferredWorkerGender"]>;
  isConsentGiven: boolean;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export function initialReferralValues(options: { isSelf: boolean; language: SupportLanguage; siteId?: string }): ReferralFormValues {
  return {
    sourceCode: options.isSelf ? "self" : "",
    person: { givenName: "", familyName: "", dobDay: "", dobMonth: "", dobYear: "", phone: "", email: "", postcode: "" },
    referrer: { name: "", relationship: "", organisation: "", phone: "", email: "" },
    isPersonAware: "",
    siteId: options.siteId ?? "",
    reasons: [],
    concern: "",
    urgency: "",
    preferredLanguage: options.language,
    isInterpreterNeeded: false,
    preferredWorkerGender: "no_preference",
    isConsentGiven: false,
    website: "",
  };
}

export const isThirdParty = (source: ReferralFormValues["sourceCode"]): boolean => source !== "" && source !== "self";

/** `YYYY-MM-DD` from the three boxes; undefined when all are empty; a malformed string when partly filled. */
export function composeDateOfBirth(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [day, month, year].map((part) => toAsciiDigits(part.trim()));
  if (!d && !m && !y) return undefined;
  return `${(y ?? "").padStart(4, "0")}-${(m ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`;
}

const awareness: Record<Awareness, boolean | undefined> = { yes: true, no: false, unsure: undefined };

/** The request body as the form stands, before validation. */
export function toReferralInput(values: ReferralFormValues, formToken: string): Body {
  const { person, referrer } = values;
  const isOther = isThirdParty(values.sourceCode);
  const phoneOf = (phone: string) => blankToUndefined(toAsciiDigits(phone));
  return {
    // An unanswered choice is sent as missing, so the schema reports it as required.
    sourceCode: (values.sourceCode || undefined) as Body["sourceCode"],
    person: {
      givenName: person.givenName,
      familyName: blankToUndefined(person.familyName),
      dateOfBirth: composeDateOfBirth(person.dobDay, person.dobMonth, person.dobYear),
      phone: phoneOf(person.phone),
      email: blankToUndefined(person.email),
      postcode: blankToUndefined(toAsciiDigits(person.postcode)),
    },
    ...(isOther
      ? {
          referrer: {
            name: referrer.name,
            phone: phoneOf(referrer.phone),
            email: blankToUndefined(referrer.email),
            ...(values.sourceCode === "family" ? { relationship: blankToUndefined(referrer.relationship) } : {}),
            ...(professionalSources.includes(values.sourceCode as ReferralSource) ? { organisation: blankToUndefined(referrer.organisation) } : {}),
          },
          ...(values.isPersonAware ? { isPersonAware: awareness[values.isPersonAware] } : {}),
        }
      : {}),
    siteId: values.siteId,
    reasons: values.reasons,
    concern: values.concern,
    urgency: (values.urgency || undefined) as Body["urgency"],
    preferredLanguage: values.preferredLanguage,
    isInterpreterNeeded: values.isInterpreterNeeded,
    preferredWorkerGender: values.preferredWorkerGender,
    isConsentGiven: values.isConsentGiven as true,
    formToken,
    website: values.website,
  };
}

/** Form paths whose problems are shown on another field: the three date boxes share one error. */
const shownOn: Record<string, string> = { "person.dateOfBirth": "person.dobDay" };
export const formPathFor = (path: string): string => shownOn[path] ?? path;

/**
 * Every problem with the answers, keyed by form path, in catalogue keys. `today` is `YYYY-MM-DD`,
 * passed in so the rule about dates in the future does not read a clock.
 */
export function validateReferral(values: ReferralFormValues, formToken: string, today: string): Problems {
  const input = toReferralInput(values, formToken);
  // The form's own wording for a problem comes first; the schema fills in everything else.
  const problems: Problems = extraProblems(values, input, today);
  const result = publicReferralBodySchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".");
      problems[formPathFor(path)] ??= problemForIssue(issue, path, input);
    }
  }
  return problems;
}

function extraProblems(values: ReferralFormValues, input: Body, today: string): Problems {
  const problems: Problems = {};
  const reachable = (contact: { phone?: string | undefined; email?: string | undefined } | undefined) => Boolean(contact?.phone || contact?.email);
  // Without a phone number or email nobody can be called back, and the referral's progress cannot be checked.
  if (values.sourceCode === "self" && !reachable(input.person)) problems["person.phone"] = { key: "public.validation.contactSelf" };
  if (isThirdParty(values.sourceCode) && !reachable(input.referrer)) problems["referrer.phone"] = { key: "public.validation.contactReferrer" };
  const dateOfBirth = input.person.dateOfBirth;
  if (dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) && dateOfBirth > today) {
    problems["person.dobDay"] = { key: "public.validation.dateOfBirthFuture" } satisfies FieldProblem;
  }
  return problems;
}

/** The order fields appear in on the page, so the first problem can be focused and listed first. */
export const referralFieldOrder = [
  "sourceCode",
  "referrer.name",
  "referrer.relationship",
  "referrer.organisation",
  "referrer.phone",
  "referrer.email",
  "person.givenName",
  "person.familyName",
  "person.dobDay",
  "person.phone",
  "person.email",
  "person.postcode",
  "isPersonAware",
  "reasons",
  "concern",
  "urgency",
  "siteId",
  "preferredLanguage",
  "isInterpreterNeeded",
  "preferredWorkerGender",
  "isConsentGiven",
] as const;
