/** How retention entries, rules and deletions leave the server: references, rules and days, never anything about the person. */
import type { z } from "zod";
import type { retentionDeletionItemSchema, retentionEntrySchema, retentionRuleSchema } from "../../../core/api/retention.js";
import { toCsv } from "../../../core/csv.js";
import type { RetentionRule } from "../../../core/data-protection/retention-rules.js";
import type { retentionDeletionItems, retentionReviewEntries } from "../../db/retention-schema.js";
import type { StoredRule } from "./rules.js";
import type { allDeletedItemsOf } from "./queries.js";

const figures = (rule: RetentionRule): RetentionRule => ({
  adultYearsAfterClosure: rule.adultYearsAfterClosure,
  childUntilBirthday: rule.childUntilBirthday,
  childAged17UntilBirthday: rule.childAged17UntilBirthday,
});

export const presentRule = (rule: StoredRule): z.infer<typeof retentionRuleSchema> => ({
  recordType: rule.recordType,
  ...figures(rule),
  isDefault: rule.isDefault,
  version: rule.version,
  updatedAt: rule.updatedAt?.toISOString() ?? null,
  updatedByName: rule.updatedByName,
});

export const presentEntry = (entry: typeof retentionReviewEntries.$inferSelect): z.infer<typeof retentionEntrySchema> => ({
  id: entry.id,
  recordType: entry.recordType,
  reference: entry.reference,
  ageGroup: entry.ageGroup,
  rule: figures(entry.rule),
  dueOn: entry.dueOn,
  status: entry.status,
  holds: entry.holds,
  firstListedAt: entry.firstListedAt.toISOString(),
});

export const presentDeletionItem = (item: typeof retentionDeletionItems.$inferSelect): z.infer<typeof retentionDeletionItemSchema> => ({
  recordType: item.recordType,
  reference: item.reference,
  ageGroup: item.ageGroup,
  rule: figures(item.rule),
  dueOn: item.dueOn,
});

/** The rule that applied, in words a spreadsheet reader understands without the app. */
function ruleInWords(ageGroup: string, rule: RetentionRule): string {
  switch (ageGroup) {
    case "adult":
      return `adult: ${rule.adultYearsAfterClosure} years after closure`;
    case "child_aged_17":
      return `aged 17 at closure: until age ${rule.childAged17UntilBirthday}`;
    case "child":
      return `child: until age ${rule.childUntilBirthday}`;
    default:
      return "age not recorded: the longest period the rule allows";
  }
}

/** The record of deletions as CSV: one line per record erased. */
export function deletionsCsv(rows: Awaited<ReturnType<typeof allDeletedItemsOf>>): string {
  return toCsv([
    ["approved_at", "approved_by", "deletion_id", "record_type", "reference", "rule_applied", "due_on"],
    ...rows.map((row) => [row.approvedAt.toISOString(), row.approvedByName, row.deletionId, row.recordType, row.reference, ruleInWords(row.ageGroup, row.rule), row.dueOn]),
  ]);
}
