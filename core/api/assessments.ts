/**
 * Request and response shapes for instruments and assessments: the instrument catalogue and its
 * settings, import and export; starting, filling, submitting, approving and amending an assessment;
 * and a client's outcomes over time (distance travelled).
 */
import { z } from "zod";
import { supportTiers } from "../cases/case-state-machine.js";
import { instrumentKinds } from "../instruments/definition.js";
import { idSchema } from "./common.js";

// ───────────────────────────── instruments ─────────────────────────────

export const instrumentKeyParamsSchema = z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { message: "Not an instrument key." }) });
export const instrumentVersionParamsSchema = z.strictObject({ versionId: idSchema });

/** When an instrument should be given again on a case: at the start, every so many weeks, and before closing. */
export const reassessmentScheduleSchema = z.strictObject({
  atStart: z.boolean(),
  everyWeeks: z.number().int().min(1).max(104).nullable(),
  atExit: z.boolean(),
});
export type ReassessmentSchedule = z.infer<typeof reassessmentScheduleSchema>;

/** An organisation's choices for one instrument (the definition itself never changes). */
export const instrumentSettingsSchema = z.strictObject({
  /** Offered when starting an assessment. */
  isEnabled: z.boolean(),
  /** A manager approves a submitted response before it counts (and before a chosen tier takes effect). */
  requiresApproval: z.boolean(),
  schedule: reassessmentScheduleSchema,
});
export type InstrumentSettings = z.infer<typeof instrumentSettingsSchema>;

