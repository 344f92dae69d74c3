import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { specialisms } from "../../../core/support/matching.js";
import { attendances, barrierKinds, defaultClosureOutcomes, defaultInterventionTypes, goalProgress, sessionModes } from "../../../core/support/vocabulary.js";
import { catalogueFiles } from "../i18n/catalogue-files.js";
import { closureOutcomeLabel, interventionTypeLabel } from "./labels.js";

type Catalogue = Record<string, unknown>;

function lookup(catalogue: Catalogue, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node !== null && typeof node === "object" ? (node as Catalogue)[part] : undefined), catalogue);
}

const expectedKeys = [
  ...defaultInterventionTypes.map((type) => `support.interventionTypes.${type.code}`),
  ...defaultClosureOutcomes.map((code) => `support.closureOutcomes.${code}`),
  ...sessionModes.map((mode) => `support.sessionModes.${mode}`),
  ...attendances.map((value) => `support.attendances.${value}`),
  ...goalProgress.map((value) => `support.goalProgress.${value}`),
  ...barrierKinds.map((kind) => `support.barrierKinds.${kind}`),
  ...specialisms.map((specialism) => `support.specialisms.${specialism}`),
];

// Echoes the key, or the default when the key is not one the catalogue test knows.
const t = ((key: string) => key) as unknown as TFunction;

describe("support-vocabulary.labels", () => {
  for (const language of ["en", "ur"] as const) {
    it(`labels every built-in code of the support vocabulary in ${language}`, () => {
      const missing = expectedKeys.filter((key) => typeof lookup(catalogueFiles[language], key) !== "string");
      expect(missing).toEqual([]);
    });
  }

  it("prefers the organisation's own label, then the catalogue's", () => {
    const types = [{ code: "cbt_cravings", label: "CBT (cravings group)", specialism: null, isPartnerDelivered: false, isBuiltIn: true, isRetired: false }];
    expect(interventionTypeLabel("cbt_cravings", t, types)).toBe("CBT (cravings group)");
    expect(interventionTypeLabel("family_work", t, types)).toBe("support.interventionTypes.family_work");
    expect(closureOutcomeLabel("reduced_use", t, [{ code: "reduced_use", label: null, isBuiltIn: true, isRetired: false }])).toBe("support.closureOutcomes.reduced_use");
  });
});
