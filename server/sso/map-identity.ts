/**
 * Which staff member a verified identity is. A provider subject already bound to someone is that
 * person; otherwise the provider's vouched-for email, in one of the organisation's allowed domains,
 * must be an existing account of the organisation (an administrator invites first: nobody is
 * created here), and the subject is then bound to it so later sign-ins match by issuer and subject.
 * A deactivated account is refused either way.
 */
import { and, eq } from "drizzle-orm";
import type { SsoRefusal } from "../../core/api/sso.js";
import { emailDomain, isDomainAllowed, isEmailVouchedFor } from "../../core/sso/rules.js";
import type { Db } from "../db/client.js";
import { ssoIdentities, users } from "../db/schema.js";
import type { VerifiedIdentity } from "./relying-party.js";

export type UserRow = typeof users.$inferSelect;

export type Mapping =
  | { user: UserRow; isNewlyBound: boolean }
  | { refusal: SsoRefusal; user: UserRow | null; details: Record<string, unknown> };

export async function mapIdentity(
  tx: Db,
  organisationId: string,
  allowedDomains: readonly string[],
  identity: VerifiedIdentity,
  now: Date,
): Promise<Mapping> {
  const [bound] = await tx
    .select({ user: users })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(and(eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject), eq(ssoIdentities.organisationId, organisationId)))
    .limit(1);
  if (bound) {
    if (!bound.user.isActive) return { refusal: "deactivated", user: bound.user, details: {} };
    await tx
      .update(ssoIdentities)
      .set({ lastUsedAt: now })
      .where(and(eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject)));
    return { user: bound.user, isNewlyBound: false };
  }

  const email = identity.email;
  if (!email || !isEmailVouchedFor(identity.claims)) return { refusal: "email_unverified", user: null, details: {} };
  if (!isDomainAllowed(email, allowedDomains)) return { refusal: "domain_not_allowed", user: null, details: { domain: emailDomain(email) } };
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.email, email), eq(users.organisationId, organisationId)))
    .limit(1);
  // Staff emails are not client data: the administrator needs to know whom to invite.
  if (!user) return { refusal: "no_such_user", user: null, details: { email } };
  if (!user.isActive) return { refusal: "deactivated", user, details: {} };
  const [otherSubject] = await tx
    .select({ subject: ssoIdentities.subject })
    .from(ssoIdentities)
    .where(and(eq(ssoIdentities.userId, user.id), eq(ssoIdentities.issuer, identity.issuer)))
    .limit(1);
  // The account is bound to another subject of this provider: a different person at the provider
  // now has this email address, and must not inherit the account.
  if (otherSubject) return { refusal: "no_such_user", user, details: { isBoundToOtherSubject: true } };
  await tx.insert(ssoIdentities).values({ issuer: identity.issuer, subject: identity.subject, userId: user.id, organisationId, createdAt: now, lastUsedAt: now });
  return { user, isNewlyBound: true };
}
