/**
 * Checks a plan before it is stored, beyond its schema: the core's checks across its parts
 * (`loadCarePlan`: ids, goals served, dates, the organisation's intervention types), and that every
 * worker named to deliver support is a member of staff who can see the case. Each problem is a
 * field error naming where it is, e.g. `content.interventions.1.typeCode`.
 */
import { loadCarePlan, type CarePlanContent } from "../../core/support/care-plan.js";
import type { CaseRow } from "../cases/queries.js";
import type { Db } from "../db/client.js";
import { AppError, type FieldError } from "../http/errors.js";
import { readInterventionTypes, usableCodes } from "../support/vocabulary.js";
import { workersWhoSeeCase } from "./queries.js";

/** The core's problems read `path: message` (the path dotted, or "(plan)" for the whole plan); `prefix` is where that input sits in the body. */
export function problemsAsFields(problems: readonly string[], prefix: string): FieldError[] {
  return problems.map((problem) => {
    const at = problem.indexOf(": ");
    const path = at > 0 ? problem.slice(0, at) : "";
    const message = at > 0 ? problem.slice(at + 2) : problem;
    const isWhole = path === "" || path.startsWith("(");
    return { path: isWhole ? prefix : prefix === "" ? path : `${prefix}.${path}`, message };
  });
}

/** Well-formed input naming things that do not fit the plan or the case (422), each problem by its field. */
export const fieldsError = (message: string, fields: FieldError[]): AppError => new AppError("unprocessable", message, { fields });

/**
 * Answers the checked content, or throws naming every problem. `stillUsable` are codes the plan
 * already uses: a type the organisation has since retired may stay on the plan it was chosen for.
 */
export async function checkPlan(tx: Db, kase: CaseRow, content: unknown, options: { planDate: string; stillUsable?: readonly string[] }): Promise<CarePlanContent> {
  const types = usableCodes(await readInterventionTypes(tx, kase.organisationId));
  const loaded = loadCarePlan(content, { knownInterventionTypes: [...types, ...(options.stillUsable ?? [])], planDate: options.planDate });
  if (!loaded.ok) throw fieldsError("The care plan has problems; nothing was saved.", problemsAsFields(loaded.problems, "content"));
  const allowed = new Set((await workersWhoSeeCase(tx, kase)).map((worker) => worker.userId));
  const outsiders = loaded.plan.interventions.flatMap((intervention, i): FieldError[] =>
    "workerId" in intervention.deliveredBy && !allowed.has(intervention.deliveredBy.workerId)
      ? [{ path: `content.interventions.${i}.deliveredBy.workerId`, message: "This person cannot see this case. Choose someone who works on it, or name a partner organisation." }]
      : [],
  );
  if (outsiders.length > 0) throw fieldsError("The care plan names someone who cannot see this case; nothing was saved.", outsiders);
  return loaded.plan;
}
