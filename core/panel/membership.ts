/**
 * A seat on a site's Community Safeguarding Panel. Members are recruited like school governors: by
 * the skills the panel needs, an interview and a DBS check. Staff sit on it alongside outside
 * agencies (police, a schools Prevent officer, the council). What is recorded about a member, and
 * the checks that hold between its parts; access itself is decided in access.ts.
 */
import { z } from "zod";

export const memberKinds = ["internal", "external"] as const;
export type MemberKind = (typeof memberKinds)[number];

export const panelRoles = ["chair", "vice_chair", "member", "adviser"] as const;
export type PanelRole = (typeof panelRoles)[number];

/**
 * Skills a panel looks for when it recruits, so gaps show. An organisation may record others in
 * their own words; these are the ones it is offered.
 */
export const suggestedSkills = [
  "safeguarding_children",
  "safeguarding_adults",
  "prevent_and_channel",
  "policing",
  "education",
  "youth_work",
  "substance_misuse",
  "mental_health",
  "faith_leadership",
  "theology",
  "social_care",
  "housing",
  "legal",
  "lived_experience",
] as const;

const day = (field: string) => z.iso.date({ message: `${field} must be a date as YYYY-MM-DD.` });
const skillSchema = z
  .string()
  .trim()
  .min(1, { message: "A skill cannot be empty." })
  .max(60, { message: "A skill must be at most 60 characters." });

/** The parts of a membership that staff edit; who holds the seat (the account) is fixed when it is created. */
export const membershipShape = {
  memberOrganisation: z.string().trim().min(1, { message: "Name the organisation the member comes from." }).max(200, { message: "At most 200 characters." }),
  panelRole: z.enum(panelRoles, { message: `The role on the panel must be one of: ${panelRoles.join(", ")}.` }),
  skills: z
    .array(skillSchema)
    .max(20, { message: "At most 20 skills." })
    .refine((skills) => new Set(skills.map((skill) => skill.toLowerCase())).size === skills.length, { message: "Each skill once." }),
  /** The DBS check: both days, or neither (a member without one has no access). */
  vetting: z.strictObject({ checkedOn: day("The vetting date"), expiresOn: day("The vetting expiry") }).nullable(),
  term: z.strictObject({ from: day("The start of the term"), to: day("The end of the term").nullable() }),
  isActive: z.boolean(),
};

/** Checks between the parts: vetting expires after it was done, a term ends after it starts. */
export function checkMembership(value: { vetting: { checkedOn: string; expiresOn: string } | null; term: { from: string; to: string | null } }, problem: (path: string[], message: string) => void): void {
  if (value.vetting && value.vetting.expiresOn <= value.vetting.checkedOn) problem(["vetting", "expiresOn"], "The vetting must expire after the day it was done.");
  if (value.term.to !== null && value.term.to < value.term.from) problem(["term", "to"], "The term cannot end before it starts.");
}

/** Whether a member's vetting will lapse within `days` of `today` (for the membership list's warning), or has. */
export function vettingLapsesWithin(vetting: { expiresOn: string } | null, today: string, days: number): boolean {
  if (vetting === null) return true;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + days);
  return vetting.expiresOn < limit.toISOString().slice(0, 10);
}
