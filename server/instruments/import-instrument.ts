/**
 * Importing an instrument: a definition as JSON, or a FHIR R4 Questionnaire — one this app exported
 * (it carries the whole definition), or official wording for an instrument already here, applied as
 * a new version with the scoring untouched. Every definition is checked first; a bad one is refused
 * with each problem named. A stored version is never replaced: a new one needs a higher number.
 */
import type { z } from "zod";
import type { instrumentImportBodySchema } from "../../core/api/assessments.js";
import { loadInstrumentDefinition, type InstrumentDefinition } from "../../core/instruments/definition.js";
import { applyQuestionnaireWording, definitionCarriedBy, type Questionnaire } from "../../core/instruments/fhir.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { instrumentVersions } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { definitionHash } from "./sync-built-ins.js";
import { definitionOf, findLatestVersion } from "./catalogue.js";

type ImportBody = z.infer<typeof instrumentImportBodySchema>;

const refused = (message: string, problems: string[]) =>
  new AppError("validation_failed", message, { fields: problems.map((problem) => ({ path: "body.document", message: problem })) });

function checked(input: unknown): InstrumentDefinition {
  const loaded = loadInstrumentDefinition(input);
  if (!loaded.ok) throw refused("This instrument definition has problems; nothing was imported.", loaded.problems);
  return loaded.definition;
}

/** The definition to store, and the Questionnaire texts that matched nothing. */
async function definitionFrom(tx: Db, actor: Actor, body: ImportBody): Promise<{ definition: InstrumentDefinition; unmatched: string[] }> {
  if (body.format === "json") return { definition: checked(body.document), unmatched: [] };
  if (body.document.resourceType !== "Questionnaire") throw refused("This is not a FHIR Questionnaire.", ['resourceType must be "Questionnaire".']);
  const questionnaire = body.document as Questionnaire;
  if (body.wordingFor) {
    const base = await findLatestVersion(tx, actor.organisationId, body.wordingFor);
    if (!base) throw new AppError("not_found", `There is no instrument "${body.wordingFor}" to apply this wording to.`);
    const current = definitionOf(base);
    const { definition, unmatched } = applyQuestionnaireWording(current, questionnaire);
    if (JSON.stringify(definition.sections) === JSON.stringify(current.sections)) {
      throw refused("None of this Questionnaire's items match the instrument, so no wording changed.", [
        `Item linkIds must match the instrument's item ids (for example "${current.sections[0]?.items[0]?.id ?? ""}").`,
      ]);
    }
    return { definition: checked({ ...definition, version: current.version + 1 }), unmatched };
  }
  const carried = definitionCarriedBy(questionnaire);
  if (carried === undefined) {
    throw refused("This Questionnaire does not carry a full instrument definition.", [
      "To use its wording for an instrument that is already here, choose that instrument (wordingFor).",
    ]);
  }
  return { definition: checked(carried), unmatched: [] };
}

export async function importInstrument(tx: Db, actor: Actor, body: ImportBody, context: { requestId: string }) {
  const { definition, unmatched } = await definitionFrom(tx, actor, body);
  const latest = await findLatestVersion(tx, actor.organisationId, definition.key);
  if (latest && definition.version <= latest.version) {
    throw new AppError("conflict", `Version ${latest.version} of "${definition.key}" already exists; a changed definition needs version ${latest.version + 1}.`);
  }
  const [stored] = await tx
    .insert(instrumentVersions)
    .values({
      organisationId: actor.organisationId,
      key: definition.key,
      version: definition.version,
      definition: definition,
      definitionHash: definitionHash(definition),
    })
    .returning({ id: instrumentVersions.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "instrument.imported",
    entityType: "instrument_version",
    entityId: stored!.id,
    requestId: context.requestId,
    details: { key: definition.key, version: definition.version, format: body.format, isWording: body.format === "fhir" && Boolean(body.wordingFor) },
  });
  return { versionId: stored!.id, key: definition.key, version: definition.version, unmatched };
}
