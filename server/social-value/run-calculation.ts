/**
 * Runs a social-value calculation for a scope and period and stores it whole (issue 10): the
 * outcome counts (counted in SQL, never who), the current catalogue and mapping versions, the
 * settings, the deflator series and the cost of the work go to the core's `calculateSocialValue`;
 * what went in, the result and where the cost came from are kept, numbered within their scope so
 * that later versions sit beside earlier ones. Each is published at once, through the disclosure
 * engine (publish-calculation.ts): the version its printed report shows and, for a contract, its
 * funder's commissioner reads.
 *
 * The prices: uprated to the target year when the deflator series covers every year needed;
 * until an administrator enters it, not uprated, each figure at its own price year, and the
 * result says so (core/social-value/price-basis.ts). No deflator is ever guessed.
 *
 * The cost: the spend recorded at the scope's sites in its months (server/funding), or an amount
 * the administrator enters with a note. Spend is recorded by site, not by programme, so a
 * programme's cost must be entered.
 */
import { sql } from "drizzle-orm";
import type { CostBasis, CostChoice, RunCalculationBody } from "../../core/api/social-value.js";
import type { CalculationInput, DeliveryCost, OutcomeCount } from "../../core/social-value/index.js";
import { calculateSocialValue, priceBasisFor, priceYearOfPeriod } from "../../core/social-value/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { authorize } from "../authz/authorize.js";
import { queryRows, type Db } from "../db/client.js";
import { socialValueCalculations } from "../db/schema.js";
import { costsOfDelivery } from "../funding/costs-of-delivery.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import { readClosureOutcomes } from "../support/vocabulary.js";
import { resolveScope, type ResolvedScope } from "./calculation-scope.js";
import { countOutcomes } from "./count-outcomes.js";
import { canManageSocialValue } from "./policy.js";
import { publishCalculation } from "./publish-calculation.js";
import { currentEntries, currentMappings, readSettings } from "./queries.js";
import type { SocialValueWriteContext } from "./write-context.js";

const refused = (path: string, message: string) => new AppError("validation_failed", message, { fields: [{ path, message }] });

/** The delivery cost and where it came from. */
async function deliveryCostOf(db: Db, organisationId: string, scope: ResolvedScope, months: RunCalculationBody["months"], choice: CostChoice): Promise<{ cost: DeliveryCost; basis: CostBasis }> {
  if (choice.source === "entered") return { cost: { pence: choice.pence, priceYear: choice.priceYear }, basis: { source: "entered", note: choice.note } };
  if (scope.programmeCodes.length > 0) throw refused("body.cost.source", "Spend is recorded by site, not by programme: enter what the programme's work cost.");
  const spend = await costsOfDelivery(db, { organisationId, siteIds: scope.isWholeOrganisation ? null : scope.siteIds, months });
  return {
    cost: { pence: spend.totalPence, priceYear: priceYearOfPeriod(months) },
    basis: { source: "spend", totalPence: spend.totalPence, byCategory: spend.byCategory, organisationWidePence: spend.organisationWidePence },
  };
}

/** Every outcome of the organisation's vocabulary with its count, zeros included, and any other code counted. */
async function countsFor(db: Db, organisationId: string, scope: ResolvedScope, months: RunCalculationBody["months"]): Promise<OutcomeCount[]> {
  const [counted, vocabulary] = await Promise.all([countOutcomes(db, { organisationId, siteIds: scope.siteIds, months, programmeCodes: scope.programmeCodes }), readClosureOutcomes(db, organisationId)]);
  const counts = new Map(vocabulary.map((outcome): [string, number] => [outcome.code, 0]));
  for (const { outcomeCode, count } of counted) counts.set(outcomeCode, count);
  return [...counts].map(([outcomeCode, count]) => ({ outcomeCode, count }));
}

