/** An organisation's settings for one instrument: offered or not, approval, re-assessment schedule. */
import type { InstrumentSettings } from "../../core/api/assessments.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { instrumentSettings } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { latestVersion, presentInstrument } from "./catalogue.js";

export async function updateInstrumentSettings(tx: Db, actor: Actor, key: string, settings: InstrumentSettings, context: { now: Date; requestId: string }) {
  const latest = await latestVersion(tx, actor.organisationId, key);
  const row = { ...settings, updatedBy: actor.userId, updatedAt: context.now };
  await tx
    .insert(instrumentSettings)
    .values({ organisationId: actor.organisationId, key, ...row })
    .onConflictDoUpdate({ target: [instrumentSettings.organisationId, instrumentSettings.key], set: row });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "instrument.settings_changed",
    entityType: "instrument",
    entityId: key,
    requestId: context.requestId,
    details: { ...settings },
  });
  return presentInstrument(latest, settings);
}

