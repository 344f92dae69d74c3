/**
 * Request and response shapes for the register of data-rights requests (issue 12) and the subject
 * access export: logging a request, matching it to a client, the identity check, an extension,
 * closing it, the items the export may withhold, the preview and the release. The data protection
 * officer's pages validate with the same schemas.
 */
import { z } from "zod";
import {
  dataRightsEventKinds,
  dataRightsKinds,
  dataRightsStatuses,
  extensionGrounds,
  identityCheckMethods,
  refusalReasons,
  requesterRelations,
  withholdingReasons,
} from "../data-rights/vocabulary.js";
import { displayTextSchema, idSchema, pageOf } from "./common.js";

export {
  dataRightsEventKinds,
  dataRightsKinds,
  dataRightsStatuses,
  extensionGrounds,
  identityCheckMethods,
  refusalReasons,
  requesterRelations,
  withholdingReasons,
};
export type {
  DataRightsKind,
  DataRightsStatus,
  ExtensionGround,
  IdentityCheckMethod,
  RefusalReason,
  RequesterRelation,
  WithholdingReason,
} from "../data-rights/vocabulary.js";

const day = z.iso.date({ message: "Enter a date, YYYY-MM-DD." });

/** Several lines of staff text: newlines and tabs allowed, other control characters and direction overrides not. */
const noteSchema = (max: number) =>
  z
    .string()
    .normalize("NFC")
    .trim()
    .max(max, { message: `At most ${max} characters.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters (but newline and tab) is the point
    .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), { message: "Contains characters that are not allowed." });

export const requestParamsSchema = z.strictObject({ requestId: idSchema });

// ---- Logging and listing ----------------------------------------------------------------------

export const createRequestBodySchema = z.strictObject({
  kind: z.enum(dataRightsKinds, { message: "Choose access, erasure or restriction." }),
  requesterRelation: z.enum(requesterRelations, { message: "Say who made the request." }),
  /** The requester's name: sealed, never stored in the clear. */
  requesterName: displayTextSchema(200),
  /** How to reach them (address, email or phone), as they gave it. */
  requesterContact: noteSchema(500).default(""),
  /** What they asked for, in their words or a summary. */
  description: noteSchema(4_000).default(""),
  receivedOn: day,
  clientId: idSchema.nullable().default(null),
});
export type CreateRequestBody = z.input<typeof createRequestBodySchema>;

export const requestListQuerySchema = z.strictObject({
  kind: z.enum(dataRightsKinds).optional(),
  /** `open` (the default) lists received, in progress and on hold together. */
  status: z.enum([...dataRightsStatuses, "open", "all"]).default("open"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type RequestListQuery = z.input<typeof requestListQuerySchema>;

export const urgencies = ["overdue", "due_soon", "on_track"] as const;

export const requestSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  kind: z.enum(dataRightsKinds),
  status: z.enum(dataRightsStatuses),
  requesterRelation: z.enum(requesterRelations),
  clientReference: z.string().nullable(),
  receivedOn: day,
  /** The deadline in force: the extended one when there is one. */
  dueOn: day,
  isExtended: z.boolean(),
  /** Null once the request is closed. */
  daysLeft: z.number().int().nullable(),
  urgency: z.enum(urgencies).nullable(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestListSchema = pageOf(requestSummarySchema).extend({
  /** Open requests across the organisation, whatever the filter. */
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
});
export type RequestList = z.infer<typeof requestListSchema>;

// ---- One request ------------------------------------------------------------------------------

export const requestEventSchema = z.object({
  kind: z.enum(dataRightsEventKinds),
  at: z.iso.datetime(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const releasedFileSchema = z.object({ name: z.string(), mediaType: z.string(), bytes: z.number().int(), sha256: z.string() });

export const releaseSchema = z.object({
  id: idSchema,
  releasedAt: z.iso.datetime(),
  releasedByName: z.string().nullable(),
  files: z.array(releasedFileSchema),
  withheld: z.array(z.object({ itemKey: z.string(), reason: z.enum(withholdingReasons) })),
});
export type Release = z.infer<typeof releaseSchema>;

export const requestDetailSchema = requestSummarySchema.extend({
  requester: z.object({ name: z.string(), contact: z.string(), description: z.string() }).nullable(),
  client: z.object({ id: idSchema, reference: z.string(), name: z.string() }).nullable(),
  identityCheck: z.object({ method: z.enum(identityCheckMethods), checkedOn: day, checkedByName: z.string().nullable() }).nullable(),
  originalDueOn: day,
  extension: z.object({ ground: z.enum(extensionGrounds), extendedDueOn: day, toldOn: day }).nullable(),
  refusalReason: z.enum(refusalReasons).nullable(),
  history: z.array(requestEventSchema),
  releases: z.array(releaseSchema),
  abilities: z.object({
    canMatch: z.boolean(),
    canCheckIdentity: z.boolean(),
    canExtend: z.boolean(),
    canChangeStatus: z.boolean(),
    canPrepareExport: z.boolean(),
  }),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const matchRequestBodySchema = z.strictObject({ clientId: idSchema });

export const identityCheckBodySchema = z.strictObject({
  method: z.enum(identityCheckMethods, { message: "Choose how identity was checked." }),
  checkedOn: day,
});

export const extendRequestBodySchema = z.strictObject({
  ground: z.enum(extensionGrounds, { message: "Choose why more time is needed." }),
  /** The day the person was told of the extension and why. */
  toldOn: day,
});

export const changeStatusBodySchema = z
  .strictObject({
    status: z.enum(["in_progress", "refused", "withdrawn"], { message: "Choose in progress, refused or withdrawn." }),
    refusalReason: z.enum(refusalReasons).nullable().default(null),
  })
  .refine((body) => (body.status === "refused") === (body.refusalReason !== null), {
    message: "A refusal needs its reason, and only a refusal has one.",
    path: ["refusalReason"],
  });

// ---- Matching a client ------------------------------------------------------------------------

export const clientMatchQuerySchema = z.strictObject({
  reference: z.string().trim().max(20).optional(),
  givenName: z.string().trim().max(200).optional(),
  familyName: z.string().trim().max(200).optional(),
  dateOfBirth: day.optional(),
});

export const clientMatchListSchema = z.object({
  items: z.array(z.object({ id: idSchema, reference: z.string(), name: z.string(), dateOfBirth: z.string().nullable() })),
});

// ---- The export -------------------------------------------------------------------------------

/** What kind of third-party item it is, so the officer sees why it is offered for withholding. */
export const exportItemKinds = [
  "relative_name",
  "relative_phone",
  "referrer_name",
  "referrer_contact",
  "panel_text",
  "session_note",
  /** The outreach partner through which the person was met: an organisation, offered, not suggested. */
  "outreach_partner",
  /** An outreach session's notes, about everyone at it: suggested. */
  "outreach_note",
] as const;

export const exportItemSchema = z.object({
  itemKey: z.string(),
  kind: z.enum(exportItemKinds),
  /** Where it appears in the export, e.g. a case reference and a date. */
  where: z.string(),
  /** The content, so the officer can judge it. */
  value: z.string(),
  /** A referrer who did not agree to be named, for instance: suggested, not decided. */
  isSuggested: z.boolean(),
  withheldFor: z.enum(withholdingReasons).nullable(),
});
export type ExportItem = z.infer<typeof exportItemSchema>;

export const exportItemListSchema = z.object({ items: z.array(exportItemSchema) });

export const withholdingsBodySchema = z.strictObject({
  items: z
    .array(z.strictObject({ itemKey: z.string().min(1).max(200), reason: z.enum(withholdingReasons, { message: "Choose a reason." }) }))
    .max(500, { message: "At most 500 items." })
    .refine((items) => new Set(items.map((item) => item.itemKey)).size === items.length, { message: "Each item once." }),
});
export type WithholdingsBody = z.infer<typeof withholdingsBodySchema>;

export const exportFileParamsSchema = z.strictObject({
  requestId: idSchema,
  file: z.enum(["subject-access.pdf", "subject-access.json"], { message: "Not a file of the export." }),
});

export const releaseFileParamsSchema = exportFileParamsSchema.extend({ releaseId: idSchema });
