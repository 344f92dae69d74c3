/**
 * Imports a spreadsheet of catalogue entries, all or nothing: any problem in any row refuses the
 * whole file (400, each problem named by row and column) and nothing is saved. Otherwise a new
 * code is added as its first version, an entry that differs from its current version gets the next
 * one, and an entry the same as its current version is left alone. Each new version is audited as
 * any change is, and one event records the import with the codes it added and changed.
 */
import { readCatalogueCsv } from "../../core/social-value/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { socialValueEntries } from "../db/schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { codeTaken } from "./create-entry.js";
import { canManageSocialValue } from "./policy.js";
import { currentEntries } from "./queries.js";
import { addVersion } from "./update-entry.js";
import type { SocialValueWriteContext } from "./write-context.js";

/** The most problems one refusal lists: enough to fix a file, not so many a page cannot show them. */
const maxProblemsListed = 50;

export async function importCatalogue(tx: Db, actor: Actor, csv: string, context: SocialValueWriteContext): Promise<{ added: string[]; changed: string[]; unchanged: string[] }> {
  authorize(canManageSocialValue(actor), "Only administrators keep the unit-cost catalogue.");
  const reading = readCatalogueCsv(csv);
  if (!reading.ok) {
    const fields = reading.problems.slice(0, maxProblemsListed).map((problem) => ({ path: "body.csv", message: `Row ${problem.row}${problem.column ? `, ${problem.column}` : ""}: ${problem.message}` }));
    throw new AppError("validation_failed", `The file has ${reading.problems.length === 1 ? "a problem" : `${reading.problems.length} problems`}; nothing was imported.`, { fields });
  }
  const current = new Map((await currentEntries(tx, actor.organisationId)).map((row) => [row.code, row.entry]));
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const imported of reading.entries) {
    const existing = current.get(imported.code);
    if (!existing) {
      await tx
        .insert(socialValueEntries)
        .values({ organisationId: actor.organisationId, code: imported.code, version: 1, entry: { ...imported, version: 1 }, createdBy: actor.userId, createdAt: context.now })
        .catch(refuseOnUniqueViolation("social_value_entries_version_key", codeTaken));
      added.push(imported.code);
    } else if (await addVersion(tx, actor, existing, imported, context)) changed.push(imported.code);
    else unchanged.push(imported.code);
  }
  await recordAudit(tx, { organisationId: actor.organisationId, actorUserId: actor.userId, action: "social_value.catalogue_imported", entityType: "social_value_catalogue", requestId: context.requestId, at: context.now, details: { added, changed, unchanged: unchanged.length } });
  return { added, changed, unchanged };
}