export const instrumentSummarySchema = z.object({
  /** The id of the latest version: what a new assessment is given with. */
  versionId: idSchema,
  key: z.string(),
  version: z.number().int(),
  title: z.string(),
  kind: z.enum(instrumentKinds),
  description: z.string().nullable(),
  recallPeriod: z.string().nullable(),
  licence: z.object({ summary: z.string(), url: z.string().nullable() }).nullable(),
  /** Built in (our own wording) or imported by the organisation. */
  isBuiltIn: z.boolean(),
  itemCount: z.number().int(),
  settings: instrumentSettingsSchema,
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;
export const instrumentListSchema = z.object({ items: z.array(instrumentSummarySchema) });

/** One stored version with its full definition (the JSON of core/instruments/definition.ts). */
export const instrumentVersionSchema = instrumentSummarySchema.extend({
  definition: z.record(z.string(), z.unknown()),
  /** Every stored version of this instrument, newest first. */
  versions: z.array(z.object({ versionId: idSchema, version: z.number().int(), createdAt: z.iso.datetime() })),
});

export const instrumentExportQuerySchema = z.strictObject({ format: z.enum(["json", "fhir"]).default("json") });

/**
 * Import: a definition as JSON (a new instrument, or a new version of one), or a FHIR R4
 * Questionnaire — either one this app exported (it carries the whole definition) or official
 * wording for an instrument already here, matched by `linkId` (`wordingFor` names it).
 */
export const instrumentImportBodySchema = z.discriminatedUnion("format", [
  z.strictObject({ format: z.literal("json"), document: z.record(z.string(), z.unknown()) }),
  z.strictObject({
    format: z.literal("fhir"),
    document: z.record(z.string(), z.unknown()),
    /** Apply the Questionnaire's wording to this instrument (its latest version) as a new version. */
    wordingFor: instrumentKeyParamsSchema.shape.key.optional(),
  }),
]);
export const instrumentImportResultSchema = z.object({
  versionId: idSchema,
  key: z.string(),
  version: z.number().int(),
  /** Texts in a Questionnaire that matched no item (left out). */
  unmatched: z.array(z.string()),
});

// ───────────────────────────── assessments ─────────────────────────────

/**
 * draft → submitted (→ approved, where the instrument needs a manager's approval) or returned (a
 * manager sent it back: it stays as it was, and the worker records an amendment to correct it).
 * A submitted response that needs no approval counts at once.
 */
export const assessmentStatuses = ["draft", "submitted", "approved", "returned"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

export const assessmentParamsSchema = z.strictObject({ assessmentId: idSchema });

/** An answer: a choice's value, yes/no, a number, text, or a judgement with its evidence. */
export const answerSchema = z.union([
  z.string().max(10_000),
  z.number(),
  z.boolean(),
  z.strictObject({ status: z.enum(["present", "absent", "unknown"]), evidence: z.string().max(4000) }),
]);
export const answersSchema = z.record(z.string().max(64), answerSchema);

export const scoreResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  range: z.object({ min: z.number(), max: z.number() }),
  band: z.object({ label: z.string(), level: z.string() }).nullable(),
  answered: z.number().int(),
  missingItemIds: z.array(z.string()),
  isProrated: z.boolean(),
});
export const flagResultSchema = z.object({ id: z.string(), label: z.string(), severity: z.enum(["warning", "urgent"]) });
export const resultSchema = z.object({
  scores: z.array(scoreResultSchema),
  flags: z.array(flagResultSchema),
  shownItemIds: z.array(z.string()),
});

export const domainNeedSchema = z.object({
  domain: z.string(),
  push: z.number(),
  pull: z.number(),
  protective: z.number(),
  need: z.number(),
});

/** What the system suggests for a cross-vulnerability assessment, and why; never a decision. */
export const tierSuggestionSchema = z.object({
  tier: z.enum(supportTiers),
  reasons: z.array(z.record(z.string(), z.unknown())),
  needs: z.array(domainNeedSchema),
});

/** The practitioner's decision, with their reasoning. */
export const tierDecisionSchema = z.strictObject({
  tier: z.enum(supportTiers),
  rationale: z.string().trim().min(20, { message: "Explain the decision in at least 20 characters." }).max(4000),
});

export const assessmentSummarySchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseReference: z.string(),
  clientId: idSchema,
  instrument: z.object({ versionId: idSchema, key: z.string(), version: z.number().int(), title: z.string(), kind: z.enum(instrumentKinds) }),
  status: z.enum(assessmentStatuses),
  /** The day the assessment was done with the client (may be before it was typed in). */
  assessedOn: z.iso.date(),
  createdAt: z.iso.datetime(),
  createdByName: z.string().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  /** Headline scores (no answers): for lists and charts. */
  scores: z.array(z.object({ id: z.string(), label: z.string(), value: z.number().nullable(), band: z.object({ label: z.string(), level: z.string() }).nullable() })),
  flags: z.array(flagResultSchema),
  chosenTier: z.enum(supportTiers).nullable(),
  /**
   * Whether a manager must approve it: fixed when submitted; on a draft, the organisation's current
   * setting. A submitted one that needs none counts at once.
   */
  requiresApproval: z.boolean(),
  /** The response this one corrects, and the one that corrected it. */
  amendsId: idSchema.nullable(),
  supersededById: idSchema.nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

/** A re-assessment the schedule says is due on a case. */
export const reassessmentDueSchema = z.object({
  instrumentKey: z.string(),
  title: z.string(),
  reason: z.enum(["start", "interval", "exit"]),
  dueOn: z.iso.date(),
  isOverdue: z.boolean(),
});

export const caseAssessmentListSchema = z.object({
  items: z.array(assessmentSummarySchema),
  due: z.array(reassessmentDueSchema),
  /** Instruments that may be started on this case by the caller. */
  canStart: z.boolean(),
});

export const assessmentDetailSchema = assessmentSummarySchema.extend({
  /** The definition of the version it was given with, never a later one. */
  definition: z.record(z.string(), z.unknown()),
  licence: z.object({ summary: z.string(), url: z.string().nullable() }).nullable(),
  answers: answersSchema,
  result: resultSchema,
  /** For the cross-vulnerability toolkit: what the scores suggest, with why. */
  suggestion: tierSuggestionSchema.nullable(),
  /** The practitioner's decision as saved (on a draft it may be unfinished; submitting checks it with `tierDecisionSchema`). */
  tierDecision: z.object({ tier: z.enum(supportTiers).nullable(), rationale: z.string() }).nullable(),
  /** A correction of this response being drafted, if there is one. */
  openAmendmentId: idSchema.nullable(),
  submittedByName: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvalNote: z.string().nullable(),
  returnedAt: z.iso.datetime().nullable(),
  returnedByName: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Incremented on every save, so two people editing one draft cannot overwrite each other. */
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  /** What the caller may do now: edit, submit and discard a draft; approve or return a submitted one; amend. */
  abilities: z.object({ edit: z.boolean(), approve: z.boolean(), amend: z.boolean(), discard: z.boolean() }),
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const startAssessmentBodySchema = z.strictObject({
  instrumentKey: instrumentKeyParamsSchema.shape.key,
  assessedOn: z.iso.date({ message: "Must be a date (YYYY-MM-DD)." }).optional(),
});

/** Autosave: the answers so far (replacing the saved ones), the date, and the decision if begun. */
export const saveDraftBodySchema = z.strictObject({
  answers: answersSchema,
  assessedOn: z.iso.date({ message: "Must be a date (YYYY-MM-DD)." }).optional(),
  tierDecision: z.strictObject({ tier: z.enum(supportTiers).nullable(), rationale: z.string().max(4000) }).nullable().optional(),
  version: z.number().int().min(1),
});
export const draftSavedSchema = z.object({ version: z.number().int(), updatedAt: z.iso.datetime(), result: resultSchema, suggestion: tierSuggestionSchema.nullable() });

/** Submit: the final answers (saved as a draft save would, then submitted, in one step). */
export const submitAssessmentBodySchema = saveDraftBodySchema;
export const approveAssessmentBodySchema = z.strictObject({ note: z.string().trim().max(2000).optional() });
export const returnAssessmentBodySchema = z.strictObject({ reason: z.string().trim().min(1, { message: "Say what needs changing." }).max(2000) });
export const amendAssessmentBodySchema = z.strictObject({ reason: z.string().trim().min(1, { message: "Say what is being corrected." }).max(2000) });

// ───────────────────────────── outcomes ─────────────────────────────

export const clientOutcomesParamsSchema = z.strictObject({ clientId: idSchema });

/** One instrument's scores over time for one client: the points of each chart. */
export const outcomeSeriesSchema = z.object({
  instrumentKey: z.string(),
  title: z.string(),
  kind: z.enum(instrumentKinds),
  scores: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      range: z.object({ min: z.number(), max: z.number() }),
      /** The score's bands (each from its threshold to the next), from the latest version; empty if it has none. */
      bands: z.array(z.object({ from: z.number(), label: z.string(), level: z.string() })),
      /** Whether a lower score is better (most symptom and use measures) or a higher one (quality of life). */
      isHigherBetter: z.boolean(),
      reliableChange: z.number().nullable(),
      points: z.array(
        z.object({
          assessmentId: idSchema,
          assessedOn: z.iso.date(),
          value: z.number(),
          band: z.object({ label: z.string(), level: z.string() }).nullable(),
          /** Against the first point: a change of at least the instrument's reliable-change value. */
          reliableChange: z.enum(["improved", "worsened"]).nullable(),
        }),
      ),
    }),
  ),
});

export const clientOutcomesSchema = z.object({
  /** The client's pseudonymous reference, for the page's title. */
  clientReference: z.string(),
  series: z.array(outcomeSeriesSchema),
  /** The cross-vulnerability profile, first assessment against the latest. */
  profile: z
    .object({
      first: z.object({ assessmentId: idSchema, assessedOn: z.iso.date(), needs: z.array(domainNeedSchema) }),
      latest: z.object({ assessmentId: idSchema, assessedOn: z.iso.date(), needs: z.array(domainNeedSchema) }),
    })
    .nullable(),
});
