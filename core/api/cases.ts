/** Request and response shapes for cases: the case list, the case page and timeline, transitions and access. */
import { z } from "zod";
import { assignmentRoles } from "../cases/assignment-roles.js";
import { caseEventSchema, caseStates, supportTiers } from "../cases/case-state-machine.js";
import { outcomeInputListSchema } from "./case-outcomes.js";
import { idSchema, pageOf, pageQuerySchema } from "./common.js";
import { clientRecordStates } from "../data-protection/restriction.js";

export const caseParamsSchema = z.strictObject({ caseId: idSchema });

export const caseListQuerySchema = pageQuerySchema.extend({
  siteId: idSchema,
  state: z.enum([...caseStates, "open"]).default("open"),
  /** Only the cases the caller is assigned to. */
  isMine: z.stringbool().optional(),
});

export const caseSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  clientId: idSchema,
  clientReference: z.string(),
  siteId: idSchema,
  state: z.enum(caseStates),
  tier: z.enum(supportTiers).nullable(),
  isRestricted: z.boolean(),
  openedAt: z.iso.datetime(),
  keyWorkerName: z.string().nullable(),
});
export const caseListSchema = pageOf(caseSummarySchema);

export const timelineEntrySchema = z.object({
  at: z.iso.datetime(),
  type: z.string(),
  actorName: z.string().nullable(),
  /** The member of staff an allocation event (assigned, unassigned, named) is about, by name. */
  personName: z.string().nullable(),
  /** A transfer's sites by name; `details` carries only their ids. */
  fromSiteName: z.string().nullable(),
  toSiteName: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export { assignmentRoles };

export const caseDetailSchema = caseSummarySchema.extend({
  closedAt: z.iso.datetime().nullable(),
  closureReason: z.string().nullable(),
  closureOutcome: z.string().nullable(),
  referralId: idSchema.nullable(),
  version: z.number().int(),
  assignments: z.array(z.object({ userId: idSchema, name: z.string(), role: z.enum(assignmentRoles), assignedAt: z.iso.datetime() })),
  timeline: z.array(timelineEntrySchema),
  /** On a restricted case, the people named on it, who alone may see it; empty otherwise. */
  namedPeople: z.array(z.object({ userId: idSchema, name: z.string() })),
  availableEvents: z.array(z.string()),
  /** True when this view is through break-glass access. */
  isBreakGlass: z.boolean(),
  /** Whether the client's record is live, erased (identity and notes gone) or under a restriction of processing (read-only). */
  clientRecord: z.enum(clientRecordStates),
  abilities: z.object({
    transition: z.boolean(),
    assign: z.boolean(),
    restrict: z.boolean(),
    transfer: z.boolean(),
    /** Find a worker for the case, ranked against the client's needs (managers at its site, while it is open). */
    matchWorkers: z.boolean(),
  }),
});

export const transitionBodySchema = z
  .strictObject({
    event: caseEventSchema,
    reason: z.string().trim().min(1, { message: "Say why." }).max(2000),
    /** The version the caller saw; a stale one is refused so two people cannot both act. */
    version: z.number().int().min(1),
    /** When closing: what the case achieved, each with a date and evidence (none is fine). */
    outcomes: outcomeInputListSchema.optional(),
  })
  .refine((body) => body.outcomes === undefined || body.event.type === "close", { message: "Only closing a case records outcomes.", path: ["outcomes"] });

export const assignBodySchema = z.strictObject({ userId: idSchema, role: z.enum(assignmentRoles) });
export const assignmentParamsSchema = z.strictObject({ caseId: idSchema, userId: idSchema });

export const restrictionBodySchema = z.strictObject({ isRestricted: z.boolean(), reason: z.string().trim().min(1).max(1000) });
export const accessGrantBodySchema = z.strictObject({ userId: idSchema });

export const breakGlassBodySchema = z.strictObject({
  reason: z.string().trim().min(20, { message: "Explain the emergency in at least 20 characters." }).max(1000),
});
export const breakGlassResultSchema = z.object({ expiresAt: z.iso.datetime() });

/** Where a case could be transferred: the organisation's other sites, for those who may transfer it. */
export const transferSiteListSchema = z.object({ items: z.array(z.object({ id: idSchema, name: z.string() })) });

export const transferBodySchema = z.strictObject({
  toSiteId: idSchema,
  consentMethod: z.enum(["verbal", "written"]),
  reason: z.string().trim().min(1).max(1000),
});
