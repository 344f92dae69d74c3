/**
 * Sets which commissioner accounts sign in for a funder: the whole list, so one request links the
 * new ones and unlinks the rest. Each must be an account of the organisation holding the
 * commissioner role. A commissioner reads one funder's contracts only; one linked to another
 * funder is refused (409) rather than moved, since moving them would quietly show them another
 * funder's figures. Audited with the accounts' ids.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { SetCommissionersBody } from "../../../core/api/reporting-contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { funderCommissioners } from "../../db/schema.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { commissionersOf, findFunderFor } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";

const linkedElsewhere = (paths: string[]) =>
  new AppError("conflict", "A commissioner can sign in for one funder only.", { fields: paths.map((path) => ({ path, message: "Already linked to another funder: unlink them there first." })) });

export async function setCommissioners(tx: Db, actor: Actor, funderId: string, input: SetCommissionersBody, context: ReportingWriteContext): Promise<void> {
  authorize(canManageReporting(actor), "Only administrators link commissioners to funders.");
  const funder = await findFunderFor(tx, actor, funderId, { forUpdate: true });
  const candidates = new Map((await commissionersOf(tx, actor.organisationId, { userIds: input.userIds })).map((link) => [link.userId, link]));
  const unknown = input.userIds.flatMap((userId, index) => (candidates.has(userId) ? [] : [{ path: `body.userIds.${index}`, message: "Not a commissioner of this organisation." }]));
  if (unknown.length > 0) throw new AppError("validation_failed", "Some of the information is not valid.", { fields: unknown });
  const elsewhere = input.userIds.flatMap((userId, index) => (candidates.get(userId)!.funderId ?? funder.id) === funder.id ? [] : [`body.userIds.${index}`]);
  if (elsewhere.length > 0) throw linkedElsewhere(elsewhere);

  const current = (await commissionersOf(tx, actor.organisationId, { funderId: funder.id })).map((link) => link.userId);
  const added = input.userIds.filter((userId) => !current.includes(userId));
  const removed = current.filter((userId) => !input.userIds.includes(userId));
  if (added.length === 0 && removed.length === 0) return;
  if (removed.length > 0) await tx.delete(funderCommissioners).where(and(eq(funderCommissioners.funderId, funder.id), inArray(funderCommissioners.userId, removed)));
  if (added.length > 0) {
    // Two administrators linking one account to two funders at once: the key on the account refuses the second.
    await tx
      .insert(funderCommissioners)
      .values(added.map((userId) => ({ userId, funderId: funder.id, createdAt: context.now })))
      .catch(refuseOnUniqueViolation("funder_commissioners_pkey", () => linkedElsewhere(added.map((userId) => `body.userIds.${input.userIds.indexOf(userId)}`))));
  }
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.funder_commissioners_changed",
    entityType: "funder",
    entityId: funder.id,
    requestId: context.requestId,
    at: context.now,
    details: { added, removed },
  });
}
