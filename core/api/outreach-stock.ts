/**
 * Request and response shapes for a site's stock of outreach resources: the items with their
 * levels and what went out lately, adding and changing an item, recording a delivery, a count or
 * a write-off, and an item's ledger. Handing out happens when a session is logged
 * (outreach-sessions.ts). The web forms validate with the same schemas.
 */
import { z } from "zod";
import { stockMovementReasons } from "../outreach/session-log.js";
import { outreachSessionTypes, resourceKinds } from "../outreach/vocabulary.js";
import { supportLanguages } from "../referrals/vocabulary.js";
import { displayTextSchema, idSchema, pageOf, pageQuerySchema } from "./common.js";

export { resourceKinds, stockMovementReasons, supportLanguages };

/** The most of anything a site holds or moves at once: a mistyped extra zero is refused, not stored. */
export const maxStockQuantity = 100_000;
/** "Handed out lately" looks back this many days. */
export const handedOutWindowDays = 30;

const quantity = (field: string, min: number) =>
  z
    .number({ message: `${field} must be a number.` })
    .int({ message: `${field} must be a whole number.` })
    .min(min, { message: min === 0 ? `${field} cannot be negative.` : `${field} must be at least ${min}.` })
    .max(maxStockQuantity, { message: `${field} is too large.` });
const note = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

export const stockItemParamsSchema = z.strictObject({ itemId: idSchema });

export const stockItemSchema = z.object({
  id: idSchema,
  code: z.string(),
  kind: z.enum(resourceKinds),
  language: z.string().nullable(),
  /** The site's own name for an item it added; null for the standard list, named by the app. */
  label: z.string().nullable(),
  /** One of the standard items every site starts with (it keeps the app's name unless renamed). */
  isStandard: z.boolean(),
  level: z.number().int(),
  lowAt: z.number().int(),
  /** Active and at or below its low-at level. */
  isRunningLow: z.boolean(),
  /** Handed out at sessions in the last 30 days. */
  handedOutRecently: z.number().int(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type StockItemView = z.infer<typeof stockItemSchema>;

export const stockListSchema = z.object({
  siteId: idSchema,
  items: z.array(stockItemSchema),
  abilities: z.object({ manage: z.boolean() }),
});
export type StockList = z.infer<typeof stockListSchema>;

/** A site's own item: a poster, a kit of another kind, a leaflet on one subject in one language. */
export const createStockItemBodySchema = z
  .strictObject({
    siteId: idSchema,
    kind: z.enum(resourceKinds),
    /** For leaflets: the language it is written in; null for anything else. */
    language: z.enum(supportLanguages).nullable(),
    label: displayTextSchema(80),
    lowAt: quantity("The low-at level", 0),
  })
  .superRefine((item, context) => {
    if (item.kind === "leaflet" && item.language === null) context.addIssue({ code: "custom", path: ["language"], message: "Say which language the leaflet is in." });
    if (item.kind !== "leaflet" && item.language !== null) context.addIssue({ code: "custom", path: ["language"], message: "Only leaflets have a language." });
  });
export type CreateStockItemBody = z.infer<typeof createStockItemBodySchema>;

/** Renaming (null: back to the app's name, for a standard item), the low-at level, and whether it is still stocked; with the version seen. */
export const updateStockItemBodySchema = z.strictObject({
  label: displayTextSchema(80).nullable(),
  lowAt: quantity("The low-at level", 0),
  isActive: z.boolean(),
  version: z.number().int().min(1),
});
export type UpdateStockItemBody = z.infer<typeof updateStockItemBodySchema>;

/**
 * A change to an item's level recorded by hand: a delivery arrived (added), the shelf was counted
 * (the level set to the count; the ledger keeps the difference), or some were lost or damaged
 * (taken away, with a note saying what happened).
 */
export const recordStockMovementBodySchema = z.discriminatedUnion("reason", [
  z.strictObject({ reason: z.literal("delivered"), itemId: idSchema, quantity: quantity("The quantity", 1), note: note(500) }),
  z.strictObject({ reason: z.literal("counted"), itemId: idSchema, countedLevel: quantity("The count", 0), note: note(500) }),
  z.strictObject({
    reason: z.literal("written_off"),
    itemId: idSchema,
    quantity: quantity("The quantity", 1),
    note: note(500).min(1, { message: "Say why they were written off." }),
  }),
]);
export type RecordStockMovementBody = z.infer<typeof recordStockMovementBodySchema>;

export const stockMovementSchema = z.object({
  id: idSchema,
  at: z.iso.datetime(),
  /** Negative when stock left, positive when it arrived. */
  change: z.number().int(),
  /** The level just after this movement. */
  levelAfter: z.number().int(),
  reason: z.enum(stockMovementReasons),
  note: z.string(),
  /** Who recorded it; null when their account is not one of the organisation's (a system step). */
  by: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  /** The session it was handed out at. */
  session: z.object({ id: idSchema, startsAt: z.iso.datetime(), sessionType: z.enum(outreachSessionTypes), place: z.string() }).nullable(),
});
export type StockMovementView = z.infer<typeof stockMovementSchema>;

export const recordedMovementSchema = z.object({
  item: stockItemSchema,
  /** Null when a count matched the level: nothing moved. */
  movement: stockMovementSchema.nullable(),
});
export type RecordedMovement = z.infer<typeof recordedMovementSchema>;

export const stockLedgerQuerySchema = pageQuerySchema;
export const stockLedgerSchema = pageOf(stockMovementSchema).extend({ item: stockItemSchema });
export type StockLedger = z.infer<typeof stockLedgerSchema>;
