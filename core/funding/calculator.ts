/**
 * "What would £15,000 fund?" (issue 10), in whole pence: how many of each of the organisation's
 * services the amount pays for alone; what a chosen mix of services costs and what is left; and a
 * few balanced mixes to start from. Pure and exact: no floating point touches money except the
 * shares of a weighted mix, which are floored to pence before anything is bought with them.
 */

/** A service with its unit cost, e.g. one outreach session at £150. */
export interface CostedService {
  readonly id: string;
  /** At least 1 penny; a service that costs nothing is never offered. */
  readonly costPence: number;
}

export interface Line {
  readonly id: string;
  readonly quantity: number;
  readonly subtotalPence: number;
}

/** The most of any one service a mix holds: far more than any grant pays for, and a bound on the arithmetic. */
export const largestQuantity = 1_000_000;

const priced = (services: readonly CostedService[]) => services.filter((service) => Number.isSafeInteger(service.costPence) && service.costPence > 0);

/** How many of each service `amountPence` pays for on its own, and what is left over. */
export function fundableAlone(amountPence: number, services: readonly CostedService[]): { id: string; quantity: number; leftPence: number }[] {
  const amount = Math.max(0, Math.floor(amountPence));
  return priced(services).map((service) => {
    const quantity = Math.floor(amount / service.costPence);
    return { id: service.id, quantity, leftPence: amount - quantity * service.costPence };
  });
}

/** A mix of services against an amount: each line, the total, and what is left (negative when over). */
export interface Mix {
  readonly lines: readonly Line[];
  readonly totalPence: number;
  readonly leftPence: number;
}

/** A line of a chosen mix, with how many more of it the amount left would still buy. */
export interface PricedLine extends Line {
  readonly moreAffordable: number;
}

/**
 * What a chosen mix costs against `amountPence`. Quantities missing, negative or not whole count
 * as none; each line says how many more of it the amount left would still buy (0 when over).
 */
export function priceMix(amountPence: number, services: readonly CostedService[], quantities: Readonly<Record<string, number>>): { lines: PricedLine[]; totalPence: number; leftPence: number } {
  const counted = priced(services).map((service) => {
    const asked = quantities[service.id] ?? 0;
    const quantity = Number.isInteger(asked) && asked > 0 ? Math.min(asked, largestQuantity) : 0;
    return { service, quantity, subtotalPence: quantity * service.costPence };
  });
  const totalPence = counted.reduce((sum, line) => sum + line.subtotalPence, 0);
  const leftPence = Math.floor(amountPence) - totalPence;
  return {
    lines: counted.map(({ service, quantity, subtotalPence }) => ({ id: service.id, quantity, subtotalPence, moreAffordable: leftPence > 0 ? Math.floor(leftPence / service.costPence) : 0 })),
    totalPence,
    leftPence,
  };
}

/** How a suggested mix was chosen. */
export const mixStrategies = ["equal_money", "equal_numbers", "recorded_spend"] as const;
export type MixStrategy = (typeof mixStrategies)[number];

export interface SuggestedMix extends Mix {
  readonly strategy: MixStrategy;
}

/**
 * A few balanced mixes for `amountPence`, each over the services it can afford at least one of
 * (one costing more than the whole amount is left at none):
 *
 * - `equal_money`: each service gets an equal share of the money and as many as its share buys.
 * - `equal_numbers`: the same number of each, as many as the amount allows, then one more of each
 *   that still fits, cheapest first, so no two counts differ by more than one.
 * - `recorded_spend`: shares in proportion to `weights` (the organisation's recorded spend on each
 *   service's category), for the services with a weight above zero; left out when none has one.
 *
 * The share strategies then spend what is left by raising every service's share by the same sum
 * until nothing more fits (a service whose next one no longer fits stops, the others go on), so
 * little is left unless only costly services remain. A mix that repeats an earlier one is left out.
 */
