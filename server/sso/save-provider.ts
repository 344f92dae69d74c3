/**
 * An administrator saves the organisation's identity provider. The client secret is encrypted by
 * the vault under a data key of its own and is kept when the form leaves it out. Changing the
 * issuer, client id or secret clears the record of a successful test, so password sign-in cannot be
 * switched off on settings nobody has tried. An email domain belongs to one organisation at most.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { SsoProviderBody } from "../../core/api/sso.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { ssoDomains, ssoProviders } from "../db/schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { Vault } from "../vault/vault.js";
import { canManageSignIn } from "./policy.js";
import { clientSecretField, findProvider } from "./queries.js";

export interface WriteContext {
  vault: Vault;
  now: Date;
  requestId: string;
}

const domainTaken = () =>
  new AppError("conflict", "One of these domains is used by another organisation's sign-in.", {
    fields: [{ path: "body.allowedDomains", message: "Used by another organisation." }],
  });

export async function saveProvider(tx: Db, actor: Actor, input: SsoProviderBody, context: WriteContext): Promise<void> {
  authorize(canManageSignIn(actor));
  const before = await findProvider(tx, actor.organisationId);
  const taken = await tx
    .select({ domain: ssoDomains.domain })
    .from(ssoDomains)
    .where(and(inArray(ssoDomains.domain, input.allowedDomains), ne(ssoDomains.organisationId, actor.organisationId)))
    .limit(1);
  if (taken.length > 0) throw domainTaken();

  const secretKeyId = before?.provider.secretKeyId ?? randomUUID();
  const key = before
    ? await context.vault.loadSubjectKey(tx, secretKeyId)
    : await context.vault.createSubjectKey(tx, { subjectId: secretKeyId, organisationId: actor.organisationId });
  const clientSecret =
    input.clientSecret === undefined ? before?.provider.clientSecret : context.vault.encrypt(key, clientSecretField, input.clientSecret);
  if (!clientSecret) {
    throw new AppError("validation_failed", "Enter the client secret.", { fields: [{ path: "body.clientSecret", message: "Required." }] });
  }
  const isConnectionChanged =
    !before || before.provider.issuer !== input.issuer || before.provider.clientId !== input.clientId || input.clientSecret !== undefined;
  const values = {
    displayName: input.displayName,
    issuer: input.issuer,
    clientId: input.clientId,
    secretKeyId,
    clientSecret,
    isProviderMfaTrusted: input.isProviderMfaTrusted,
    ...(isConnectionChanged ? { testedAt: null, testedAmr: null } : {}),
    updatedAt: context.now,
    updatedBy: actor.userId,
  };
  await tx
    .insert(ssoProviders)
    .values({ organisationId: actor.organisationId, ...values })
    .onConflictDoUpdate({ target: ssoProviders.organisationId, set: values });
  await tx.delete(ssoDomains).where(eq(ssoDomains.organisationId, actor.organisationId));
  await tx
    .insert(ssoDomains)
    .values(input.allowedDomains.map((domain) => ({ domain, organisationId: actor.organisationId })))
    .catch(refuseOnUniqueViolation("sso_domains_pkey", domainTaken));

  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "sso.provider_saved",
    entityType: "sso_provider",
    entityId: actor.organisationId,
    requestId: context.requestId,
    at: context.now,
    // Field names and domains only: never the secret.
    details: { changed: changedFields(before, input), allowedDomains: input.allowedDomains, isTestCleared: isConnectionChanged },
  });
}

function changedFields(before: Awaited<ReturnType<typeof findProvider>>, input: SsoProviderBody): string[] {
  if (!before) return ["created"];
  const { provider, allowedDomains } = before;
  const changed: string[] = [];
  if (provider.displayName !== input.displayName) changed.push("displayName");
  if (provider.issuer !== input.issuer) changed.push("issuer");
  if (provider.clientId !== input.clientId) changed.push("clientId");
  if (input.clientSecret !== undefined) changed.push("clientSecret");
  if (provider.isProviderMfaTrusted !== input.isProviderMfaTrusted) changed.push("isProviderMfaTrusted");
  if ([...allowedDomains].sort().join() !== [...input.allowedDomains].sort().join()) changed.push("allowedDomains");
  return changed;
}
