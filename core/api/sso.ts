/**
 * Request and response shapes for single sign-on with OpenID Connect: the administrator's
 * settings, the sign-in page's look-up of its provider, and the reasons a sign-in is refused.
 */
import { z } from "zod";
import { displayTextSchema } from "./common.js";
import { emailSchema } from "./auth.js";

/** A DNS name as written in an email address: labels of letters, digits and hyphens. */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, { message: "At most 253 characters." })
  .regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, { message: "Enter a domain such as example.org." });

/** HTTPS, or plain HTTP only on this machine (a provider run for testing). */
export const issuerSchema = z
  .string()
  .trim()
  .max(500, { message: "At most 500 characters." })
  .pipe(z.url({ message: "Enter the issuer's address, starting https://." }))
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname));
  }, { message: "The issuer must use https://." })
  .refine((value) => !new URL(value).search && !new URL(value).hash, { message: "The issuer has no query or fragment." });

export function isLoopback(hostname: string): boolean {
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export const ssoProviderBodySchema = z.strictObject({
  displayName: displayTextSchema(60),
  issuer: issuerSchema,
  clientId: z.string().trim().min(1, { message: "Required." }).max(300, { message: "At most 300 characters." }),
  /** Left out to keep the secret already stored. */
  clientSecret: z.string().min(1, { message: "Required." }).max(500, { message: "At most 500 characters." }).optional(),
  allowedDomains: z
    .array(emailDomainSchema)
    .min(1, { message: "Name at least one email domain." })
    .max(20, { message: "At most 20 domains." })
    .refine((domains) => new Set(domains).size === domains.length, { message: "A domain is listed twice." }),
  isProviderMfaTrusted: z.boolean(),
});
export type SsoProviderBody = z.infer<typeof ssoProviderBodySchema>;

export const passwordSignInBodySchema = z.strictObject({ isEnabled: z.boolean() });

export const ssoProviderSchema = z.object({
  displayName: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  /** The secret itself never leaves the server. */
  isClientSecretSet: z.boolean(),
  allowedDomains: z.array(z.string()),
  isProviderMfaTrusted: z.boolean(),
  testedAt: z.iso.datetime().nullable(),
  /** Whether the last test sign-in's token reported a second factor; null before any test. */
  didTestReportMfa: z.boolean().nullable(),
});

export const signInSettingsSchema = z.object({
  provider: ssoProviderSchema.nullable(),
  isPasswordSignInEnabled: z.boolean(),
  /** The address to register with the provider as the redirect URI. */
  redirectUrl: z.string(),
});
export type SignInSettings = z.infer<typeof signInSettingsSchema>;

/** The sign-in page asks which provider serves an email address: decided by its domain alone. */
export const ssoLookupBodySchema = z.strictObject({ email: emailSchema });
export const ssoLookupSchema = z.object({
  provider: z.object({ displayName: z.string(), isPasswordSignInEnabled: z.boolean() }).nullable(),
});

export const ssoStartBodySchema = z.strictObject({ email: emailSchema });
export const ssoRedirectSchema = z.object({ authorizationUrl: z.string() });

/**
 * Why a single sign-on was refused; the sign-in page shows a sentence for each. `expired` covers an
 * attempt that is too old or was already used (a replay).
 */
export const ssoRefusals = [
  "domain_not_allowed",
  "email_unverified",
  "no_such_user",
  "deactivated",
  "provider_error",
  "token_rejected",
  "expired",
  "state_mismatch",
  "not_configured",
  "wrong_user",
] as const;
export type SsoRefusal = (typeof ssoRefusals)[number];
export const ssoRefusalSchema = z.enum(ssoRefusals);

const callbackValue = z.string().max(4000, { message: "At most 4000 characters." });
/**
 * The provider's answer on the redirect URI: a code or an error, always with the state. Entra ID
 * adds `session_state`; Google adds `scope`, `authuser`, `hd` and `prompt`.
 */
export const ssoCallbackQuerySchema = z.strictObject({
  state: callbackValue.min(1, { message: "Required." }),
  code: callbackValue.optional(),
  iss: callbackValue.optional(),
  error: callbackValue.optional(),
  error_description: callbackValue.optional(),
  error_uri: callbackValue.optional(),
  session_state: callbackValue.optional(),
  scope: callbackValue.optional(),
  authuser: callbackValue.optional(),
  hd: callbackValue.optional(),
  prompt: callbackValue.optional(),
});
