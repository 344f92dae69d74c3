/**
 * Retiring a programme (no new enrolments or group sessions; enrolments on it carry on) and bringing
 * it back. Retirement belongs to the organisation, so it is marked on the organisation's own rows.
 * A built-in programme is shared by every organisation and its row is never changed: to retire one,
 * the organisation stores its own copy of the latest built-in version (the same definition and
 * number, which wins the tie with the built-in row) marked retired.
 */
import { and, eq } from "drizzle-orm";
import type { ProgrammeSummary } from "../../core/api/programmes.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { programmeVersions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { isBuiltInKey, latestProgramme, presentProgramme } from "./catalogue.js";

export async function setProgrammeRetired(tx: Db, actor: Actor, key: string, isRetired: boolean, context: { requestId: string; now: Date }): Promise<ProgrammeSummary> {
  const latest = await latestProgramme(tx, actor.organisationId, key);
  if (latest.isRetired === isRetired) return presentProgramme(latest, await isBuiltInKey(tx, key));
  await tx
    .update(programmeVersions)
    .set({ isRetired })
    .where(and(eq(programmeVersions.organisationId, actor.organisationId), eq(programmeVersions.key, key)));
  let row = { ...latest, isRetired };
  if (latest.organisationId === null) {
    const [copy] = await tx
      .insert(programmeVersions)
      .values({
        organisationId: actor.organisationId,
        key,
        version: latest.version,
        definition: latest.definition,
        definitionHash: latest.definitionHash,
        isRetired,
        createdBy: actor.userId,
        createdAt: context.now,
      })
      .returning();
    row = copy!;
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: isRetired ? "programme.retired" : "programme.unretired",
    entityType: "programme_version",
    entityId: row.id,
    requestId: context.requestId,
    details: { key, version: row.version },
  });
  return presentProgramme(row, await isBuiltInKey(tx, key));
}

