/**
 * Whether a KPI fits its contract (core/reporting/contracts.ts kpiProblems: the measure fits the
 * metric, the filter is by the metric's dimensions and the contract's sites and programmes, the
 * targets are for the contract's quarters), as a 400 naming each field.
 */
import type { CreateKpiBody } from "../../../core/api/reporting-contracts.js";
import { kpiProblems } from "../../../core/reporting/contracts.js";
import type { Db } from "../../db/client.js";
import { invalidFields } from "./contract-checks.js";
import { programmeCodesOf, type ContractRow } from "./queries.js";

export async function checkKpiFits(tx: Db, contract: ContractRow, input: CreateKpiBody): Promise<void> {
  const problems = kpiProblems(input, contract, await programmeCodesOf(tx, contract.organisationId));
  if (problems.length > 0) throw invalidFields(problems.map((problem) => ({ path: `body.${problem.path}`, message: problem.message })));
}
