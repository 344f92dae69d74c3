/**
 * Changes a funder with the version seen (a stale one is refused, 409), deactivating or
 * reactivating it included. A deactivated funder's commissioners read nothing until it is
 * reactivated; its contracts and their history stay. Audited by field name.
 */
import { eq } from "drizzle-orm";
import type { UpdateFunderBody } from "../../../core/api/reporting-contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { funders } from "../../db/schema.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { funderNameTaken } from "./create-funder.js";
import { findFunderFor, namesakeOf } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateFunder(tx: Db, actor: Actor, funderId: string, input: UpdateFunderBody, context: ReportingWriteContext): Promise<void> {
  authorize(canManageReporting(actor), "Only administrators keep the organisation's funders.");
  const funder = await findFunderFor(tx, actor, funderId, { forUpdate: true });
  if (funder.version !== input.version) throw new AppError("conflict", "Someone else changed this funder since you opened it. Reload and try again.");
  if (await namesakeOf(tx, funders, actor.organisationId, input.name, funder.id)) throw funderNameTaken();
  const next = { name: input.name, kind: input.kind, seesNationalTrends: input.seesNationalTrends, isActive: input.isActive };
  const changed = fieldsChangedFrom(next, funder);
  if (changed.length === 0) return;
  await tx
    .update(funders)
    .set({ ...next, version: funder.version + 1 })
    .where(eq(funders.id, funder.id))
    .catch(refuseOnUniqueViolation("funders_org_name_key", funderNameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: changed.includes("isActive") ? (input.isActive ? "reporting.funder_reactivated" : "reporting.funder_deactivated") : "reporting.funder_updated",
    entityType: "funder",
    entityId: funder.id,
    requestId: context.requestId,
    at: context.now,
    details: { changed },
  });
}
