import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { createCarePlanBodySchema } from "../../../core/api/care-plans.js";
import { loadCarePlan } from "../../../core/support/care-plan.js";
import { contentOf, draftFromContent, draftFromStartingPoints, emptyIntervention, errorsFromProblems, errorsFromSchema, errorsFromServer, nextId } from "./plan-draft.js";

const t = ((key: string) => key) as unknown as TFunction;
const today = "2025-03-01";

describe("care plans.form draft", () => {
  it("starts from a goal per area of need, twelve weeks ahead, or one empty goal", () => {
    const draft = draftFromStartingPoints({ goals: [{ domain: "housing", level: "moderate", need: 2, interventionTypes: [] }] }, today, (domain) => `Goal for ${domain}`);
    expect(draft.goals).toEqual([{ id: "g1", what: "Goal for housing", clientWords: "", targetDate: "2025-05-24", domain: "housing" }]);
    expect(draftFromStartingPoints({ goals: [] }, today, () => "").goals).toHaveLength(1);
    expect(nextId("g", [{ id: "g1" }, { id: "g3" }])).toBe("g2");
  });

  it("turns the form into content the API's schema accepts, and back", () => {
    const draft = draftFromStartingPoints({ goals: [{ domain: "housing", level: "moderate", need: 2, interventionTypes: [] }] }, today, () => "Find a settled home.");
    draft.interventions.push({ ...emptyIntervention([], today, { typeCode: "housing_benefits_help", goalIds: ["g1"] }), deliveredBy: "partner", partnerOrganisation: "Shelter Birmingham", every: "2" });
    const parsed = createCarePlanBodySchema.safeParse({ content: contentOf(draft) });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.content.interventions[0]).toEqual({
      id: "i1",
      typeCode: "housing_benefits_help",
      deliveredBy: { partnerOrganisation: "Shelter Birmingham" },
      frequency: { every: 2, unit: "week" },
      startDate: today,
      goalIds: ["g1"],
    });
    expect(draftFromContent(parsed.data!.content)).toEqual(draft);
  });

  it("places problems on their fields, from the schema, the core's checks across the plan and the server", () => {
    const draft = draftFromStartingPoints({ goals: [] }, today, () => "");
    draft.interventions.push(emptyIntervention([], today, { typeCode: "juggling" }));
    const schema = errorsFromSchema(createCarePlanBodySchema.safeParse({ content: contentOf(draft) }), t);
    expect(Object.keys(schema)).toEqual(expect.arrayContaining(["goals.0.what", "interventions.0.deliveredBy.workerId", "interventions.0.goalIds"]));

    const loaded = loadCarePlan({ goals: [{ id: "g1", what: "Go to college.", targetDate: "2025-01-01" }], barriers: [], interventions: [] }, { knownInterventionTypes: [], planDate: today });
    expect(loaded.ok).toBe(false);
    expect(errorsFromProblems(loaded.ok ? [] : loaded.problems, t)).toEqual({ "goals.0.targetDate": "carePlans.problems.targetBeforePlan" });
    expect(errorsFromServer([{ path: "content.interventions.0.deliveredBy.workerId", message: "This person cannot see this case. Choose someone." }], t)).toEqual({
      "interventions.0.deliveredBy.workerId": "carePlans.problems.workerCannotSee",
    });
  });
});
