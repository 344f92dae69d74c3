/**
 * What a contract's input must refer to, checked against the database: a funder of the
 * organisation (an active one when it is newly chosen), the organisation's sites, and programmes
 * it has. Each refusal is a 400 naming the field.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { CreateContractBody } from "../../../core/api/reporting-contracts.js";
import type { Db } from "../../db/client.js";
import { funders, sites } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, type FieldError } from "../../http/errors.js";
import { programmeCodesOf } from "./queries.js";

export const invalidFields = (fields: FieldError[]) => new AppError("validation_failed", "Some of the information is not valid.", { fields });

/** Checks what the contract refers to; `currentFunderId` is the funder it has now (which may stay, even when inactive). Returns the organisation's programme codes. */
export async function checkContractReferences(tx: Db, actor: Actor, input: Pick<CreateContractBody, "funderId" | "siteIds" | "programmeCodes">, currentFunderId: string | null): Promise<string[]> {
  const fields: FieldError[] = [];
  const [funder] = await tx.select({ isActive: funders.isActive }).from(funders).where(and(eq(funders.id, input.funderId), eq(funders.organisationId, actor.organisationId))).limit(1);
  if (!funder) fields.push({ path: "body.funderId", message: "No such funder." });
  else if (!funder.isActive && input.funderId !== currentFunderId) fields.push({ path: "body.funderId", message: "This funder is inactive: reactivate it first." });
  const known = new Set((await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.organisationId, actor.organisationId), inArray(sites.id, input.siteIds)))).map((site) => site.id));
  input.siteIds.forEach((siteId, index) => {
    if (!known.has(siteId)) fields.push({ path: `body.siteIds.${index}`, message: "No such site." });
  });
  const programmeCodes = await programmeCodesOf(tx, actor.organisationId);
  input.programmeCodes.forEach((code, index) => {
    if (!programmeCodes.includes(code)) fields.push({ path: `body.programmeCodes.${index}`, message: "No such programme." });
  });
  if (fields.length > 0) throw invalidFields(fields);
  return programmeCodes;
}
