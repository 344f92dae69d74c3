/**
 * Request and response shapes for funders, their contracts and KPIs, the commissioners who sign in
 * for a funder, and the organisation's disclosure settings (administrators only). The web forms
 * validate with the same schemas. Names of funders and contracts are organisations' and
 * agreements' names, never people's.
 */
import { z } from "zod";
import { disclosureSettingsSchema, lowestThreshold } from "../disclosure/index.js";
import { metricCodeSchema, reportingDimensionSchema } from "../reporting/catalogue.js";
import { funderKinds, largestContractValuePence, latestEndOf, longestContractYears } from "../reporting/contracts.js";
import { kpiDirections, kpiMeasures, quarterKeySchema } from "../reporting/kpi.js";
import { displayTextSchema, idSchema } from "./common.js";

export { funderKinds, kpiDirections, kpiMeasures };

const eachOnce = <T>(values: readonly T[]) => new Set(values).size === values.length;
const versionSchema = z.number().int().min(1);

export const funderParamsSchema = z.strictObject({ funderId: idSchema });
export const contractParamsSchema = z.strictObject({ contractId: idSchema });
export const kpiParamsSchema = z.strictObject({ contractId: idSchema, kpiId: idSchema });

// ---- Funders ----------------------------------------------------------------------------------

const funderShape = {
  name: displayTextSchema(160),
  kind: z.enum(funderKinds),
  /** May read the trends report across every site (the Home Office's national view). */
  seesNationalTrends: z.boolean(),
};

export const createFunderBodySchema = z.strictObject(funderShape);
export type CreateFunderBody = z.infer<typeof createFunderBodySchema>;

/** A change with the version seen (409 when stale); `isActive: false` deactivates the funder, and its commissioners then read nothing. */
export const updateFunderBodySchema = z.strictObject({ ...funderShape, isActive: z.boolean(), version: versionSchema });
export type UpdateFunderBody = z.infer<typeof updateFunderBodySchema>;

export const funderListQuerySchema = z.strictObject({
  includeInactive: z.enum(["true", "false"], { message: "Must be true or false." }).default("false").transform((value) => value === "true"),
});

/** A commissioner account: a member of staff of the funder, not a client. */
export const commissionerSchema = z.object({ userId: idSchema, displayName: z.string(), email: z.string(), isActive: z.boolean() });
export type Commissioner = z.infer<typeof commissionerSchema>;

export const funderSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(funderKinds),
  seesNationalTrends: z.boolean(),
  isActive: z.boolean(),
  commissioners: z.array(commissionerSchema),
  contractCount: z.number().int(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type FunderView = z.infer<typeof funderSchema>;

export const funderListSchema = z.object({ items: z.array(funderSchema) });

/** The commissioners who sign in for the funder: the whole list (an empty one unlinks them all). */
export const setCommissionersBodySchema = z.strictObject({
  userIds: z.array(idSchema).max(50, { message: "At most 50 commissioners." }).refine(eachOnce, { message: "Each commissioner once." }),
});
export type SetCommissionersBody = z.infer<typeof setCommissionersBodySchema>;

// ---- Contracts --------------------------------------------------------------------------------

const contractShape = {
  funderId: idSchema,
  name: displayTextSchema(160),
  /** The funder's own reference for it, if any. */
  reference: z
    .string()
    .trim()
    .max(100, { message: "At most 100 characters." })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((value) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: "Contains characters that are not allowed." }),
  /** In pence: £12,500.50 is 1250050. */
  valuePence: z
    .number({ message: "Enter the contract's value." })
    .int({ message: "The value is a whole number of pence." })
    .min(0, { message: "The value cannot be negative." })
    .max(largestContractValuePence, { message: "The value is at most £10,000,000,000." }),
  startsOn: z.iso.date({ message: "Enter a date, YYYY-MM-DD." }),
  endsOn: z.iso.date({ message: "Enter a date, YYYY-MM-DD." }),
  siteIds: z.array(idSchema).min(1, { message: "Choose at least one site." }).max(100).refine(eachOnce, { message: "Each site once." }),
  /** Programmes covered; none means all the work at the sites. */
  programmeCodes: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Not a programme." }))
    .max(50)
    .refine(eachOnce, { message: "Each programme once." }),
};

type Period = { startsOn: string; endsOn: string };
const periodChecks = (period: Period, context: z.core.$RefinementCtx<Period>) => {
  if (period.endsOn < period.startsOn) context.addIssue({ code: "custom", path: ["endsOn"], message: "The contract cannot end before it starts." });
  else if (period.endsOn > latestEndOf(period.startsOn)) context.addIssue({ code: "custom", path: ["endsOn"], message: "A contract runs for at most 10 years." });
};

export const createContractBodySchema = z.strictObject(contractShape).superRefine(periodChecks);
export type CreateContractBody = z.infer<typeof createContractBodySchema>;

export const updateContractBodySchema = z.strictObject({ ...contractShape, version: versionSchema }).superRefine(periodChecks);
export type UpdateContractBody = z.infer<typeof updateContractBodySchema>;

export const contractListQuerySchema = z.strictObject({ funderId: idSchema.optional() });

