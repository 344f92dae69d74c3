/**
 * Shapes shared by every outreach endpoint: the site a request is about, and the choices a form
 * offers (the site's partners, the staff who go out, the stock items handed out). Each part of
 * outreach keeps its own request and response shapes beside this one (outreach-*.ts).
 */
import { z } from "zod";
import { partnerTypes, resourceKinds } from "../outreach/vocabulary.js";
import { idSchema } from "./common.js";

/** Outreach pages are about one site; without one, the first the user works outreach at. */
export const outreachSiteQuerySchema = z.strictObject({ siteId: idSchema.optional() });

export const partnerOptionSchema = z.object({ id: idSchema, name: z.string(), type: z.enum(partnerTypes), isActive: z.boolean() });
export type PartnerOption = z.infer<typeof partnerOptionSchema>;

export const staffOptionSchema = z.object({ id: idSchema, displayName: z.string() });
export type StaffOption = z.infer<typeof staffOptionSchema>;

export const stockOptionSchema = z.object({
  id: idSchema,
  code: z.string(),
  kind: z.enum(resourceKinds),
  language: z.string().nullable(),
  /** A site's own name for an item it added; null for the standard list, named by the app's catalogue. */
  label: z.string().nullable(),
  level: z.number().int(),
  isActive: z.boolean(),
});
export type StockOption = z.infer<typeof stockOptionSchema>;

export const outreachOptionsSchema = z.object({
  siteId: idSchema,
  partners: z.array(partnerOptionSchema),
  staff: z.array(staffOptionSchema),
  stock: z.array(stockOptionSchema),
  /** Whether the user records outreach here (false: reads only). */
  canWork: z.boolean(),
});
export type OutreachOptions = z.infer<typeof outreachOptionsSchema>;
