/**
 * Changes a contract with the version seen (a stale one is refused, 409). A change that would
 * leave one of its KPIs with a target outside the period, or a filter by a site or programme it no
 * longer covers, is refused naming the contract's field, so a KPI never quietly stops meaning
 * what it said. Audited by field name.
 */
import { eq } from "drizzle-orm";
import type { UpdateContractBody } from "../../../core/api/reporting-contracts.js";
import { contractChangeProblems, type KpiShape } from "../../../core/reporting/contracts.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { contracts } from "../../db/schema.js";
import { refuseOnUniqueViolation } from "../../db/unique-violation.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { canManageReporting } from "../policy.js";
import { checkContractReferences, invalidFields } from "./contract-checks.js";
import { contractNameTaken } from "./create-contract.js";
import { findContractFor, kpisOf, namesakeOf } from "./queries.js";
import type { ReportingWriteContext } from "./write-context.js";
import { fieldsChangedFrom } from "../../db/fields-changed.js";

export async function updateContract(tx: Db, actor: Actor, contractId: string, input: UpdateContractBody, context: ReportingWriteContext): Promise<void> {
  authorize(canManageReporting(actor), "Only administrators keep the organisation's contracts.");
  const contract = await findContractFor(tx, actor, contractId, { forUpdate: true });
  if (contract.version !== input.version) throw new AppError("conflict", "Someone else changed this contract since you opened it. Reload and try again.");
  const programmeCodes = await checkContractReferences(tx, actor, input, contract.funderId);
  const kpis = (await kpisOf(tx, contract.id)).map((kpi) => ({ ...kpi, measure: kpi.measure as KpiShape["measure"] }));
  const problems = contractChangeProblems(kpis, input, programmeCodes);
  if (problems.length > 0) throw invalidFields(problems.map((problem) => ({ path: `body.${problem.path}`, message: problem.message })));
  if (await namesakeOf(tx, contracts, actor.organisationId, input.name, contract.id)) throw contractNameTaken();

  const { version: _version, ...next } = input;
  const changed = fieldsChangedFrom(next, contract);
  if (changed.length === 0) return;
  await tx
    .update(contracts)
    .set({ ...next, version: contract.version + 1 })
    .where(eq(contracts.id, contract.id))
    .catch(refuseOnUniqueViolation("contracts_org_name_key", contractNameTaken));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.contract_updated",
    entityType: "contract",
    entityId: contract.id,
    requestId: context.requestId,
    at: context.now,
    details: { changed, ...(changed.includes("funderId") ? { fromFunderId: contract.funderId, toFunderId: input.funderId } : {}) },
  });
}