export const contractSchema = z.object({
  id: idSchema,
  funderId: idSchema,
  funderName: z.string(),
  name: z.string(),
  reference: z.string(),
  valuePence: z.number().int(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  siteIds: z.array(idSchema),
  programmeCodes: z.array(z.string()),
  /** The calendar quarters the period touches, in order: the columns of the targets grid. */
  quarters: z.array(quarterKeySchema),
  kpiCount: z.number().int(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type ContractView = z.infer<typeof contractSchema>;

export const contractListSchema = z.object({
  items: z.array(contractSchema),
  /** More contracts than a page lists: choose a funder to narrow the list. */
  isTruncated: z.boolean(),
});

// ---- KPIs -------------------------------------------------------------------------------------

/** A dimension's value: a code (programme, ethnicity, outcome) or a site's id. */
const dimensionValueSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, { message: "Not a value of this breakdown." });

/** What is counted, e.g. `{ minority_ethnic: ["minority_ethnic"] }`: each dimension with at least one value. */
export const kpiFilterSchema = z.partialRecord(
  reportingDimensionSchema,
  z.array(dimensionValueSchema).min(1, { message: "Choose at least one value." }).max(50).refine(eachOnce, { message: "Each value once." }),
);

/** Targets by quarter; a share's is a percentage, a wait's is days. */
export const kpiTargetsSchema = z
  .record(quarterKeySchema, z.number({ message: "A target is a number." }).min(0, { message: "A target is a number of at least 0." }))
  // A contract of the longest length starting mid-quarter touches one quarter more than its years' worth.
  .refine((targets) => Object.keys(targets).length <= 4 * longestContractYears + 1, { message: `At most ${4 * longestContractYears + 1} quarters.` });

const kpiShape = {
  label: displayTextSchema(160),
  metric: metricCodeSchema,
  measure: z.enum(kpiMeasures),
  direction: z.enum(kpiDirections),
  filter: kpiFilterSchema,
  targets: kpiTargetsSchema,
};

export const createKpiBodySchema = z.strictObject(kpiShape);
export type CreateKpiBody = z.infer<typeof createKpiBodySchema>;

/** A KPI's `version` is the one read with it (409 when someone changed it meanwhile). */
export const updateKpiBodySchema = z.strictObject({ ...kpiShape, version: z.string().regex(/^[0-9a-f]{16}$/, { message: "Not a version of this KPI." }) });
export type UpdateKpiBody = z.infer<typeof updateKpiBodySchema>;

export const kpiSchema = z.object({
  id: idSchema,
  contractId: idSchema,
  label: z.string(),
  metric: metricCodeSchema,
  measure: z.enum(kpiMeasures),
  direction: z.enum(kpiDirections),
  filter: z.record(z.string(), z.array(z.string())),
  targets: z.record(z.string(), z.number()),
  position: z.number().int(),
  /** Changes whenever the KPI does: send it back with a change. */
  version: z.string(),
});
export type KpiView = z.infer<typeof kpiSchema>;

export const kpiListSchema = z.object({ items: z.array(kpiSchema) });

export const contractPageSchema = z.object({ contract: contractSchema, kpis: z.array(kpiSchema) });
export type ContractPage = z.infer<typeof contractPageSchema>;

// ---- Choices for the forms --------------------------------------------------------------------

export const contractOptionsSchema = z.object({
  sites: z.array(z.object({ id: idSchema, name: z.string() })),
  programmes: z.array(z.object({ code: z.string(), title: z.string(), isRetired: z.boolean() })),
  funders: z.array(z.object({ id: idSchema, name: z.string(), kind: z.enum(funderKinds), isActive: z.boolean() })),
  /** Accounts holding the commissioner role, with the funder each is linked to (null: none yet). */
  commissioners: z.array(commissionerSchema.extend({ funderId: idSchema.nullable() })),
});
export type ContractOptions = z.infer<typeof contractOptionsSchema>;

// ---- Disclosure settings ----------------------------------------------------------------------

/**
 * The organisation's disclosure rules as an administrator sets them; checked by the engine's own
 * `disclosureSettingsSchema` (threshold never below 5, a rounding that cannot show a count below
 * the threshold, a protection width not below the threshold). A null protection width follows the
 * threshold.
 */
export const disclosureSettingsBodySchema = z
  .strictObject({
    threshold: z.number({ message: "The threshold must be a number." }).int({ message: "The threshold must be a whole number." }).max(1000, { message: "The threshold is at most 1000." }),
    roundingBase: z.number({ message: "The rounding base must be a number." }).int({ message: "The rounding base must be a whole number." }).max(1000, { message: "The rounding base is at most 1000." }),
    protectionWidth: z.number({ message: "The protection width must be a number." }).int({ message: "The protection width must be a whole number." }).max(10_000, { message: "The protection width is at most 10000." }).nullable(),
  })
  .superRefine((settings, context) => {
    const checked = disclosureSettingsSchema.safeParse({ threshold: settings.threshold, roundingBase: settings.roundingBase, ...(settings.protectionWidth === null ? {} : { protectionWidth: settings.protectionWidth }) });
    if (!checked.success) for (const issue of checked.error.issues) context.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type DisclosureSettingsBody = z.infer<typeof disclosureSettingsBodySchema>;

const rulesSchema = z.object({ threshold: z.number().int(), roundingBase: z.number().int(), protectionWidth: z.number().int() });

export const disclosureSettingsViewSchema = z.object({
  /** As set; a null protection width follows the threshold. */
  settings: z.object({ threshold: z.number().int(), roundingBase: z.number().int(), protectionWidth: z.number().int().nullable() }),
  /** The rules outputs are published under now. */
  rules: rulesSchema,
  defaults: rulesSchema,
  lowestThreshold: z.literal(lowestThreshold),
});
export type DisclosureSettingsView = z.infer<typeof disclosureSettingsViewSchema>;
