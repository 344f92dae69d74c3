/**
 * Changes a unit cost with the version seen (a stale one is refused, 409). The figure the records
 * suggest is never written here: only what the administrator enters. Audited by field name, with
 * the cost before and after when it changed.
 */
import { eq } from "drizzle-orm";
import type { UpdateUnitCostBody } from "../../core/api/funding.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { serviceUnitCosts } from "../db/funding-schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { unitCostNameTaken } from "./create-unit-cost.js";
import { canManageFunding } from "./policy.js";
import { findUnitCostFor, unitCostNamesakeOf } from "./queries.js";
import type { FundingWriteContext } from "./write-context.js";
import { fieldsChangedFrom } from "../db/fields-changed.js";

export async function updateUnitCost(tx: Db, actor: Actor, unitCostId: string, input: UpdateUnitCostBody, context: FundingWriteContext): Promise<void> {
  authorize(canManageFunding(actor), "Only administrators keep the organisation's unit costs.");
  const unitCost = await findUnitCostFor(tx, actor, unitCostId, { forUpdate: true });
  if (unitCost.version !== input.version) throw new AppError("conflict", "Someone else changed this unit cost since you opened it. Reload and try again.");
  if (await unitCostNamesakeOf(tx, actor.organisationId, input.name, unitCost.id)) throw unitCostNameTaken();
  const { version: _version, ...next } = input;
  const changed = fieldsChangedFrom(next, unitCost);
  if (changed.length === 0) return;
  await tx
    .update(serviceUnitCosts)
    .set({ ...next, updatedAt: context.now, version: unitCost.version + 1 })
    .where(eq(serviceUnitCosts.id, unitCost.id))
    .catch(refuseOnUniqueViolation("service_unit_costs_org_name_key", unitCostNameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.unit_cost_updated",
    entityType: "service_unit_cost",
    entityId: unitCost.id,
    requestId: context.requestId,
    at: context.now,
    details: { changed, ...(changed.includes("costPence") ? { fromPence: unitCost.costPence, toPence: input.costPence } : {}) },
  });
}
