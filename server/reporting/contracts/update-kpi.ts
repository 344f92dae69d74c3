/**
 * Changes a KPI with the version read with it (a digest of its content: a KPI changed meanwhile
 * is refused, 409), once it is checked to fit the contract. Audited by field name.
 */
import { eq } from "drizzle-orm";
import type { UpdateKpiBody } from "../../../core/api/reporting-contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { contractKpis } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { checkKpiFits } from "./kpi-checks.js";
import { kpiVersionOf } from "./presenter.js";
import { findContractFor, findKpiOf } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateKpi(tx: Db, actor: Actor, contractId: string, kpiId: string, input: UpdateKpiBody, context: ReportingWriteContext): Promise<void> {
  authorize(canManageReporting(actor), "Only administrators keep contracts' KPIs.");
  const contract = await findContractFor(tx, actor, contractId);
  const kpi = await findKpiOf(tx, contract, kpiId, { forUpdate: true });
  if (kpiVersionOf(kpi) !== input.version) throw new AppError("conflict", "Someone else changed this KPI since you opened it. Reload and try again.");
  await checkKpiFits(tx, contract, input);
  const { version: _version, ...next } = input;
  // Deep equality, not JSON text: jsonb hands objects back with their keys in its own order.
  const changed = fieldsChangedFrom(next, kpi);
  if (changed.length === 0) return;
  await tx
    .update(contractKpis)
    .set({ ...next, filter: next.filter })
    .where(eq(contractKpis.id, kpi.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.kpi_updated",
    entityType: "contract_kpi",
    entityId: kpi.id,
    requestId: context.requestId,
    at: context.now,
    details: { contractId: contract.id, changed },
  });
}
