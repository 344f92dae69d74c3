import { describe, expect, it } from "vitest";
import { deflatorSeriesSchema, upratePence, upratingFactor, type DeflatorSeries } from "./deflators.js";
import { discountFactors, discountSettingsSchema, defaultDiscountSettings } from "./discounting.js";
import { financialYearStarting, isCalendarYear, isFinancialYear, priceYearSchema, roundPence } from "./price-years.js";

// Indices made up for the arithmetic.
const series: DeflatorSeries = {
  name: "Made-up deflator",
  reference: "2024-25 = 100",
  source: { citation: "Made up for the test", url: null },
  publishedOn: "2026-03-31",
  rows: [
    { year: "2010-11", index: 80 },
    { year: "2013-14", index: 87.654 },
    { year: "2024-25", index: 100 },
    { year: "2019", index: 90 },
  ],
};

describe("social-value price years", () => {
  it.each(["2013-14", "1999-00", "2019"])("accepts %s", (year) => {
    expect(priceYearSchema.safeParse(year).success).toBe(true);
  });

  it.each(["2013-15", "2013/14", "13-14", "2013-2014", "", "201"])("refuses %j", (year) => {
    expect(priceYearSchema.safeParse(year).success).toBe(false);
  });

  it("tells financial years from calendar years and writes them", () => {
    expect([isFinancialYear("2019-20"), isCalendarYear("2019-20"), isFinancialYear("2019"), isCalendarYear("2019")]).toEqual([true, false, false, true]);
    expect([financialYearStarting(2013), financialYearStarting(1999)]).toEqual(["2013-14", "1999-00"]);
  });

  it("rounds to the nearest penny, a half up", () => {
    expect([roundPence(10.5), roundPence(10.49), roundPence(0.5), roundPence(0.49999999999999994), roundPence(2.5000001)]).toEqual([11, 10, 1, 0, 3]);
  });
});

describe("social-value uprating", () => {
  it("brings a value to the target year's prices by the ratio of the indices", () => {
    // £609 × 100 / 80 = £761.25; £609 × 100 / 87.654 = £694.7772 → £694.78; and back down again.
    expect(upratePence(60_900, series, "2010-11", "2024-25")).toEqual({ ok: true, pence: 76_125 });
    expect(upratePence(60_900, series, "2013-14", "2024-25")).toEqual({ ok: true, pence: 69_478 });
    expect(upratePence(76_125, series, "2024-25", "2010-11")).toEqual({ ok: true, pence: 60_900 });
    // A calendar year from the same publication on the same reference: £13,000 × 100 / 90 = £14,444.44.
    expect(upratePence(1_300_000, series, "2019", "2024-25")).toEqual({ ok: true, pence: 1_444_444 });
  });

  it("needs no deflator to stay in the same year, even with no series", () => {
    expect(upratingFactor(null, "2009-10", "2009-10")).toEqual({ ok: true, factor: 1, from: null, to: null });
  });

  it('answers "no deflator for year X" for a year the series lacks, rather than guess', () => {
    expect(upratingFactor(series, "2009-10", "2024-25")).toEqual({ ok: false, problem: { code: "no_deflator", year: "2009-10", message: "No deflator for 2009-10: add its index to the deflator table." } });
    expect(upratePence(100, series, "2024-25", "2025-26")).toEqual({ ok: false, problem: expect.objectContaining({ year: "2025-26" }) });
    expect(upratingFactor(null, "2010-11", "2024-25")).toEqual({ ok: false, problem: expect.objectContaining({ year: "2010-11" }) });
  });

  it("refuses a series with a year twice or an index that is not above 0", () => {
    expect(deflatorSeriesSchema.safeParse({ ...series, rows: [...series.rows, { year: "2010-11", index: 81 }] }).success).toBe(false);
    expect(deflatorSeriesSchema.safeParse({ ...series, rows: [{ year: "2010-11", index: 0 }] }).success).toBe(false);
    expect(deflatorSeriesSchema.safeParse(series).success).toBe(true);
  });
});

describe("social-value discounting", () => {
  it("does not discount year 0 and discounts each later year at the rate of its band", () => {
    const [year0, year1, year2] = discountFactors(defaultDiscountSettings.standard, 3);
    expect(year0).toBe(1);
    expect(year1).toBeCloseTo(1 / 1.035, 12);
    expect(year2).toBeCloseTo(1 / 1.035 ** 2, 12);
    expect(discountFactors(defaultDiscountSettings.health, 2)[1]).toBeCloseTo(1 / 1.015, 12);
  });

  it("steps down to 3.0% from year 31", () => {
    const factors = discountFactors(defaultDiscountSettings.standard, 33);
    expect(factors[30]).toBeCloseTo(1 / 1.035 ** 30, 12);
    expect(factors[31]).toBeCloseTo(1 / (1.035 ** 30 * 1.03), 12);
    expect(factors[32]).toBeCloseTo(1 / (1.035 ** 30 * 1.03 ** 2), 12);
  });

  it("refuses a schedule that does not start at year 0 or whose bands are out of order", () => {
    const health = defaultDiscountSettings.health;
    expect(discountSettingsSchema.safeParse({ health, standard: [{ fromYear: 1, rate: 0.035 }] }).success).toBe(false);
    expect(discountSettingsSchema.safeParse({ health, standard: [{ fromYear: 0, rate: 0.035 }, { fromYear: 31, rate: 0.03 }, { fromYear: 31, rate: 0.025 }] }).success).toBe(false);
    expect(discountSettingsSchema.safeParse({ health, standard: [{ fromYear: 0, rate: -0.01 }] }).success).toBe(false);
    expect(discountSettingsSchema.safeParse(defaultDiscountSettings).success).toBe(true);
  });
});
