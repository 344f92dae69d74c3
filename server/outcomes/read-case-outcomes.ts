/** Opening a case's outcomes: for anyone who sees the case, evidence decrypted, audited as a read of client data. */
import type { CaseOutcomeList } from "../../core/api/case-outcomes.js";
import { recordAudit } from "../audit/record-audit.js";
import { findCaseFor } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { outcomeFields } from "./fields.js";
import { canAddOutcomes } from "./policy.js";
import { presentCaseOutcome } from "./presenter.js";
import { outcomesOfCase } from "./queries.js";

export async function readCaseOutcomes(tx: Db, actor: Actor, caseId: string, context: { vault: Vault; now: Date; requestId: string }): Promise<CaseOutcomeList> {
  const { kase, isBreakGlass } = await findCaseFor(tx, actor, caseId, context.now);
  const rows = await outcomesOfCase(tx, kase.id);
  const key = rows.length > 0 ? await context.vault.loadSubjectKey(tx, kase.clientId) : null;
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: isBreakGlass ? "case.outcomes_read_break_glass" : "case.outcomes_read",
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { count: rows.length },
  });
  return {
    items: rows.map((row) => presentCaseOutcome(row.outcome, key ? context.vault.decrypt(key, outcomeFields.evidence, row.outcome.evidence) : "", row.recordedByName)),
    abilities: { add: canAddOutcomes(actor, { kase, isBreakGlass }) },
  };
}
