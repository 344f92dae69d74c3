/**
 * Factories that build an isolated organisation per test, so tests run in parallel on one database
 * without cleaning up after each other.
 */
import { randomUUID } from "node:crypto";
import { roleFacts, type Role, type RoleGrant } from "../core/roles.js";
import { hashPassword } from "../server/auth/passwords.js";
import { storeTotpSecret } from "../server/auth/second-factor-secret.js";
import { newTotpSecret } from "../server/auth/totp.js";
import type { Db } from "../server/db/client.js";
import { organisations, roleGrants, sites, users } from "../server/db/schema.js";
import type { Vault } from "../server/vault/vault.js";
import { ensureDefaultSources } from "../server/referrals/sources.js";
import { eq } from "drizzle-orm";

export const testPassword = "correct horse battery staple";

// Hashing is deliberately slow; one hash per worker serves every test user (verification still runs).
let testPasswordHash: Promise<string> | undefined;
const passwordHashOnce = (): Promise<string> => (testPasswordHash ??= hashPassword(testPassword));

export interface TestOrganisation {
  id: string;
  name: string;
  siteIds: [string, string];
}

export async function createOrganisation(db: Db): Promise<TestOrganisation> {
  const name = `Test organisation ${randomUUID().slice(0, 8)}`;
  const [organisation] = await db.insert(organisations).values({ name }).returning();
  if (!organisation) throw new Error("no organisation");
  const rows = await db
    .insert(sites)
    .values([
      { organisationId: organisation.id, name: "Birmingham" },
      { organisationId: organisation.id, name: "Manchester" },
    ])
    .returning();
  await ensureDefaultSources(db, organisation.id);
  return { id: organisation.id, name, siteIds: [rows[0]!.id, rows[1]!.id] };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** Base32 TOTP secret when enrolled. */
  totpSecret: string | null;
}

export async function createUser(
  db: Db,
  vault: Vault,
  organisation: TestOrganisation,
  options: { grants?: RoleGrant[]; role?: Role; site?: 0 | 1; isEnrolled?: boolean; isActive?: boolean } = {},
): Promise<TestUser> {
  const email = `user-${randomUUID()}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      organisationId: organisation.id,
      email,
      displayName: "Test User",
      passwordHash: await passwordHashOnce(),
      isActive: options.isActive ?? true,
    })
    .returning();
  if (!user) throw new Error("no user");
  const grants =
    options.grants ??
    (options.role ? [{ role: options.role, siteId: siteFor(options.role, organisation, options.site ?? 0) }] : []);
  if (grants.length > 0) {
    await db.insert(roleGrants).values(grants.map((g) => ({ ...g, organisationId: organisation.id, userId: user.id })));
  }
  let totpSecret: string | null = null;
  if (options.isEnrolled ?? true) {
    totpSecret = newTotpSecret();
    await storeTotpSecret(db, vault, { id: user.id, organisationId: organisation.id }, totpSecret);
    await db.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, user.id));
  }
  return { id: user.id, email, password: testPassword, totpSecret };
}


function siteFor(role: Role, organisation: TestOrganisation, site: 0 | 1): string | null {
  return roleFacts[role].isSiteScoped ? organisation.siteIds[site] : null;
}
