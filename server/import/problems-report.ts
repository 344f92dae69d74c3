/**
 * The downloadable error report: one line per problem with its row number, field and problem in
 * words, and for duplicates the earlier row or the existing record's pseudonymous reference. It
 * never repeats a cell's value, so it holds no more personal data than the row numbers.
 */
import { asc, eq } from "drizzle-orm";
import { toCsv } from "../../core/csv.js";
import type { ImportProblem } from "../../core/import/cells.js";
import type { Db } from "../db/client.js";
import { spreadsheetImportProblems } from "../db/schema.js";

const problemWords: Record<ImportProblem, string> = {
  required: "Required, but empty",
  too_long: "Too long",
  bad_characters: "Contains characters that are not allowed",
  bad_date: "Not a date (use YYYY-MM-DD or DD/MM/YYYY)",
  future_date: "In the future",
  bad_time: "Not a time (use HH:MM, 24-hour)",
  bad_number: "Not a whole number in the range allowed",
  bad_postcode: "Not a UK postcode",
  bad_phone: "Not a phone number",
  bad_email: "Not an email address",
  bad_nhs_number: "Not an NHS number (10 digits)",
  unknown_code: "Not one of the codes this field takes",
  bad_yes_no: "Not yes or no",
  not_allowed: "Not allowed with the rest of this row",
  before_start: "Earlier than what it follows (the referral received, or the case opened)",
  unknown_client: "No such client: import the clients file first, or give their Pathways reference",
  unknown_referral: "No such referral: import the referrals file first",
  unknown_case: "No such case: import the cases file first",
  other_site: "Belongs to another site",
  duplicate_reference_in_file: "Same reference as an earlier row",
  duplicate_in_file: "Same as an earlier row",
  already_imported: "Already imported as this record",
  likely_duplicate: "Probably already recorded as this record",
};

export async function problemsCsv(db: Db, importId: string): Promise<string> {
  const problems = await db
    .select()
    .from(spreadsheetImportProblems)
    .where(eq(spreadsheetImportProblems.importId, importId))
    .orderBy(asc(spreadsheetImportProblems.rowNumber), asc(spreadsheetImportProblems.field));
  return toCsv([
    ["row", "field", "problem", "code", "earlier row or existing record"],
    ...problems.map((problem) => [String(problem.rowNumber), problem.field, problemWords[problem.problem as ImportProblem] ?? problem.problem, problem.problem, problem.detail ?? ""]),
  ]);
}
