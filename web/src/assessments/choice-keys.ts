/**
 * Number keys answer a question quickly: with focus on one of its answers, "1" chooses the first,
 * "2" the second, and so on (Urdu keyboards' own digits too). Arrow keys move between answers as
 * for any radio group.
 */
const urduDigits = "۰۱۲۳۴۵۶۷۸۹";
const arabicDigits = "٠١٢٣٤٥٦٧٨٩";

/** The option a key press picks (0-based), or null if the key is not a digit 1–9 within range. */
export function optionForKey(key: string, optionCount: number): number | null {
  let digit = /^[1-9]$/.test(key) ? Number(key) : urduDigits.indexOf(key);
  if (digit < 1) digit = arabicDigits.indexOf(key);
  if (digit < 1 || digit > optionCount) return null;
  return digit - 1;
}
