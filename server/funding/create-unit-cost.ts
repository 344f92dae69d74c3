/**
 * Adds the unit cost of one of the organisation's services: its name and unit, the cost, how it
 * was worked out, and what the records may suggest it from. Administrators only; a second unit
 * cost with the same name is refused (409), so the calculator never offers two of one service.
 */
import type { CreateUnitCostBody } from "../../core/api/funding.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import { serviceUnitCosts } from "../db/funding-schema.js";
import { refuseOnUniqueViolation } from "../db/unique-violation.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { canManageFunding } from "./policy.js";
import { unitCostNamesakeOf } from "./queries.js";
import type { FundingWriteContext } from "./write-context.js";

export const unitCostNameTaken = () => new AppError("conflict", "There is already a unit cost with this name.", { fields: [{ path: "body.name", message: "There is already a unit cost with this name." }] });

export async function createUnitCost(tx: Db, actor: Actor, input: CreateUnitCostBody, context: FundingWriteContext): Promise<string> {
  authorize(canManageFunding(actor), "Only administrators keep the organisation's unit costs.");
  if (await unitCostNamesakeOf(tx, actor.organisationId, input.name, null)) throw unitCostNameTaken();
  const [unitCost] = await tx
    .insert(serviceUnitCosts)
    .values({ organisationId: actor.organisationId, ...input, createdAt: context.now, updatedAt: context.now })
    .returning({ id: serviceUnitCosts.id })
    .catch(refuseOnUniqueViolation("service_unit_costs_org_name_key", unitCostNameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "funding.unit_cost_added",
    entityType: "service_unit_cost",
    entityId: unitCost!.id,
    requestId: context.requestId,
    at: context.now,
    details: { costPence: input.costPence, derivation: input.derivation },
  });
  return unitCost!.id;
}
