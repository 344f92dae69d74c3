import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addYears,
  ageGroupAt,
  ageOn,
  defaultRetentionRule as nhs,
  earliestDueYears,
  latestPossibleEndForDue,
  retentionDueOn,
  retentionRuleBounds,
  retentionState,
  type RetentionRule,
} from "./retention-rules.js";

describe("retention.rules", () => {
  it("keeps an adult's record 8 years after the case closed, due on the anniversary", () => {
    expect(retentionDueOn(nhs, "2017-06-30", "1980-01-15")).toEqual({ ageGroup: "adult", dueOn: "2025-06-30" });
    expect(retentionState({ rule: nhs, endedOn: "2017-06-30", dateOfBirth: "1980-01-15", today: "2025-06-29", isHeld: false }).state).toBe("kept");
    expect(retentionState({ rule: nhs, endedOn: "2017-06-30", dateOfBirth: "1980-01-15", today: "2025-06-30", isHeld: false }).state).toBe("due");
  });

  it("keeps a child's record until their 25th birthday", () => {
    expect(retentionDueOn(nhs, "2015-09-01", "2005-04-12")).toEqual({ ageGroup: "child", dueOn: "2030-04-12" });
  });

  it("keeps the record of a child who was 17 at closure until their 26th birthday", () => {
    expect(retentionDueOn(nhs, "2018-05-01", "2000-11-20")).toEqual({ ageGroup: "child_aged_17", dueOn: "2026-11-20" });
  });

  it("counts someone as 17 up to the day before their 18th birthday, and as an adult on it", () => {
    expect(ageGroupAt("2000-05-01", "2018-04-30")).toBe("child_aged_17");
    expect(ageGroupAt("2000-05-01", "2018-05-01")).toBe("adult");
    expect(ageGroupAt("2000-05-01", "2017-05-01")).toBe("child_aged_17");
    expect(ageGroupAt("2000-05-01", "2017-04-30")).toBe("child");
    // A case closed on the 18th birthday is an adult's: 8 years, not the 26th birthday.
    expect(retentionDueOn(nhs, "2018-05-01", "2000-05-01").dueOn).toBe("2026-05-01");
    expect(retentionDueOn(nhs, "2018-04-30", "2000-05-01").dueOn).toBe("2026-05-01");
  });

  it("lets a 29 February birthday fall on 1 March in a common year", () => {
    expect(addYears("2004-02-29", 1)).toBe("2005-03-01");
    expect(addYears("2004-02-29", 4)).toBe("2008-02-29");
    expect(addYears("2000-02-29", 100)).toBe("2100-03-01");
    expect(addYears("2004-02-29", -1)).toBe("2003-03-01");
    expect(ageOn("2004-02-29", "2022-02-28")).toBe(17);
    expect(ageOn("2004-02-29", "2022-03-01")).toBe(18);
    expect(ageOn("2004-02-29", "2024-02-29")).toBe(20);
    // Closed the day before the 18th "birthday" (1 March 2022): a child aged 17, kept to the 26th birthday (2030 is common: 1 March).
    expect(retentionDueOn(nhs, "2022-02-28", "2004-02-29")).toEqual({ ageGroup: "child_aged_17", dueOn: "2030-03-01" });
    // A child born on 29 February reaches their 25th birthday on the day itself in a leap year.
    expect(retentionDueOn(nhs, "2010-06-01", "1999-03-01").dueOn).toBe("2024-03-01");
    expect(retentionDueOn(nhs, "2010-06-01", "2000-02-29").dueOn).toBe("2025-03-01");
    expect(retentionDueOn({ ...nhs, childUntilBirthday: 24 }, "2010-06-01", "2000-02-29").dueOn).toBe("2024-02-29");
  });

  it("counts 8 years from a case closed on 29 February to 1 March when the year has none", () => {
    expect(retentionDueOn(nhs, "2016-02-29", "1970-01-01").dueOn).toBe("2024-02-29");
    expect(retentionDueOn({ ...nhs, adultYearsAfterClosure: 9 }, "2016-02-29", "1970-01-01").dueOn).toBe("2025-03-01");
  });

  it("keeps a record whose date of birth is unknown for the longest the rule could require", () => {
    // As if born the day the case closed: until the 25th birthday, 25 years on.
    expect(retentionDueOn(nhs, "2010-01-10", null)).toEqual({ ageGroup: "age_unknown", dueOn: "2035-01-10" });
    // A date of birth after the closure is a slip, not a fact to rely on.
    expect(retentionDueOn(nhs, "2010-01-10", "2011-01-01").ageGroup).toBe("age_unknown");
  });

  it("lists a due record under a hold as held, never as due", () => {
    const held = retentionState({ rule: nhs, endedOn: "2010-01-10", dateOfBirth: "1970-01-01", today: "2026-01-01", isHeld: true });
    expect(held).toEqual({ state: "held", dueOn: "2018-01-10", ageGroup: "adult" });
    // A hold on a record not yet due changes nothing: it is simply kept.
    expect(retentionState({ rule: nhs, endedOn: "2020-01-10", dateOfBirth: "1970-01-01", today: "2026-01-01", isHeld: true }).state).toBe("kept");
  });

  it("says no record can be due sooner than 8 years after closure under the NHS defaults", () => {
    expect(earliestDueYears(nhs)).toBe(8);
    expect(latestPossibleEndForDue(nhs, "2026-11-25")).toBe("2018-11-25");
    expect(earliestDueYears({ adultYearsAfterClosure: 6, childUntilBirthday: 25, childAged17UntilBirthday: 26 })).toBe(6);
    expect(earliestDueYears({ adultYearsAfterClosure: 10, childUntilBirthday: 21, childAged17UntilBirthday: 26 })).toBe(4);
    expect(earliestDueYears({ adultYearsAfterClosure: 10, childUntilBirthday: 25, childAged17UntilBirthday: 18 })).toBe(0);
  });

  const day = fc.date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  const rule: fc.Arbitrary<RetentionRule> = fc.record({
    adultYearsAfterClosure: fc.integer({ min: retentionRuleBounds.minYears, max: retentionRuleBounds.maxYears }),
    childUntilBirthday: fc.integer({ min: retentionRuleBounds.minBirthday, max: retentionRuleBounds.maxBirthday }),
    childAged17UntilBirthday: fc.integer({ min: retentionRuleBounds.minBirthday, max: retentionRuleBounds.maxBirthday }),
  });

  it("never lets a record fall due before the earliest possible period, so the candidate cut-off misses none", () => {
    fc.assert(
      fc.property(rule, day, fc.option(day, { nil: null }), day, (someRule, endedOn, dateOfBirth, today) => {
        const { dueOn } = retentionDueOn(someRule, endedOn, dateOfBirth);
        expect(dueOn >= addYears(endedOn, earliestDueYears(someRule))).toBe(true);
        // Due today means the work ended no later than the cut-off the server reads with.
        if (dueOn <= today) expect(endedOn <= latestPossibleEndForDue(someRule, today)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never makes a due day before the day the work ended", () => {
    fc.assert(
      fc.property(rule, day, fc.option(day, { nil: null }), (someRule, endedOn, dateOfBirth) => {
        expect(retentionDueOn(someRule, endedOn, dateOfBirth).dueOn > endedOn).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives whole years of age that grow by one on each birthday", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), (dateOfBirth, years) => {
        const birthday = addYears(dateOfBirth, years);
        expect(ageOn(dateOfBirth, birthday)).toBe(years);
        const dayBefore = new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        if (years > 0) expect(ageOn(dateOfBirth, dayBefore)).toBe(years - 1);
      }),
    );
  });
});
