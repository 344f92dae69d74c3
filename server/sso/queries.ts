/**
 * Reading an organisation's single sign-on settings: its provider with the allowed domains, the
 * provider serving an email domain, and the client secret decrypted for the flow. Everything is
 * keyed by the organisation, so one organisation never reads another's provider.
 */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organisations, ssoDomains, ssoProviders } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import type { ProviderSettings } from "./relying-party.js";

export type ProviderRow = typeof ssoProviders.$inferSelect;
export interface ProviderWithDomains {
  provider: ProviderRow;
  allowedDomains: string[];
}

/** The vault field name the client secret is encrypted under. */
export const clientSecretField = "sso_client_secret";

/** The address registered with the provider as the redirect URI. */
export const callbackPath = "/api/auth/oidc/callback";
export const redirectUrlOf = (publicUrl: string): string => `${publicUrl.replace(/\/+$/, "")}${callbackPath}`;

export async function findProvider(db: Db, organisationId: string): Promise<ProviderWithDomains | null> {
  const [provider] = await db.select().from(ssoProviders).where(eq(ssoProviders.organisationId, organisationId)).limit(1);
  if (!provider) return null;
  const domains = await db
    .select({ domain: ssoDomains.domain })
    .from(ssoDomains)
    .where(eq(ssoDomains.organisationId, organisationId))
    .orderBy(asc(ssoDomains.domain));
  return { provider, allowedDomains: domains.map((row) => row.domain) };
}

/**
 * The organisation whose provider serves an email domain, if any. Unscoped by design: the sign-in
 * page has no organisation yet, and a domain belongs to one organisation at most.
 */
export async function unsafeFindProviderForDomain(db: Db, domain: string) {
  const [row] = await db
    .select({ provider: ssoProviders, isPasswordSignInEnabled: organisations.isPasswordSignInEnabled })
    .from(ssoDomains)
    .innerJoin(ssoProviders, eq(ssoProviders.organisationId, ssoDomains.organisationId))
    .innerJoin(organisations, eq(organisations.id, ssoDomains.organisationId))
    .where(eq(ssoDomains.domain, domain))
    .limit(1);
  return row ?? null;
}

/** The settings the flow needs, with the client secret decrypted. */
export async function providerSettingsOf(db: Db, vault: Vault, provider: ProviderRow): Promise<ProviderSettings> {
  const key = await vault.loadSubjectKey(db, provider.secretKeyId);
  return { issuer: provider.issuer, clientId: provider.clientId, clientSecret: vault.decrypt(key, clientSecretField, provider.clientSecret) };
}
