/** The fields of grants, spend entries and unit costs that leave the server (to administrators). */
import type { GrantView, SpendView, UnitCostView } from "../../core/api/funding.js";
import type { GrantWithTotals, SpendRow, UnitCostRow } from "./queries.js";

export function presentGrant({ grant, funderName, spentPence }: GrantWithTotals): GrantView {
  return {
    id: grant.id,
    funderId: grant.funderId,
    funderName,
    purpose: grant.purpose,
    amountPence: grant.amountPence,
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    endedOn: grant.endedOn,
    restrictions: grant.restrictions,
    siteIds: grant.siteIds,
    programmeCodes: grant.programmeCodes,
    isDisclosed: grant.isDisclosed,
    isAmountDisclosed: grant.isAmountDisclosed,
    spentPence,
    createdAt: grant.createdAt.toISOString(),
    version: grant.version,
  };
}

export function presentSpend(spend: SpendRow): SpendView {
  return {
    id: spend.id,
    month: spend.month,
    siteId: spend.siteId,
    category: spend.category,
    amountPence: spend.amountPence,
    description: spend.description,
    grantId: spend.grantId,
    createdAt: spend.createdAt.toISOString(),
    updatedAt: spend.updatedAt.toISOString(),
    version: spend.version,
  };
}

export function presentUnitCost(unitCost: UnitCostRow): UnitCostView {
  return {
    id: unitCost.id,
    name: unitCost.name,
    unit: unitCost.unit,
    costPence: unitCost.costPence,
    basis: unitCost.basis,
    derivation: unitCost.derivation,
    createdAt: unitCost.createdAt.toISOString(),
    version: unitCost.version,
  };
}
