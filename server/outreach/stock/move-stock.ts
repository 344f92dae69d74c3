/**
 * The one way a stock level changes: every movement is checked by core/outreach/session-log.ts
 * (no item the site does not stock, never below zero), written to the ledger and applied, inside
 * the caller's transaction with the items locked, so two people handing out the last kits at once
 * cannot both succeed. A database check (`level >= 0`) stands behind it.
 */
import { and, eq, inArray } from "drizzle-orm";
import { defaultStockItems } from "../../../core/outreach/vocabulary.js";
import { applyStockMovements, type StockMovementReason } from "../../../core/outreach/session-log.js";
import type { Db } from "../../db/client.js";
import { outreachStockItems, outreachStockMovements } from "../../db/schema.js";
import { AppError } from "../../http/errors.js";

export interface ItemMovement {
  itemId: string;
  /** Negative when stock leaves, positive when it arrives. */
  change: number;
}

export interface MoveStockInput {
  organisationId: string;
  siteId: string;
  actorId: string;
  now: Date;
  reason: StockMovementReason;
  movements: readonly ItemMovement[];
  sessionId?: string | null;
  note?: string;
  /** Where the movements sit in the request, for naming a refused one: `body.resources`. */
  path: string;
}

/** Applies the movements or refuses them all (422) naming each item that cannot move; returns the new levels by item id. */
export async function moveStock(tx: Db, input: MoveStockInput): Promise<Record<string, number>> {
  const moving = input.movements.filter((movement) => movement.change !== 0);
  if (moving.length === 0) return {};
  const ids = [...new Set(moving.map((movement) => movement.itemId))];
  const items = await tx
    .select()
    .from(outreachStockItems)
    .where(and(eq(outreachStockItems.organisationId, input.organisationId), eq(outreachStockItems.siteId, input.siteId), inArray(outreachStockItems.id, ids)))
    .orderBy(outreachStockItems.id)
    .for("update");
  const levels = Object.fromEntries(items.filter((item) => item.isActive).map((item) => [item.id, item.level]));
  const result = applyStockMovements(levels, moving.map((movement) => ({ code: movement.itemId, change: movement.change })));
  if (!result.ok) {
    const index = (itemId: string) => input.movements.findIndex((movement) => movement.itemId === itemId);
    throw new AppError("unprocessable", "Some of these cannot be handed out: there is not enough in stock.", {
      fields: result.problems.map((problem) => ({
        path: `${input.path}.${index(problem.code)}`,
        message: problem.available === null ? "This site does not stock this item." : `Only ${problem.available} in stock; ${problem.asked} asked for.`,
      })),
    });
  }
  for (const item of items) {
    const level = result.levels[item.id];
    if (level === undefined || level === item.level) continue;
    await tx
      .update(outreachStockItems)
      .set({ level, updatedAt: input.now, version: item.version + 1 })
      .where(eq(outreachStockItems.id, item.id));
  }
  await tx.insert(outreachStockMovements).values(
    moving.map((movement) => ({
      organisationId: input.organisationId,
      itemId: movement.itemId,
      change: movement.change,
      reason: input.reason,
      sessionId: input.sessionId ?? null,
      note: input.note ?? "",
      createdBy: input.actorId,
      createdAt: input.now,
    })),
  );
  return Object.fromEntries(ids.map((id) => [id, result.levels[id]!]));
}

/** A site's stock list starts as the standard one (kits, leaflets in the community languages) at zero; read before the list is shown. */
export async function ensureSiteStock(tx: Db, organisationId: string, siteId: string): Promise<void> {
  await tx
    .insert(outreachStockItems)
    .values(defaultStockItems.map((item) => ({ organisationId, siteId, code: item.code, kind: item.kind, language: item.language, updatedAt: new Date(0) })))
    .onConflictDoNothing();
}
