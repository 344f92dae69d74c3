/** Removes a unit cost the organisation no longer offers. Administrators only; audited with the cost it had. */
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { serviceUnitCosts } from "../db/funding-schema.js";
import type { Actor } from "../http/context.js";
import { canManageFunding } from "./policy.js";
import { findUnitCostFor } from "./queries.js";
import type { FundingWriteContext } from "./write-context.js";

export async function removeUnitCost(tx: Db, actor: Actor, unitCostId: string, context: FundingWriteContext): Promise<void> {
  authorize(canManageFunding(actor), "Only administrators keep the organisation's unit costs.");
  const unitCost = await findUnitCostFor(tx, actor, unitCostId, { forUpdate: true });
  await tx.delete(serviceUnitCosts).where(eq(serviceUnitCosts.id, unitCost.id));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.unit_cost_removed",
    entityType: "service_unit_cost",
    entityId: unitCost.id,
    requestId: context.requestId,
    at: context.now,
    details: { costPence: unitCost.costPence, derivation: unitCost.derivation },
  });
}
