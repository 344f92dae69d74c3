/** A case's outcome rows, for a case the caller has already found in scope (cases/scope.ts). */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { caseOutcomes, users } from "../db/schema.js";

/** A case records a handful of outcomes per closure; the bound only guards against the unexpected. */
const maxOutcomesPerCase = 500;

export async function outcomesOfCase(db: Db, caseId: string) {
  return db
    .select({ outcome: caseOutcomes, recordedByName: users.displayName })
    .from(caseOutcomes)
    .leftJoin(users, eq(users.id, caseOutcomes.recordedBy))
    .where(eq(caseOutcomes.caseId, caseId))
    .orderBy(asc(caseOutcomes.achievedOn), asc(caseOutcomes.recordedAt), asc(caseOutcomes.id))
    .limit(maxOutcomesPerCase);
}
