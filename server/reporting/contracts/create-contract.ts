/**
 * Adds a contract: what a funder pays for, over which period, at which sites and for which
 * programmes. Administrators only; a second contract with the same name is refused (409).
 */
import type { CreateContractBody } from "../../../core/api/reporting-contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { contracts } from "../../db/schema.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { checkContractReferences } from "./contract-checks.js";
import { namesakeOf } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";

export const contractNameTaken = () => new AppError("conflict", "There is already a contract with this name.", { fields: [{ path: "body.name", message: "There is already a contract with this name." }] });

export async function createContract(tx: Db, actor: Actor, input: CreateContractBody, context: ReportingWriteContext): Promise<string> {
  authorize(canManageReporting(actor), "Only administrators keep the organisation's contracts.");
  await checkContractReferences(tx, actor, input, null);
  if (await namesakeOf(tx, contracts, actor.organisationId, input.name, null)) throw contractNameTaken();
  const [contract] = await tx
    .insert(contracts)
    .values({
      organisationId: actor.organisationId,
      funderId: input.funderId,
      name: input.name,
      reference: input.reference,
      valuePence: input.valuePence,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      siteIds: input.siteIds,
      programmeCodes: input.programmeCodes,
      createdAt: context.now,
    })
    .returning({ id: contracts.id })
    .catch(refuseOnUniqueViolation("contracts_org_name_key", contractNameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.contract_added",
    entityType: "contract",
    entityId: contract!.id,
    requestId: context.requestId,
    at: context.now,
    details: { funderId: input.funderId, siteIds: input.siteIds, programmeCodes: input.programmeCodes, startsOn: input.startsOn, endsOn: input.endsOn },
  });
  return contract!.id;
}
