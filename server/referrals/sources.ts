/** Referral sources: the organisation's configurable list, seeded with the defaults. */
import { and, eq } from "drizzle-orm";
import { defaultReferralSources } from "../../core/referrals/vocabulary.js";
import type { Db } from "../db/client.js";
import { referralSources } from "../db/schema.js";
import { AppError } from "../http/errors.js";

export type SourceRow = typeof referralSources.$inferSelect;

export async function ensureDefaultSources(tx: Db, organisationId: string): Promise<void> {
  await tx
    .insert(referralSources)
    .values(defaultReferralSources.map((source) => ({ ...source, organisationId })))
    .onConflictDoNothing();
}

export async function activeSourceByCode(db: Db, organisationId: string, code: string): Promise<SourceRow> {
  const [source] = await db
    .select()
    .from(referralSources)
    .where(and(eq(referralSources.organisationId, organisationId), eq(referralSources.code, code), eq(referralSources.isActive, true)))
    .limit(1);
  if (!source) {
    throw new AppError("validation_failed", "Choose where the referral comes from.", {
      fields: [{ path: "body.sourceCode", message: "This is not one of the organisation's referral sources." }],
    });
  }
  return source;
}
