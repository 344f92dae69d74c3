/**
 * The checks every import row goes through, whatever it holds, in the dry run and again as each
 * batch is written: the row's own fields (its kind's definition in core/import/), then, for rows
 * that pass, whether the file already had it (when `withinFile`), and what the organisation holds:
 * the record already, and the records the row points at.
 */
import { and, eq } from "drizzle-orm";
import type { CheckContext, ImportKind } from "../../core/import/cells.js";
import { cellsOf } from "../../core/import/cells.js";
import { londonDay } from "../../core/london-time.js";
import type { Db } from "../db/client.js";
import { referralSources } from "../db/schema.js";
import { readInterventionTypes, usableCodes } from "../support/vocabulary.js";
import type { Vault } from "../vault/vault.js";
import type { Checked, ImportScope, KindHandler, NumberedProblem } from "./import-kind.js";
import { caseHandler } from "./kinds/cases.js";
import { clientHandler } from "./kinds/clients.js";
import { referralHandler } from "./kinds/referrals.js";
import { sessionHandler } from "./kinds/sessions.js";
import type { SheetRow } from "./read-xlsx.js";

export type { NumberedProblem } from "./import-kind.js";

/** Calls `use` with the handler of `kind`, whatever its row types. */
export function withHandler<T>(kind: ImportKind, use: <Row, Ready>(handler: KindHandler<Row, Ready>) => T): T {
  switch (kind) {
    case "clients":
      return use(clientHandler);
    case "referrals":
      return use(referralHandler);
    case "cases":
      return use(caseHandler);
    case "sessions":
      return use(sessionHandler);
  }
}

export interface Assessment<Ready> {
  ready: Ready[];
  problems: NumberedProblem[];
}

/** Each row's own checks, then duplicates within `rows` (when `withinFile`) and against the organisation's records. */
export async function assessRows<Row, Ready>(
  handler: KindHandler<Row, Ready>,
  db: Db,
  vault: Vault,
  scope: ImportScope,
  rows: readonly SheetRow[],
  options: { columns: Partial<Record<string, number>>; context: CheckContext; withinFile: boolean },
): Promise<Assessment<Ready>> {
  const problems: NumberedProblem[] = [];
  let checked: Checked<Row>[] = [];
  for (const sheetRow of rows) {
    const result = handler.definition.check(cellsOf(handler.definition.fields, sheetRow.cells, options.columns), options.context);
    if (result.row !== null) checked.push({ rowNumber: sheetRow.rowNumber, row: result.row });
    else problems.push(...result.problems.map((problem) => ({ ...problem, rowNumber: sheetRow.rowNumber })));
  }
  if (options.withinFile) {
    const repeats = handler.withinFile(checked);
    const repeated = new Set(repeats.map((problem) => problem.rowNumber));
    problems.push(...repeats);
    checked = checked.filter((row) => !repeated.has(row.rowNumber));
  }
  const resolved = await handler.resolve(db, vault, scope, checked);
  problems.push(...resolved.problems);
  return { ready: resolved.ready, problems: problems.sort((a, b) => a.rowNumber - b.rowNumber) };
}

/** The organisation's own codes rows are checked against, and the day they are checked on. */
export async function loadCheckContext(db: Db, organisationId: string, now: Date): Promise<CheckContext> {
  const sources = await db.select({ code: referralSources.code }).from(referralSources).where(and(eq(referralSources.organisationId, organisationId), eq(referralSources.isActive, true)));
  return { today: londonDay(now), referralSources: new Set(sources.map((source) => source.code)), interventionTypes: new Set(usableCodes(await readInterventionTypes(db, organisationId))) };
}
