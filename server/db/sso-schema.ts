/**
 * Single sign-on with OpenID Connect (issue 14):
 * - `sso_providers`: an organisation's identity provider, kept by its administrators. The client
 *   secret is vault ciphertext under a data key of its own (`secret_key_id`), never plain text.
 * - `sso_domains`: the email domains whose staff may sign in through an organisation's provider;
 *   a domain belongs to one organisation at most, so the sign-in page can find the provider from it.
 * - `sso_identities`: a provider's subject bound to a staff member at their first sign-in, so later
 *   sign-ins match by issuer and subject, not by an email address the provider could reassign.
 * - `sso_attempts`: one sign-in in flight between the redirect to the provider and its return
 *   (state, nonce, PKCE verifier), found by the browser's cookie and kept in the database so any
 *   instance can finish it; deleted as it is used, so each is used once.
 */
import { boolean, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { at, bytea, createdAt } from "./columns.js";
import { organisations, users } from "./schema.js";

export const ssoProviders = pgTable("sso_providers", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id),
  /** Shown on the button, e.g. "Microsoft 365". */
  displayName: text("display_name").notNull(),
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  /** Vault subject whose data key encrypts the client secret. */
  secretKeyId: uuid("secret_key_id").notNull(),
  clientSecret: bytea("client_secret").notNull(),
  /** Whether an MFA value in the ID token's `amr` counts as the second factor. */
  isProviderMfaTrusted: boolean("is_provider_mfa_trusted").notNull().default(false),
  /** When an administrator last finished a test sign-in with these settings; cleared when they change. */
  testedAt: at("tested_at"),
  /** The `amr` values of that test's ID token, so the administrator sees whether MFA is reported. */
  testedAmr: jsonb("tested_amr").$type<string[]>(),
  updatedAt: at("updated_at").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id),
});

export const ssoDomains = pgTable(
  "sso_domains",
  {
    /** Lower-cased, e.g. `example.org`. */
    domain: text("domain").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [index("sso_domains_org_idx").on(t.organisationId)],
);

export const ssoIdentities = pgTable(
  "sso_identities",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdAt: createdAt(),
    lastUsedAt: at("last_used_at"),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), uniqueIndex("sso_identities_user_issuer_key").on(t.userId, t.issuer)],
);

export const ssoAttempts = pgTable(
  "sso_attempts",
  {
    /** SHA-256 of the `state` sent to the provider. */
    stateHash: text("state_hash").primaryKey(),
    /** SHA-256 of the random value in the browser's cookie, so only the browser that started may finish. */
    browserHash: text("browser_hash").notNull(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** `sign_in`, or `test` by the administrator in `userId`. */
    purpose: text("purpose").notNull(),
    userId: uuid("user_id").references(() => users.id),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    expiresAt: at("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sso_attempts_expires_idx").on(t.expiresAt), uniqueIndex("sso_attempts_browser_key").on(t.browserHash)],
);
