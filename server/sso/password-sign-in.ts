/**
 * Switching password sign-in off and on for the organisation, and removing its provider. Password
 * sign-in may be switched off only once the provider has been tested with its current settings, and
 * the provider cannot be removed while password sign-in is off: either would leave nobody able to
 * sign in. If the provider later fails anyway, an operator turns password sign-in back on from the
 * server (`npm run sso:allow-passwords`, docs/OPERATIONS.md).
 */
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { organisations, ssoDomains, ssoIdentities, ssoProviders } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canManageSignIn } from "./policy.js";
import type { Vault } from "../vault/vault.js";
import { findProvider } from "./queries.js";

interface Context {
  vault: Vault;
  now: Date;
  requestId: string;
}

export async function isPasswordSignInEnabled(db: Db, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ isEnabled: organisations.isPasswordSignInEnabled })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row?.isEnabled ?? true;
}

export async function setPasswordSignIn(tx: Db, actor: Actor, isEnabled: boolean, context: Context): Promise<void> {
  authorize(canManageSignIn(actor));
  if (!isEnabled) {
    const found = await findProvider(tx, actor.organisationId);
    if (!found?.provider.testedAt) {
      throw new AppError("conflict", "Set up single sign-on and finish a test sign-in with it before switching password sign-in off.");
    }
  }
  await tx.update(organisations).set({ isPasswordSignInEnabled: isEnabled }).where(eq(organisations.id, actor.organisationId));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: isEnabled ? "sso.password_sign_in_enabled" : "sso.password_sign_in_disabled",
    entityType: "organisation",
    entityId: actor.organisationId,
    requestId: context.requestId,
    at: context.now,
  });
}

export async function removeProvider(tx: Db, actor: Actor, context: Context): Promise<void> {
  authorize(canManageSignIn(actor));
  const found = await findProvider(tx, actor.organisationId);
  if (!found) throw new AppError("not_found", "No single sign-on is set up.");
  if (!(await isPasswordSignInEnabled(tx, actor.organisationId))) {
    throw new AppError("conflict", "Switch password sign-in back on before removing single sign-on, or nobody could sign in.");
  }
  await tx.delete(ssoDomains).where(eq(ssoDomains.organisationId, actor.organisationId));
  // The bindings belong to this provider; a provider set up later binds afresh by email.
  await tx.delete(ssoIdentities).where(eq(ssoIdentities.organisationId, actor.organisationId));
  await tx.delete(ssoProviders).where(eq(ssoProviders.organisationId, actor.organisationId));
  // The secret's key is destroyed, so no copy of the database or backup can yield the secret again.
  await context.vault.destroySubjectKey(tx, found.provider.secretKeyId);
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "sso.provider_removed",
    entityType: "sso_provider",
    entityId: actor.organisationId,
    requestId: context.requestId,
    at: context.now,
  });
}

/**
 * The operator's way back in when the identity provider fails with password sign-in off: switches
 * password sign-in on for the named organisation (or the only one), audited as done from the
 * server with no member of staff. Returns the organisation, and whether anything changed.
 */
export async function allowPasswordsFromServer(
  tx: Db,
  organisationName: string | null,
  now: Date,
): Promise<{ organisation: { id: string; name: string }; wasEnabled: boolean }> {
  // Unscoped on purpose: the operator's command names an organisation, or there is only one.
  const all = await tx.select({ id: organisations.id, name: organisations.name, isEnabled: organisations.isPasswordSignInEnabled }).from(organisations);
  const matching = organisationName === null ? all : all.filter((row) => row.name.toLowerCase() === organisationName.trim().toLowerCase());
  if (matching.length !== 1) {
    const names = all.map((row) => row.name).join(", ");
    throw new AppError(
      "validation_failed",
      organisationName === null ? `Name the organisation: this server has ${all.length} (${names}).` : `No organisation is called "${organisationName}". This server has: ${names}.`,
    );
  }
  const organisation = matching[0]!;
  if (!organisation.isEnabled) {
    await tx.update(organisations).set({ isPasswordSignInEnabled: true }).where(eq(organisations.id, organisation.id));
    await recordAudit(tx, {
      organisationId: organisation.id,
      actorUserId: null,
      action: "sso.password_sign_in_enabled",
      entityType: "organisation",
      entityId: organisation.id,
      details: { by: "server_operator" },
      at: now,
    });
  }
  return { organisation: { id: organisation.id, name: organisation.name }, wasEnabled: organisation.isEnabled };
}
