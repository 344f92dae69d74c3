/**
 * What the "Run a calculation" form offers an administrator: the organisation's sites, programmes
 * and contracts, the last whole month and the last financial year that has ended (the usual period
 * of a report). And the organisation's own names for its outcomes, which reports show in place of
 * the built-in words.
 */
import type { SocialValueOptions } from "../../core/api/social-value.js";
import { lastWholeFinancialYear } from "../../core/social-value/index.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { contractsOf, programmeCodesOf, sitesOf } from "../reporting/contracts/queries.js";
import { reportingLabels } from "../reporting/data-labels.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { readClosureOutcomes } from "../support/vocabulary.js";

/** The actor has been checked as an administrator; the organisation scopes every list. */
export async function socialValueOptions(db: Db, actor: Actor, now: Date): Promise<SocialValueOptions> {
  const [sites, programmeCodes, labels, contracts] = await Promise.all([sitesOf(db, actor.organisationId), programmeCodesOf(db, actor.organisationId), reportingLabels(db, actor.organisationId), contractsOf(db, actor.organisationId)]);
  const lastWholeMonth = lastCompleteMonth(now);
  return {
    sites,
    programmes: programmeCodes.map((code) => ({ code, title: labels.programme?.[code] ?? code })),
    contracts: contracts.map(({ contract, funderName }) => ({ id: contract.id, name: contract.name, funderName, startsOn: contract.startsOn, endsOn: contract.endsOn, hasProgrammes: contract.programmeCodes.length > 0 })),
    lastWholeMonth,
    lastFinancialYear: lastWholeFinancialYear(lastWholeMonth),
  };
}

/** The organisation's own names for outcomes it added or renamed; built-in outcomes are named by the message catalogue. */
export async function outcomeLabelsOf(db: Db, organisationId: string): Promise<Record<string, string>> {
  const outcomes = await readClosureOutcomes(db, organisationId);
  return Object.fromEntries(outcomes.flatMap((outcome) => (outcome.label ? [[outcome.code, outcome.label]] : [])));
}
