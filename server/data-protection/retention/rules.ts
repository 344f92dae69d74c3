/**
 * An organisation's retention rules: its own figures for a record type where it has set them,
 * otherwise the defaults (core/data-protection/retention-rules.ts), and changing one (audited).
 */
import { and, eq } from "drizzle-orm";
import type { UpdateRetentionRuleBody } from "../../../core/api/retention.js";
import { defaultRetentionRule, retentionRecordTypes, type RetentionRecordType, type RetentionRule } from "../../../core/data-protection/retention-rules.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";
import { retentionRules } from "../../db/retention-schema.js";
import { users } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";
import type { Actor } from "../../http/context.js";
import { canConfigureRetention } from "./policy.js";

export interface StoredRule extends RetentionRule {
  recordType: RetentionRecordType;
  isDefault: boolean;
  version: number;
  updatedAt: Date | null;
  updatedByName: string | null;
}

const figuresOf = (rule: RetentionRule) => ({
  adultYearsAfterClosure: rule.adultYearsAfterClosure,
  childUntilBirthday: rule.childUntilBirthday,
  childAged17UntilBirthday: rule.childAged17UntilBirthday,
});

/** Every record type's rule for the organisation, in the order of `retentionRecordTypes`. */
export async function rulesOf(db: Db, organisationId: string): Promise<StoredRule[]> {
  const rows = await db
    .select({ rule: retentionRules, updatedByName: users.displayName })
    .from(retentionRules)
    .leftJoin(users, eq(users.id, retentionRules.updatedBy))
    .where(eq(retentionRules.organisationId, organisationId));
  return retentionRecordTypes.map((recordType) => {
    const row = rows.find((candidate) => candidate.rule.recordType === recordType);
    if (!row) return { recordType, ...defaultRetentionRule, isDefault: true, version: 1, updatedAt: null, updatedByName: null };
    return { recordType, ...figuresOf(row.rule), isDefault: false, version: row.rule.version, updatedAt: row.rule.updatedAt, updatedByName: row.updatedByName };
  });
}

/** The rule for each record type, as the review applies it. */
export async function ruleFiguresOf(db: Db, organisationId: string): Promise<Record<RetentionRecordType, RetentionRule>> {
  const rules = await rulesOf(db, organisationId);
  const byType = new Map(rules.map((rule) => [rule.recordType, figuresOf(rule)]));
  return { client: byType.get("client") ?? defaultRetentionRule, referral: byType.get("referral") ?? defaultRetentionRule };
}

/**
 * Sets a record type's rule with the version seen (409 if someone changed it since). The change
 * applies from the next review; the audit keeps the figures before and after, which are policy,
 * not anything about a person.
 */
export async function updateRetentionRule(
  tx: Db,
  actor: Actor,
  recordType: RetentionRecordType,
  input: UpdateRetentionRuleBody,
  context: { now: Date; requestId: string },
): Promise<void> {
  authorize(canConfigureRetention(actor), "Only administrators and the data protection officer set retention rules.");
  const [current] = await tx
    .select()
    .from(retentionRules)
    .where(and(eq(retentionRules.organisationId, actor.organisationId), eq(retentionRules.recordType, recordType)))
    .for("update");
  const version = current?.version ?? 1;
  if (input.version !== version) throw new AppError("conflict", "Someone changed this rule since you opened it. Reload to see the rule as it is now.");
  const before = figuresOf(current ?? defaultRetentionRule);
  const after = figuresOf(input);
  const changed = fieldsChangedFrom(after, before);
  if (changed.length === 0) return;
  await tx
    .insert(retentionRules)
    .values({ organisationId: actor.organisationId, recordType, ...after, updatedAt: context.now, updatedBy: actor.userId, version: version + 1 })
    .onConflictDoUpdate({
      target: [retentionRules.organisationId, retentionRules.recordType],
      set: { ...after, updatedAt: context.now, updatedBy: actor.userId, version: version + 1 },
    });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "retention.rule_changed",
    entityType: "retention_rule",
    entityId: recordType,
    requestId: context.requestId,
    at: context.now,
    details: { changed, before, after },
  });
}
