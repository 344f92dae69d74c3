/**
 * Changes how an outcome is valued by adding its mapping's next version (the one before is kept, so
 * earlier calculations still hold its assumptions). The outcome must be one of the organisation's;
 * each line must name an entry of the current catalogue and a kind of value the entry has, and no
 * two lines may value the same thing (the engine's own checks, each named on its line: 400). A
 * stale version is refused (409). Audited by outcome and version, never the rationale's words.
 */
import type { UpdateMappingBody } from "../../core/api/social-value.js";
import { calculateSocialValue, defaultDiscountSettings, defaultOptimismBias, type MappingLine, type SocialValueProblem, type UnitCostEntry } from "../../core/social-value/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { socialValueMappings } from "../db/schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError, notFound, type FieldError } from "../http/errors.js";
import { readClosureOutcomes } from "../support/vocabulary.js";
import { canManageSocialValue } from "./policy.js";
import { currentEntries, currentMappings } from "./queries.js";
import { isSameValue } from "./same-value.js";
import type { SocialValueWriteContext } from "./write-context.js";

const stale = () => new AppError("conflict", "Someone else changed how this outcome is valued since you opened it. Reload and try again.");

/** Where on the form each of the engine's problems with a mapping belongs. */
function fieldOf(problem: SocialValueProblem, lines: readonly MappingLine[]): FieldError {
  const lineOf = (entryCode: string, last = false) => {
    const indices = lines.flatMap((line, index) => (line.entryCode === entryCode ? [index] : []));
    return (last ? indices.at(-1) : indices[0]) ?? 0;
  };
  switch (problem.code) {
    case "unknown_entry":
      return { path: `body.lines.${lineOf(problem.entryCode)}.entryCode`, message: "This entry is not in the catalogue." };
    case "entry_lacks_value":
      return { path: `body.lines.${lineOf(problem.entryCode)}.valueKinds`, message: `This entry has no ${problem.kind} value.` };
    case "stacked_values":
      return { path: `body.lines.${lineOf(problem.entryCodes.at(-1) ?? "", true)}.entryCode`, message: `${problem.entryCodes.join(" and ")} value the same thing: keep one.` };
    default:
      return { path: "body.lines", message: problem.message };
  }
}

/** The engine's problems with these lines against the current catalogue, as field errors. */
export function mappingProblems(outcomeCode: string, lines: readonly MappingLine[], catalogue: readonly UnitCostEntry[]): FieldError[] {
  const trial = calculateSocialValue({
    outcomeCounts: [{ outcomeCode, count: 1 }],
    mappings: [{ outcomeCode, version: 1, lines: [...lines] }],
    catalogue: [...catalogue],
    deflators: null,
    // Price years do not matter to these checks: nothing is uprated.
    priceBasis: "not_uprated",
    targetPriceYear: "2025-26",
    discounting: defaultDiscountSettings,
    optimismBias: defaultOptimismBias,
    deliveryCost: { pence: 0, priceYear: "2025-26" },
  });
  return trial.ok ? [] : trial.problems.map((problem) => fieldOf(problem, lines));
}

export async function updateMapping(tx: Db, actor: Actor, outcomeCode: string, input: UpdateMappingBody, context: SocialValueWriteContext): Promise<void> {
  authorize(canManageSocialValue(actor), "Only administrators keep how outcomes are valued.");
  const outcomes = await readClosureOutcomes(tx, actor.organisationId);
  if (!outcomes.some((outcome) => outcome.code === outcomeCode)) throw notFound("Outcome");
  const current = (await currentMappings(tx, actor.organisationId)).find((row) => row.outcomeCode === outcomeCode);
  if ((current?.version ?? 0) !== input.version) throw stale();
  const catalogue = (await currentEntries(tx, actor.organisationId)).map((row) => row.entry);
  const problems = mappingProblems(outcomeCode, input.lines, catalogue);
  if (problems.length > 0) throw new AppError("validation_failed", "Some lines cannot be valued as they are.", { fields: problems });
  if (current && isSameValue(current.lines, input.lines)) return;
  const version = input.version + 1;
  await tx
    .insert(socialValueMappings)
    .values({ organisationId: actor.organisationId, outcomeCode, version, lines: input.lines, createdBy: actor.userId, createdAt: context.now })
    .catch(refuseOnUniqueViolation("social_value_mappings_version_key", stale));
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "social_value.mapping_changed", entityType: "social_value_mapping", requestId: context.requestId, at: context.now, details: { outcomeCode, version, lines: input.lines.length } });
}