/** The next number in the scope's sequence, with the scope locked so two runs at once cannot take the same one. */
async function nextSequence(tx: Db, organisationId: string, scopeKey: string): Promise<number> {
  await queryRows(tx, sql`select pg_advisory_xact_lock(hashtextextended(${`social_value:${organisationId}:${scopeKey}`}, 0))`);
  const [row] = await queryRows<{ last: number | null }>(
    tx,
    sql`select max(${socialValueCalculations.sequence}) as last from ${socialValueCalculations} where ${socialValueCalculations.organisationId} = ${organisationId} and ${socialValueCalculations.scopeKey} = ${scopeKey}`,
  );
  return Number(row?.last ?? 0) + 1;
}

/** The organisation a calculation is made in, and the administrator recorded as making it. */
export interface CalculationMaker {
  readonly organisationId: string;
  readonly userId: string;
}

export async function runCalculation(tx: Db, actor: Actor, asked: RunCalculationBody, context: SocialValueWriteContext): Promise<string> {
  authorize(canManageSocialValue(actor), "Only administrators run social-value calculations.");
  return makeCalculation(tx, { organisationId: actor.organisationId, userId: actor.userId }, asked, context);
}

/** Makes and stores the calculation, for a caller that has decided who may (the route above, the demo's seeding); its id. */
export async function makeCalculation(tx: Db, maker: CalculationMaker, asked: RunCalculationBody, context: SocialValueWriteContext): Promise<string> {
  const { organisationId } = maker;
  const scope = await resolveScope(tx, organisationId, asked.scope, asked.months);
  const [{ cost, basis }, outcomeCounts, settings, entries, mappings] = await Promise.all([
    deliveryCostOf(tx, organisationId, scope, asked.months, asked.cost),
    countsFor(tx, organisationId, scope, asked.months),
    readSettings(tx, organisationId),
    currentEntries(tx, organisationId),
    currentMappings(tx, organisationId),
  ]);
  const asKept: Omit<CalculationInput, "priceBasis"> = {
    outcomeCounts,
    mappings: mappings.map((row) => ({ outcomeCode: row.outcomeCode, version: row.version, lines: row.lines })),
    catalogue: entries.map((row) => row.entry),
    deflators: settings.deflators,
    targetPriceYear: settings.targetPriceYear ?? priceYearOfPeriod(asked.months),
    discounting: settings.discounting,
    optimismBias: settings.optimismBias,
    deliveryCost: cost,
  };
  const input: CalculationInput = { ...asKept, priceBasis: priceBasisFor(asKept) };
  const outcome = calculateSocialValue(input);
  if (!outcome.ok) {
    // Only a mapping or catalogue entry in a state the forms refuse can cause this; say what to fix.
    throw new AppError("unprocessable", `The calculation cannot be made: ${outcome.problems.map((problem) => problem.message).join(" ")}`);
  }
  // Every calculation is published as it is made, so that any report of it that leaves the
  // organisation (its PDF, a contract's commissioner) shows counts checked against every release.
  const published = await publishCalculation(tx, outcome.result, { organisationId, months: asked.months, siteIds: scope.siteIds, programmeCodes: scope.programmeCodes });
  const sequence = await nextSequence(tx, organisationId, scope.scopeKey);
  const [row] = await tx
    .insert(socialValueCalculations)
    .values({
      organisationId,
      scope: asked.scope,
      scopeKey: scope.scopeKey,
      monthFrom: asked.months.from,
      monthTo: asked.months.to,
      siteId: asked.scope.kind === "sites" ? asked.scope.siteId : null,
      contractId: asked.scope.kind === "contract" ? asked.scope.contractId : null,
      programmeCode: asked.scope.kind === "sites" ? asked.scope.programmeCode : null,
      sequence,
      input,
      result: outcome.result,
      costBasis: basis,
      published: published.published,
      publishedCounts: published.counts,
      createdBy: maker.userId,
      createdAt: context.now,
    })
    .returning({ id: socialValueCalculations.id });
  await recordAudit(tx, {
    organisationId,
    actorUserId: maker.userId,
    action: "social_value.calculation_run",
    entityType: "social_value_calculation",
    entityId: row!.id,
    requestId: context.requestId,
    at: context.now,
    details: { scopeKey: scope.scopeKey, sequence, priceBasis: input.priceBasis, hidden: published.published.hidden?.outcomeCodes.length ?? 0 },
  });
  return row!.id;
}
