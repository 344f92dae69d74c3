/**
 * Request and response shapes for a case's outcomes: what a closed case achieved, each with the day
 * it was achieved and the evidence for it. They are recorded when the case closes (the close
 * transition carries them) or, when noticed later, added to the closed case by a manager.
 */
import { z } from "zod";
import { closureOutcomeSchema } from "../support/care-plan.js";
import { idSchema } from "./common.js";

/** Outcomes as a closing case or a later addition sends them; codes and dates are checked against the organisation's list and today. */
export const outcomeInputListSchema = z.array(closureOutcomeSchema).max(50, { message: "At most 50 outcomes at once." });
export type OutcomeInput = z.infer<typeof closureOutcomeSchema>;

export const addCaseOutcomesBodySchema = z.strictObject({
  outcomes: outcomeInputListSchema.min(1, { message: "Add at least one outcome." }),
});

export const caseOutcomeSchema = z.object({
  id: idSchema,
  code: z.string(),
  achievedOn: z.iso.date(),
  evidence: z.string(),
  recordedAt: z.iso.datetime(),
  recordedByName: z.string().nullable(),
});
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

export const caseOutcomeListSchema = z.object({
  items: z.array(caseOutcomeSchema),
  /** Whether the viewer may add outcomes noticed after closure (a manager at the site, on a closed case). */
  abilities: z.object({ add: z.boolean() }),
});
export type CaseOutcomeList = z.infer<typeof caseOutcomeListSchema>;
