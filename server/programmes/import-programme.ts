/**
 * Importing a programme definition (JSON): a new programme, or a new version of one the
 * organisation has (built in or its own). The definition is checked first and a bad one is refused
 * with each problem named. A stored version is never replaced: a new one needs a higher number, and
 * enrolments stay on the version they were enrolled on.
 */
import { loadProgrammeDefinition } from "../../core/programmes/programme.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { programmeVersions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { findLatestProgramme } from "./catalogue.js";
import { programmeDefinitionHash } from "./sync-built-ins.js";

export async function importProgramme(tx: Db, actor: Actor, input: { definition: Record<string, unknown> }, context: { requestId: string; now: Date }) {
  const loaded = loadProgrammeDefinition(input.definition);
  if (!loaded.ok) {
    throw new AppError("validation_failed", "This programme definition has problems; nothing was imported.", {
      fields: loaded.problems.map((problem) => ({ path: "body.definition", message: problem })),
    });
  }
  const { definition } = loaded;
  const latest = await findLatestProgramme(tx, actor.organisationId, definition.key);
  if (latest && definition.version <= latest.version) {
    throw new AppError("conflict", `Version ${latest.version} of "${definition.key}" already exists; a changed definition needs version ${latest.version + 1}.`);
  }
  const [stored] = await tx
    .insert(programmeVersions)
    .values({
      organisationId: actor.organisationId,
      key: definition.key,
      version: definition.version,
      definition: definition,
      definitionHash: programmeDefinitionHash(definition),
      // A new version of a retired programme stays retired until an administrator brings it back.
      isRetired: latest?.isRetired ?? false,
      createdBy: actor.userId,
      createdAt: context.now,
    })
    .returning({ id: programmeVersions.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "programme.imported",
    entityType: "programme_version",
    entityId: stored!.id,
    requestId: context.requestId,
    details: { key: definition.key, version: definition.version, phases: definition.phases.length },
  });
  return { versionId: stored!.id, key: definition.key, version: definition.version };
}
