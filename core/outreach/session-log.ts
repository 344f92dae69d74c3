/**
 * The checks on logging an outreach session that hold whatever the storage: a headcount whose
 * bands never add up to more than the total, a session that has already happened, and stock that
 * never goes below zero. Pure: the caller gives the levels held and the time now.
 */
import { z } from "zod";
import { headcountAgeBands, headcountGenders } from "./vocabulary.js";

const count = (field: string) =>
  z.number({ message: `${field} must be a number.` }).int({ message: `${field} must be a whole number.` }).min(0, { message: `${field} cannot be negative.` }).max(100_000, { message: `${field} is too large.` });

function bandsWithin(bands: Partial<Record<string, number>> | undefined, total: number, path: string, context: z.RefinementCtx): void {
  // A total that failed its own check already has its message.
  if (bands === undefined || !Number.isInteger(total) || total < 0) return;
  const sum = Object.values(bands ?? {}).reduce<number>((running, value) => running + (value ?? 0), 0);
  if (sum > total) context.addIssue({ code: "custom", path: [path], message: `These add up to ${sum}, more than the ${total} people counted.` });
}

/**
 * How many people a session reached: the total, and optionally how many of them by age band and by
 * gender. A band set may leave people out (not everyone's age is guessed), never add more.
 */
export const headcountSchema = z
  .strictObject({
    total: count("The total"),
    byAgeBand: z.partialRecord(z.enum(headcountAgeBands), count("An age band's count")).optional(),
    byGender: z.partialRecord(z.enum(headcountGenders), count("A gender's count")).optional(),
  })
  .superRefine((headcount, context) => {
    bandsWithin(headcount.byAgeBand, headcount.total, "byAgeBand", context);
    bandsWithin(headcount.byGender, headcount.total, "byGender", context);
  });
export type Headcount = z.infer<typeof headcountSchema>;

/** A session is logged once it has started: never ahead of time. A minute's grace covers clocks that differ. */
export function isLoggableAt(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() <= now.getTime() + 60_000;
}

/** Why a stock level changed: handed out at a session, a delivery arrived, a count corrected it, or it was damaged or lost. */
export const stockMovementReasons = ["handed_out", "delivered", "counted", "written_off"] as const;
export type StockMovementReason = (typeof stockMovementReasons)[number];

export interface StockMovement {
  code: string;
  /** Negative when handed out, positive when delivered. */
  change: number;
}

export type StockResult = { ok: true; levels: Record<string, number> } | { ok: false; problems: { code: string; available: number | null; asked: number }[] };

/**
 * The levels after the movements, or why not: an item the site does not stock, or more handed out
 * than it holds. Movements of one item are added together first, so handing out 6 and 5 kits from
 * 10 is refused as 11 asked of 10.
 */
export function applyStockMovements(levels: Readonly<Record<string, number>>, movements: readonly StockMovement[]): StockResult {
  const totals = new Map<string, number>();
  for (const { code, change } of movements) totals.set(code, (totals.get(code) ?? 0) + change);
  const next = { ...levels };
  const problems: { code: string; available: number | null; asked: number }[] = [];
  for (const [code, change] of totals) {
    const held = levels[code];
    if (held === undefined) problems.push({ code, available: null, asked: -change });
    else if (held + change < 0) problems.push({ code, available: held, asked: -change });
    else next[code] = held + change;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, levels: next };
}
