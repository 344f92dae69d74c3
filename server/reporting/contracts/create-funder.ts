/**
 * Adds a funder. Administrators keep the organisation's funders; a second funder with the same
 * name is refused (two records for one council would split its contracts between them).
 */
import type { CreateFunderBody } from "../../../core/api/reporting-contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { funders } from "../../db/schema.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { namesakeOf } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";

export const funderNameTaken = () => new AppError("conflict", "There is already a funder with this name.", { fields: [{ path: "body.name", message: "There is already a funder with this name." }] });

export async function createFunder(tx: Db, actor: Actor, input: CreateFunderBody, context: ReportingWriteContext): Promise<string> {
  authorize(canManageReporting(actor), "Only administrators keep the organisation's funders.");
  if (await namesakeOf(tx, funders, actor.organisationId, input.name, null)) throw funderNameTaken();
  const [funder] = await tx
    .insert(funders)
    .values({ organisationId: actor.organisationId, name: input.name, kind: input.kind, seesNationalTrends: input.seesNationalTrends, createdAt: context.now })
    .returning({ id: funders.id })
    .catch(refuseOnUniqueViolation("funders_org_name_key", funderNameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.funder_added",
    entityType: "funder",
    entityId: funder!.id,
    requestId: context.requestId,
    at: context.now,
    details: { kind: input.kind, seesNationalTrends: input.seesNationalTrends },
  });
  return funder!.id;
}