export function suggestedMixes(amountPence: number, services: readonly CostedService[], weights: Readonly<Record<string, number>> = {}): SuggestedMix[] {
  const amount = Math.max(0, Math.floor(amountPence));
  const affordable = priced(services).filter((service) => service.costPence <= amount);
  if (affordable.length === 0) return [];
  const weighted = affordable.filter((service) => (weights[service.id] ?? 0) > 0);
  const candidates: [MixStrategy, Map<string, number>][] = [
    ["equal_money", byShares(amount, affordable.map((service) => ({ service, weight: 1 })))],
    ["equal_numbers", byEqualNumbers(amount, affordable)],
  ];
  if (weighted.length > 0) candidates.push(["recorded_spend", byShares(amount, weighted.map((service) => ({ service, weight: weights[service.id]! })))]);

  const mixes: SuggestedMix[] = [];
  for (const [strategy, quantities] of candidates) {
    const lines = priced(services).map((service) => {
      const quantity = quantities.get(service.id) ?? 0;
      return { id: service.id, quantity, subtotalPence: quantity * service.costPence };
    });
    const totalPence = lines.reduce((sum, line) => sum + line.subtotalPence, 0);
    const key = lines.map((line) => line.quantity).join(",");
    if (mixes.some((mix) => mix.lines.map((line) => line.quantity).join(",") === key)) continue;
    mixes.push({ strategy, lines, totalPence, leftPence: amount - totalPence });
  }
  return mixes;
}

/** The same number of each; then one more of each that still fits, cheapest first (ties in the order given). */
function byEqualNumbers(amount: number, services: readonly CostedService[]): Map<string, number> {
  const allOnce = services.reduce((sum, service) => sum + service.costPence, 0);
  const each = Math.min(largestQuantity, Math.floor(amount / allOnce));
  const quantities = new Map(services.map((service) => [service.id, each]));
  let left = amount - each * allOnce;
  const cheapestFirst = services.map((service, index) => ({ service, index })).sort((a, b) => a.service.costPence - b.service.costPence || a.index - b.index);
  for (const { service } of cheapestFirst) {
    if (service.costPence > left) continue;
    quantities.set(service.id, each + 1);
    left -= service.costPence;
  }
  return quantities;
}

/**
 * Shares of `amount` by weight, each floored to pence; every service then buys as many as its
 * share raised by a common extra sum allows, the extra as large as the mix still fits (found by
 * halving: the cost only grows with it). A service whose next one no longer fits in what is left
 * stops there and the others rise on without it. Where two services' next ones would each fit
 * alone but not together, the one furthest below its share gets its next one first.
 */
function byShares(amount: number, parts: readonly { service: CostedService; weight: number }[]): Map<string, number> {
  // Whole-number weights and exact integer division: a share never rounds up past its pence.
  const weights = parts.map((part) => BigInt(Math.max(1, Math.round(part.weight))));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
  const shares = weights.map((weight) => Number((BigInt(amount) * weight) / totalWeight));
  const quantities = parts.map(() => 0);
  const costOf = (counts: readonly number[]) => counts.reduce((sum, quantity, index) => sum + quantity * parts[index]!.service.costPence, 0);
  let extra = 0;
  // Each round either raises the extra past a purchase, or buys one more where two collide: a
  // handful of rounds in practice; the bound only guards against a pathological list of costs.
  for (let round = 0; round < 10_000; round += 1) {
    const left = amount - costOf(quantities);
    const open = parts.map((part, index) => part.service.costPence <= left && quantities[index]! < largestQuantity);
    if (!open.includes(true)) break;
    const countsAt = (level: number) =>
      quantities.map((quantity, index) => (open[index] ? Math.min(largestQuantity, Math.max(quantity, Math.floor((shares[index]! + level) / parts[index]!.service.costPence))) : quantity));
    let low = extra;
    let high = amount;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (costOf(countsAt(middle)) <= amount) low = middle;
      else high = middle - 1;
    }
    extra = low;
    const raised = countsAt(extra);
    if (raised.some((quantity, index) => quantity !== quantities[index])) {
      raised.forEach((quantity, index) => (quantities[index] = quantity));
      continue;
    }
    const furthestBelow = parts
      .map((part, index) => ({ index, shortfall: shares[index]! - quantities[index]! * part.service.costPence }))
      .filter(({ index }) => open[index])
      .sort((a, b) => b.shortfall - a.shortfall || a.index - b.index)[0]!;
    quantities[furthestBelow.index]! += 1;
  }
  return new Map(parts.map((part, index) => [part.service.id, quantities[index]!]));
}
