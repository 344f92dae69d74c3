/** Adds a KPI to a contract, after the others, once it is checked to fit the contract. Administrators only. */
import type { CreateKpiBody } from "../../../core/api/reporting-contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { contractKpis } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { checkKpiFits } from "./kpi-checks.js";
import { findContractFor, kpisOf, maxKpisPerContract } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";

export async function createKpi(tx: Db, actor: Actor, contractId: string, input: CreateKpiBody, context: ReportingWriteContext): Promise<string> {
  authorize(canManageReporting(actor), "Only administrators keep contracts' KPIs.");
  // Locking the contract orders concurrent additions, so each takes the next position.
  const contract = await findContractFor(tx, actor, contractId, { forUpdate: true });
  await checkKpiFits(tx, contract, input);
  const existing = await kpisOf(tx, contract.id);
  if (existing.length >= maxKpisPerContract) throw new AppError("conflict", `A contract has at most ${maxKpisPerContract} KPIs.`);
  const position = Math.max(-1, ...existing.map((kpi) => kpi.position)) + 1;
  const [kpi] = await tx
    .insert(contractKpis)
    .values({
      organisationId: actor.organisationId,
      contractId: contract.id,
      label: input.label,
      metric: input.metric,
      measure: input.measure,
      direction: input.direction,
      filter: input.filter as Record<string, string[]>,
      targets: input.targets,
      position,
      createdAt: context.now,
    })
    .returning({ id: contractKpis.id });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.kpi_added",
    entityType: "contract_kpi",
    entityId: kpi!.id,
    requestId: context.requestId,
    at: context.now,
    details: { contractId: contract.id, metric: input.metric, measure: input.measure, direction: input.direction, quarters: Object.keys(input.targets) },
  });
  return kpi!.id;
}
