/** Request and response shapes for signing in, the second factor, invitations and preferences. */
import { z } from "zod";
import { roleSchema } from "../roles.js";
import { displayTextSchema, idSchema } from "./common.js";

export const languages = ["en", "ur"] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "At most 254 characters." })
  .pipe(z.email({ message: "Enter a valid email address." }));

/** Lengths only: the full policy (deny-list, context words) runs on the server. */
export const newPasswordSchema = z
  .string()
  .min(12, { message: "Use at least 12 characters." })
  .max(256, { message: "At most 256 characters." });

export const signInBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { message: "Required." }).max(256, { message: "At most 256 characters." }),
});

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: "Enter the 6-digit code from your authenticator app." });

export const verifySecondFactorBodySchema = z.union([
  z.strictObject({ code: totpCodeSchema }),
  z.strictObject({
    recoveryCode: z
      .string()
      .trim()
      .regex(/^[a-z0-9]{5}-?[a-z0-9]{5}$/i, { message: "Recovery codes look like abcde-12345." }),
  }),
]);

export const confirmEnrolmentBodySchema = z.strictObject({ code: totpCodeSchema });

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1, { message: "Required." }).max(256),
  newPassword: newPasswordSchema,
});

export const preferencesBodySchema = z.strictObject({ language: languageSchema });

export const acceptInvitationBodySchema = z.strictObject({ password: newPasswordSchema });

/**
 * Asking for a password reset: answered the same whether or not the email has an account. The
 * organisation's administrators are alerted and give the person a reset link themselves.
 */
export const passwordResetRequestBodySchema = z.strictObject({ email: emailSchema });
export const passwordResetRequestedSchema = z.object({ status: z.literal("received") });

export const passwordResetTokenParamsSchema = z.strictObject({ token: z.string().min(20).max(100) });
export const passwordResetSchema = z.object({ displayName: z.string(), organisationName: z.string(), expiresAt: z.iso.datetime() });
export const completePasswordResetBodySchema = z.strictObject({ password: newPasswordSchema });

export const mfaStates = ["pending", "enrolment_required", "complete"] as const;

export const grantSchema = z.object({ role: roleSchema, siteId: idSchema.nullable() });

export const siteSummarySchema = z.object({ id: idSchema, name: z.string() });

/** What the signed-in user may do in the app; the UI reads these and never decides for itself. */
export const sessionAbilitiesSchema = z.object({
  manageSites: z.boolean(),
  manageUsers: z.boolean(),
  verifyAudit: z.boolean(),
  /** The organisation's client merges, to undo one made in error. */
  manageClientMerges: z.boolean(),
  /** Emergency (break-glass) access to a case outside one's scope. */
  requestEmergencyAccess: z.boolean(),
  /** The instrument catalogue: which are offered, approval, re-assessment schedules, imports. */
  manageInstruments: z.boolean(),
  /** The support vocabulary: intervention types and closure outcomes added, relabelled, retired. */
  manageSupportVocabulary: z.boolean(),
  /** The programmes the organisation runs: importing new ones and versions, retiring them. */
  manageProgrammes: z.boolean(),
  /** The organisation's training course catalogue. */
  manageTrainingCourses: z.boolean(),
  /** Staff dashboards of figures: every site's (administrators) or their own site's (team managers). */
  readDashboards: z.boolean(),
  /** Funders, contracts and KPIs, disclosure settings, and returns prepared and released. */
  manageReporting: z.boolean(),
  /** The commissioner's pages: its funder's contracts and released figures, nothing else. */
  readCommissioning: z.boolean(),
  /** The public site's articles: writing, reviewing and publishing them (content editors). */
  editContent: z.boolean(),
  /** Data-rights requests (access, erasure, restriction) and subject access exports: the data protection officer. */
  handleDataRights: z.boolean(),
  /** The retention schedule's review queue, approving deletion, and the record of deletions: the data protection officer. */
  reviewRetention: z.boolean(),
  /** The retention rules: administrators and the data protection officer. */
  configureRetention: z.boolean(),
  /** Case studies on the cases of the sites where the user works the caseload. */
  listCaseStudies: z.boolean(),
  /** The organisation's public details: contact and privacy notice (administrators). */
  manageSiteSettings: z.boolean(),
  /** Importing clients from spreadsheets (administrators). */
  importSpreadsheets: z.boolean(),
});

/**
 * The user's part in a site's Community Safeguarding Panel: "runs" for its safeguarding leads and
 * team managers (meetings, members, the escalation queue), "member" for someone holding an active
 * seat on it (their meetings and actions), null for neither.
 */
export const panelParts = ["runs", "member"] as const;
export type PanelPart = (typeof panelParts)[number];
/** A site's outreach: recorded by its outreach workers and managers ("works"), read by its caseworkers ("reads"). */
export const outreachParts = ["works", "reads"] as const;
export type OutreachPart = (typeof outreachParts)[number];

/** What the user may do at one site, from the same policies the server enforces. */
export const siteAbilitiesSchema = z.object({
  /** The national drug-treatment export for the site. */
  exportsNationalDataset: z.boolean(),
  /** The triage queue, recording referrals, client search. */
  worksCaseload: z.boolean(),
  /** The case list (all the site's cases, or only their own for mentors). */
  seesCases: z.boolean(),
  /** The site's workers and their profiles, vetting included (managers there, administrators). */
  managesWorkers: z.boolean(),
  /** The site's caseload dashboard (managers there). */
  seesCaseload: z.boolean(),
  panel: z.enum(panelParts).nullable(),
  outreach: z.enum(outreachParts).nullable(),
});

export const sessionSchema = z.object({
  user: z.object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    language: languageSchema,
    hasSecondFactor: z.boolean(),
    isSecondFactorRequired: z.boolean(),
  }),
  organisation: z.object({ id: idSchema, name: z.string() }),
  mfaState: z.enum(mfaStates),
  csrfToken: z.string(),
  grants: z.array(grantSchema),
  /** Sites the user works at (all sites for organisation-wide roles), for the site switcher. */
  sites: z.array(siteSummarySchema),
  abilities: sessionAbilitiesSchema,
  /** Keyed by site id, for every site in `sites`. */
  siteAbilities: z.record(z.string(), siteAbilitiesSchema),
  idleTimeoutMinutes: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

export const enrolmentSchema = z.object({
  /** Base32 secret for typing in by hand when the QR code cannot be scanned. */
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});

export const enrolmentConfirmedSchema = z.object({
  recoveryCodes: z.array(z.string()),
  session: sessionSchema,
});

export const invitationSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  organisationName: z.string(),
});

export const invitationTokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: "This invitation link is not valid." }),
});

export { displayTextSchema };
