/**
 * What a spend entry must refer to and when it may be for, checked against the database: a month
 * that has begun (spend planned is not spend), a site of the organisation, and a grant of the
 * organisation that runs in that month and supports that site. Each refusal is a 400 naming the field.
 */
import { and, eq } from "drizzle-orm";
import type { RecordSpendBody } from "../../core/api/funding.js";
import { chargeProblem, chargeProblemMessages } from "../../core/funding/grants.js";
import type { Db } from "../db/client.js";
import { fundingGrants } from "../db/funding-schema.js";
import { sites } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { FieldError } from "../http/errors.js";
import { invalidFields } from "../reporting/contracts/contract-checks.js";

/** `YYYY-MM` of `now` in London. */
export const londonMonthOf = (now: Date): string => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit" }).format(now).slice(0, 7);

export async function checkSpendReferences(tx: Db, actor: Actor, input: Pick<RecordSpendBody, "month" | "siteId" | "grantId">, now: Date): Promise<void> {
  const fields: FieldError[] = [];
  if (input.month > londonMonthOf(now)) fields.push({ path: "body.month", message: "Record spend for a month that has begun." });
  if (input.siteId !== null) {
    const [site] = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.id, input.siteId), eq(sites.organisationId, actor.organisationId))).limit(1);
    if (!site) fields.push({ path: "body.siteId", message: "No such site." });
  }
  if (input.grantId !== null) {
    const [grant] = await tx
      .select({ startsOn: fundingGrants.startsOn, endsOn: fundingGrants.endsOn, endedOn: fundingGrants.endedOn, siteIds: fundingGrants.siteIds })
      .from(fundingGrants)
      .where(and(eq(fundingGrants.id, input.grantId), eq(fundingGrants.organisationId, actor.organisationId)))
      .limit(1);
    const problem = grant ? chargeProblem(grant, { month: input.month, siteId: input.siteId }) : null;
    if (!grant) fields.push({ path: "body.grantId", message: "No such grant." });
    else if (problem) fields.push({ path: "body.grantId", message: chargeProblemMessages[problem] });
  }
  if (fields.length > 0) throw invalidFields(fields);
}
