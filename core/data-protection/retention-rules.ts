/**
 * The retention schedule: how long a record about a person is kept after the organisation's work
 * with them ended, by record type and by the person's age when it ended. Pure date arithmetic over
 * `YYYY-MM-DD` London days; the server supplies the facts and does the listing.
 *
 * The defaults follow the NHS Records Management Code of Practice 2021 (the benchmark the ICO and
 * charities in health and social care use; UK law sets no fixed period): adults' records 8 years
 * after care ends; children's until their 25th birthday, or their 26th if they were 17 when care
 * ended. Source: https://themdu.com/guidance-and-advice/latest-updates-and-advice/updated-guidance-on-medical-records-management-and-retention
 *
 * What a "record" is here, and why:
 * - `client`: a person and everything held about them (identity, cases, referrals that became
 *   cases, assessments, plans, sessions, panel material), reviewed as one, because erasing a person
 *   destroys their one data key and so takes every encrypted field at once. Their work has ended
 *   only when every case is closed; the period runs from the latest closure, so a reopened and
 *   closed-again case starts the clock again, and an open case keeps the person off the list.
 *   A person recorded without any case (a duplicate check, a referral linked but never opened)
 *   counts from their last referral's decision, or from when they were recorded.
 * - `referral`: a referral that never became a case (signposted or declined, never linked to a
 *   person). Its details sit under its own key, so it is reviewed and erased on its own, counting
 *   from the triage decision. The referred person's date of birth, when given, decides their age.
 */

export const retentionRecordTypes = ["client", "referral"] as const;
export type RetentionRecordType = (typeof retentionRecordTypes)[number];

/** Which part of a rule applied: the person's age when the work with them ended. */
export const retentionAgeGroups = ["adult", "child_aged_17", "child", "age_unknown"] as const;
export type RetentionAgeGroup = (typeof retentionAgeGroups)[number];

export interface RetentionRule {
  /** An adult's record is kept this many whole years after the work ended. */
  adultYearsAfterClosure: number;
  /** A child's record is kept until this birthday. */
  childUntilBirthday: number;
  /** A child who was 17 when the work ended: kept until this birthday. */
  childAged17UntilBirthday: number;
}

/** NHS Records Management Code of Practice 2021 (see the module comment). */
export const defaultRetentionRule: RetentionRule = { adultYearsAfterClosure: 8, childUntilBirthday: 25, childAged17UntilBirthday: 26 };

/** Bounds a rule must keep: a child is kept at least until adulthood, and nothing is kept for ever. */
export const retentionRuleBounds = { minYears: 1, maxYears: 75, minBirthday: 18, maxBirthday: 100 } as const;

const parseDay = (day: string): [number, number, number] => [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
const writeDay = (year: number, month: number, date: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The same day `years` later (or earlier, when negative). 29 February in a year without one becomes
 * 1 March: in England and Wales a person born on 29 February attains an age at the start of the
 * anniversary of their birth (Family Law Reform Act 1969, s.9), which in a common year is taken as
 * 1 March; periods counted from a 29 February follow the same reading, so nothing falls due early.
 */
export function addYears(day: string, years: number): string {
  const [year, month, date] = parseDay(day);
  const target = year + years;
  if (month === 2 && date === 29 && !isLeapYear(target)) return writeDay(target, 3, 1);
  return writeDay(target, month, date);
}

/** Whole years of age on `day` for someone born on `dateOfBirth` (a 29 February birthday counts on 1 March in a common year). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [birthYear] = parseDay(dateOfBirth);
  const [year] = parseDay(day);
  const years = year - birthYear;
  return addYears(dateOfBirth, years) <= day ? years : years - 1;
}

/** The age group a rule applies by, from the age when the work ended; an unknown or impossible date of birth is `age_unknown`. */
export function ageGroupAt(dateOfBirth: string | null, endedOn: string): RetentionAgeGroup {
  if (dateOfBirth === null || dateOfBirth > endedOn) return "age_unknown";
  const age = ageOn(dateOfBirth, endedOn);
  if (age >= 18) return "adult";
  return age === 17 ? "child_aged_17" : "child";
}

/**
 * The day a record falls due for deletion. Without a usable date of birth the person may have been
 * a child, so the longest period the rule could give is used: as if born the day the work ended
 * (until the child's birthday), or 17 that day, or an adult, whichever is latest.
 */
export function retentionDueOn(rule: RetentionRule, endedOn: string, dateOfBirth: string | null): { dueOn: string; ageGroup: RetentionAgeGroup } {
  const ageGroup = ageGroupAt(dateOfBirth, endedOn);
  switch (ageGroup) {
    case "adult":
      return { ageGroup, dueOn: addYears(endedOn, rule.adultYearsAfterClosure) };
    case "child_aged_17":
      return { ageGroup, dueOn: addYears(dateOfBirth!, rule.childAged17UntilBirthday) };
    case "child":
      return { ageGroup, dueOn: addYears(dateOfBirth!, rule.childUntilBirthday) };
    case "age_unknown": {
      const longest = Math.max(rule.adultYearsAfterClosure, rule.childUntilBirthday, rule.childAged17UntilBirthday - 17);
      return { ageGroup, dueOn: addYears(endedOn, longest) };
    }
  }
}

/**
 * The fewest whole years after the work ended that any record can fall due under `rule`, whatever
 * the person's age. Only records whose work ended at least this long ago can be due, so only they
 * need their date of birth decrypted. A child aged 17 reaches the 17-year-old's birthday more than
 * (birthday − 18) years later; a younger child the child's birthday more than (birthday − 17) years later.
 */
export function earliestDueYears(rule: RetentionRule): number {
  return Math.max(0, Math.min(rule.adultYearsAfterClosure, rule.childAged17UntilBirthday - 18, rule.childUntilBirthday - 17));
}

/** The last day the work could have ended for a record to be due on `today` under `rule`. */
export const latestPossibleEndForDue = (rule: RetentionRule, today: string): string => addYears(today, -earliestDueYears(rule));

export type RetentionState = "kept" | "due" | "held";

/** Where a record stands on `today`: kept (not yet due), due for deletion, or due but held by a retention hold. */
export function retentionState(input: { rule: RetentionRule; endedOn: string; dateOfBirth: string | null; today: string; isHeld: boolean }): {
  state: RetentionState;
  dueOn: string;
  ageGroup: RetentionAgeGroup;
} {
  const { dueOn, ageGroup } = retentionDueOn(input.rule, input.endedOn, input.dateOfBirth);
  const state: RetentionState = dueOn > input.today ? "kept" : input.isHeld ? "held" : "due";
  return { state, dueOn, ageGroup };
}
