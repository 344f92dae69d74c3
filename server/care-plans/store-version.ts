/**
 * Writes a plan version: its content and reason sealed under the client's key. Creating and revising
 * a plan, the demo and the tests' factories all write through here, so a stored version always looks
 * the same. Versions are never changed afterwards (the database refuses it).
 */
import type { CarePlanVersion } from "../../core/support/care-plan.js";
import type { Db } from "../db/client.js";
import { carePlanVersions } from "../db/schema.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { Vault } from "../vault/vault.js";
import { carePlanFields } from "./fields.js";
import type { CarePlanRow } from "./queries.js";

export async function storeVersion(
  tx: Db,
  vault: Vault,
  key: SubjectKey,
  plan: Pick<CarePlanRow, "id" | "organisationId" | "caseId">,
  version: CarePlanVersion,
  options: { basedOnAssessmentId?: string | undefined; at: Date },
): Promise<void> {
  await tx.insert(carePlanVersions).values({
    organisationId: plan.organisationId,
    carePlanId: plan.id,
    caseId: plan.caseId,
    version: version.version,
    createdOn: version.createdOn,
    content: vault.encrypt(key, carePlanFields.content, JSON.stringify(version.content)),
    reason: version.reason ? vault.encrypt(key, carePlanFields.reason, version.reason) : null,
    basedOnAssessmentId: options.basedOnAssessmentId ?? null,
    createdBy: version.createdBy,
    createdAt: options.at,
  });
}
