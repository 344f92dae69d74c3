/**
 * Removes a KPI from a contract. Returns already released keep their own copy of what they
 * published, so removing a KPI changes no release. Audited with what it measured.
 */
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { contractKpis } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { canManageReporting } from "../policy.js";
import { findContractFor, findKpiOf } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";

export async function deleteKpi(tx: Db, actor: Actor, contractId: string, kpiId: string, context: ReportingWriteContext): Promise<void> {
  authorize(canManageReporting(actor), "Only administrators keep contracts' KPIs.");
  const contract = await findContractFor(tx, actor, contractId);
  const kpi = await findKpiOf(tx, contract, kpiId, { forUpdate: true });
  await tx.delete(contractKpis).where(eq(contractKpis.id, kpi.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.kpi_removed",
    entityType: "contract_kpi",
    entityId: kpi.id,
    requestId: context.requestId,
    at: context.now,
    details: { contractId: contract.id, metric: kpi.metric, measure: kpi.measure },
  });
}
