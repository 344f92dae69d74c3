/**
 * How a user wants their alerts emailed: at once (the default, and what everyone had before the
 * choice existed) or gathered in a daily digest at an hour on the London clock.
 */
import { eq } from "drizzle-orm";
import type { EmailPreference, EmailPreferenceBody } from "../../core/api/calendar-email.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { emailPreferences } from "../db/schema.js";
import type { Actor } from "../http/context.js";

/** Before anything is chosen: at once, and 08:00 offered for a digest. */
export const defaultEmailPreference: EmailPreferenceBody = { mode: "immediate", digestHour: 8 };

export async function readEmailPreference(tx: Db, actor: Actor, isEmailConfigured: boolean): Promise<EmailPreference> {
  const [row] = await tx.select().from(emailPreferences).where(eq(emailPreferences.userId, actor.userId)).limit(1);
  const chosen = row ? { mode: row.mode === "daily_digest" ? ("daily_digest" as const) : ("immediate" as const), digestHour: row.digestHour } : defaultEmailPreference;
  return { ...chosen, isEmailConfigured };
}

export async function saveEmailPreference(tx: Db, actor: Actor, body: EmailPreferenceBody, context: { now: Date; requestId: string; isEmailConfigured: boolean }): Promise<EmailPreference> {
  const values = { mode: body.mode, digestHour: body.digestHour, updatedAt: context.now };
  await tx
    .insert(emailPreferences)
    .values({ userId: actor.userId, organisationId: actor.organisationId, ...values })
    .onConflictDoUpdate({ target: emailPreferences.userId, set: values });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "email.preference_changed",
    entityType: "user",
    entityId: actor.userId,
    requestId: context.requestId,
    details: { mode: body.mode, digestHour: body.digestHour },
    at: context.now,
  });
  return readEmailPreference(tx, actor, context.isEmailConfigured);
}
