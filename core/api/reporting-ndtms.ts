/**
 * The national drug-treatment dataset style export (core/reporting/ndtms.ts): the CSV for a site
 * and a run of whole months, and the organisation's settings for it (fields, column names and
 * order, code mappings) with the vocabularies an administrator maps from.
 */
import { z } from "zod";
import { consentPurposes } from "./clients.js";
import { idSchema } from "./common.js";
import { ndtmsDateFormats, ndtmsFieldCodes, ndtmsSettingsSchema } from "../reporting/ndtms.js";

/** The longest run of months one export covers. */
export const maxNdtmsExportMonths = 36;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "A month is written YYYY-MM." });
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

export const ndtmsExportQuerySchema = z
  .strictObject({ siteId: idSchema, from: yearMonth, to: yearMonth })
  .superRefine((query, context) => {
    if (query.to < query.from) context.addIssue({ code: "custom", path: ["to"], message: "The end cannot be before the start." });
    else if (monthIndex(query.to) - monthIndex(query.from) + 1 > maxNdtmsExportMonths) context.addIssue({ code: "custom", path: ["to"], message: `At most ${maxNdtmsExportMonths} months at once.` });
  });
export type NdtmsExportQuery = z.infer<typeof ndtmsExportQuerySchema>;

/** The settings as saved: checked field by field (core/reporting/ndtms.ts). */
export const ndtmsSettingsBodySchema = ndtmsSettingsSchema;

const codeTable = z.record(z.string(), z.string());

/** The settings as the server sends them (the same shape, stated plainly for the answer). */
export const ndtmsSettingsShapeSchema = z.object({
  columns: z.array(z.object({ field: z.enum(ndtmsFieldCodes), name: z.string(), isIncluded: z.boolean() })),
  dateFormat: z.enum(ndtmsDateFormats),
  consentPurpose: z.enum(consentPurposes),
  consentPartner: z.string().nullable(),
  codes: z.object({
    attributorSex: z.object({ female: z.string(), male: z.string(), not_stated: z.string() }),
    gender: codeTable,
    ethnicity: codeTable,
    religion: codeTable,
    disability: codeTable,
    consent: codeTable,
    referralSource: codeTable,
    substance: codeTable,
    intervention: codeTable,
    programme: codeTable,
    dischargeReason: codeTable,
    localAuthority: codeTable,
  }),
});

/** One of the organisation's own codes an administrator maps; `label` null for a built-in the app's catalogue names. */
const ownCodeSchema = z.object({ code: z.string(), label: z.string().nullable() });

export const ndtmsSettingsViewSchema = z.object({
  settings: ndtmsSettingsShapeSchema,
  defaults: ndtmsSettingsShapeSchema,
  /** True until the organisation saves settings of its own. */
  isDefault: z.boolean(),
  /** Saved settings this version no longer accepts: the defaults are shown, and the export waits until they are saved again. */
  isOutdated: z.boolean(),
  /** The organisation's open vocabularies, so every code it uses has a row to map. */
  vocabularies: z.object({
    referralSources: z.array(ownCodeSchema),
    interventionTypes: z.array(ownCodeSchema),
    programmes: z.array(ownCodeSchema),
  }),
});
export type NdtmsSettingsView = z.infer<typeof ndtmsSettingsViewSchema>;
