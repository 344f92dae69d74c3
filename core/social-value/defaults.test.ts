import { describe, expect, it } from "vitest";
import { defaultClosureOutcomes } from "../support/vocabulary.js";
import { unitCostEntrySchema, valueOf } from "./catalogue.js";
import { calculateSocialValue } from "./calculate.js";
import { calculationResultSchema } from "./calculation.js";
import { defaultOutcomeMappings } from "./default-mappings.js";
import { defaultUnitCosts } from "./default-unit-costs.js";
import { defaultDeflatorSeries, deflatorSeriesSchema } from "./deflators.js";
import { defaultDiscountSettings } from "./discounting.js";
import { defaultOptimismBias, outcomeMappingSchema } from "./mappings.js";
import { reproduceResult } from "./reproduce.js";

const byCode = new Map(defaultUnitCosts.map((entry) => [entry.code, entry]));

describe("social-value default unit costs", () => {
  it("are valid entries, one of each code", () => {
    for (const entry of defaultUnitCosts) expect(unitCostEntrySchema.parse(entry)).toEqual(entry);
    expect(byCode.size).toBe(defaultUnitCosts.length);
  });

  // The shared reference "domain facts" §4.2 and §4.4, row by row: code, £, price year, agency.
  it.each([
    ["HE2.2", 2_604, "2012-13", "nhs"],
    ["HE2.0", 3_614, "2013-14", "multiple"],
    ["HE2.0.1", 1_408, "2010-11", "criminal_justice"],
    ["HE1.0", 1_800, "2009-10", "nhs"],
    ["HE1.9", 633, "2013-14", "nhs"],
    ["HE2.14", 59, "2008-09", "council"],
    ["HE4.0", 109, "2011-12", "nhs"],
    ["HE4.1", 147, "2011-12", "nhs"],
    ["HE4.2", 95, "2011-12", "nhs"],
    ["HE7.0.2", 1_542, "2013-14", "nhs"],
    ["HE14.0.1", 410, "2011-12", "nhs"],
    ["HE16.0", 156, "2011-12", "nhs"],
    ["CR7.0", 593, "2006-07", "police"],
    ["CR7.1", 285, "2006-07", "police"],
    ["CR8.0", 609, "2010-11", "multiple"],
    ["CR2.0", 2_470, "2008-09", "multiple"],
    ["CR8.x:homicide", 174_363, "2010-11", "multiple"],
    ["CR8.x:serious_wounding", 18_608, "2010-11", "multiple"],
    ["CR8.x:other_wounding", 2_765, "2010-11", "multiple"],
    ["CR8.x:sexual_offence", 3_597, "2010-11", "multiple"],
    ["CR8.x:robbery", 3_674, "2010-11", "multiple"],
    ["CR8.x:common_assault", 455, "2010-11", "multiple"],
    ["CR8.x:dwelling_burglary", 1_361, "2010-11", "multiple"],
    ["CR8.x:theft", 358, "2010-11", "multiple"],
    ["CR8.x:shoplifting", 26, "2010-11", "multiple"],
    ["CR3.0", 33_785, "2013-14", "prisons"],
    ["CR4.2", 94_780, "2013-14", "youth_justice"],
    ["CR4.0", 3_152, "2008-09", "criminal_justice"],
    ["SS1.0", 51_080, "2013-14", "childrens_services"],
    ["SS3.0", 2_995, "2013-14", "childrens_services"],
    ["E&E10.0", 4_257, "2010-11", "dwp_hmrc"],
    ["E&E10.4", 64_483, "2010-11", "dwp_hmrc"],
    ["HO3.0", 2_501, "2010-11", "council"],
    ["HO6.0", 7_900, "2010-11", "council"],
    ["E&S2.0", 9_219, "2005-06", "multiple"],
  ] as const)("carries %s over as £%i fiscal in %s prices, borne by %s", (code, pounds, priceYear, agency) => {
    const entry = byCode.get(code);
    expect(entry).toMatchObject({ fiscalPence: pounds * 100, economicPence: null, socialPence: null, priceYear, agency, discountClass: "standard" });
    expect(entry?.source.citation).toMatch(/Unit Cost Database v1\.4/);
  });

  it("values a WELLBY at £13,000 and a QALY at £70,000 in 2019 prices, as social value discounted at the health rate", () => {
    expect(byCode.get("WELLBY")).toMatchObject({ socialPence: 1_300_000, fiscalPence: null, agency: null, priceYear: "2019", discountClass: "health", overlapGroup: "wellbeing" });
    expect(byCode.get("QALY")).toMatchObject({ socialPence: 7_000_000, fiscalPence: null, agency: null, priceYear: "2019", discountClass: "health", overlapGroup: "wellbeing" });
  });

  it("keeps a saving and the part of it included in it, or an average and its kinds, from being counted together", () => {
    expect(byCode.get("HE2.0")?.overlapGroup).toBe(byCode.get("HE2.0.1")?.overlapGroup);
    expect(new Set(["CR8.0", "CR2.0", "CR8.x:robbery"].map((code) => byCode.get(code)?.overlapGroup))).toEqual(new Set(["crime_fiscal"]));
    expect(byCode.get("E&E10.0")?.overlapGroup).toBe(byCode.get("E&E10.4")?.overlapGroup);
  });

  it("ship no deflator figures, only where to get them", () => {
    expect(deflatorSeriesSchema.parse(defaultDeflatorSeries)).toEqual(defaultDeflatorSeries);
    expect(defaultDeflatorSeries.rows).toEqual([]);
    expect(defaultDeflatorSeries.source.url).toMatch(/^https:\/\/www\.gov\.uk\//);
  });
});

describe("social-value default mappings", () => {
  it("value every standard closure outcome, once, with entries and values the catalogue has", () => {
    expect(defaultOutcomeMappings.map((mapping) => mapping.outcomeCode).sort()).toEqual([...defaultClosureOutcomes].sort());
    for (const mapping of defaultOutcomeMappings) {
      expect(outcomeMappingSchema.parse(mapping)).toEqual(mapping);
      for (const line of mapping.lines) {
        const entry = byCode.get(line.entryCode);
        expect(entry, line.entryCode).toBeDefined();
        for (const kind of line.valueKinds) expect(valueOf(entry!, kind), `${line.entryCode} ${kind}`).not.toBeNull();
      }
    }
  });

  it("work out with the default catalogue and settings once deflators are entered, and reproduce", () => {
    // Indices made up for the test: the defaults ship none.
    const years = [...new Set([...defaultUnitCosts.map((entry) => entry.priceYear), "2025-26"])].sort();
    const deflators = { ...defaultDeflatorSeries, reference: "made up", rows: years.map((year, index) => ({ year, index: 50 + index })) };
    const outcome = calculateSocialValue({
      outcomeCounts: defaultClosureOutcomes.map((outcomeCode, index) => ({ outcomeCode, count: 10 + index })),
      mappings: [...defaultOutcomeMappings],
      catalogue: [...defaultUnitCosts],
      deflators,
      targetPriceYear: "2025-26",
      priceBasis: "uprated",
      discounting: defaultDiscountSettings,
      optimismBias: defaultOptimismBias,
      deliveryCost: { pence: 1_500_000, priceYear: "2025-26" },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(calculationResultSchema.parse(outcome.result)).toEqual(outcome.result);
    expect(new Set(outcome.result.lines.map((line) => line.outcomeCode))).toEqual(new Set(defaultClosureOutcomes));
    expect(outcome.result.total.netPresentValuePence).toBeLessThan(outcome.result.total.grossPence);
    expect(reproduceResult(outcome.result)).toEqual([]);
  });

  it("cannot be worked out across price years until the deflators are entered", () => {
    const outcome = calculateSocialValue({
      outcomeCounts: [{ outcomeCode: "no_further_offending", count: 4 }],
      mappings: [...defaultOutcomeMappings],
      catalogue: [...defaultUnitCosts],
      deflators: defaultDeflatorSeries,
      targetPriceYear: "2025-26",
      priceBasis: "uprated",
      discounting: defaultDiscountSettings,
      optimismBias: defaultOptimismBias,
      deliveryCost: { pence: 0, priceYear: "2025-26" },
    });
    expect(outcome).toEqual({ ok: false, problems: [{ code: "no_deflator", year: "2010-11", message: expect.any(String) }] });
  });
});
