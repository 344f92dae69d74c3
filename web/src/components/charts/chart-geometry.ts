/**
 * The arithmetic of the charts, apart from drawing so it can be tested: a count axis in
 * round steps, where each month's bar stands, how long a horizontal bar is, and which month labels
 * have room. Counts start at zero; a chart of nothing still has an axis.
 */
/**
 * The count axis for these values: about four round steps (1, 2 or 5 × a power of ten, never less
 * than 1) from zero to the first step at or above the largest, each step a tick.
 */
export function countScale(values: readonly number[]): { max: number; ticks: number[] } {
  const largest = Math.max(0, ...values);
  const power = 10 ** Math.floor(Math.log10(Math.max(1, largest / 4)));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= largest / 4) ?? 10 * power;
  const max = Math.max(step, Math.ceil(largest / step) * step);
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, index) => index * step) };
}

export interface BarSlot {
  /** The bar's left edge and width, in SVG units. */
  x: number;
  width: number;
  /** Its middle, for a label. */
  centre: number;
}

/** `count` bars side by side across `left`…`right`, each a little narrower than its slot. */
export function barSlots(count: number, left: number, right: number): BarSlot[] {
  if (count === 0) return [];
  const slot = (right - left) / count;
  const width = Math.max(1, Math.min(slot * 0.7, 36));
  return Array.from({ length: count }, (_, index) => {
    const centre = left + slot * (index + 0.5);
    return { x: centre - width / 2, width, centre };
  });
}

/** How long a bar for `value` is when `max` fills `length`; a count above zero always shows. */
export function barLength(value: number, max: number, length: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(2, (Math.min(value, max) / max) * length);
}

/**
 * About how wide, in SVG units, a figure written with `characters` characters is at `fontSize`
 * (digits and separators in the app's sans-serif are a little over half the font size wide), so a
 * chart leaves a figure out, or makes room, rather than let figures overlap.
 */
export const figureWidth = (characters: number, fontSize: number): number => Math.ceil(characters * fontSize * 0.6);

/** Which of `count` evenly spaced labels, `gap` apart, are drawn so that none overlap: always the last. */
export function labelledMonths(count: number, gap: number, minGap: number): number[] {
  if (count === 0) return [];
  const every = Math.max(1, Math.ceil(minGap / Math.max(gap, 1e-9)));
  const chosen = new Set<number>();
  for (let index = (count - 1) % every; index < count; index += every) chosen.add(index);
  return [...chosen];
}
