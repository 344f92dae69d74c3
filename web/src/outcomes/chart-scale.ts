/**
 * The arithmetic of the outcome charts, kept apart from drawing so it can be tested: where a day
 * falls along the time axis, where a score falls up the value axis, the shaded band regions, the
 * value ticks, and which dates have room for a label.
 */

export interface Plot {
  /** The drawing area inside the axes, in SVG units. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const dayOf = (isoDate: string): number => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

/** x for each date, by elapsed time: one date (or one day) sits in the middle; otherwise first at `left`, last at `right`. */
export function timeScale(dates: readonly string[], plot: Plot): (isoDate: string) => number {
  const days = dates.map(dayOf);
  const first = Math.min(...days);
  const last = Math.max(...days);
  if (days.length === 0 || first === last) return () => (plot.left + plot.right) / 2;
  return (isoDate) => plot.left + ((dayOf(isoDate) - first) / (last - first)) * (plot.right - plot.left);
}

/** y for a value within its range: the minimum at `bottom`, the maximum at `top`, out-of-range values held at the edge. */
export function valueScale(range: { min: number; max: number }, plot: Plot): (value: number) => number {
  const span = range.max - range.min;
  return (value) => {
    if (span <= 0) return (plot.top + plot.bottom) / 2;
    const clamped = Math.min(range.max, Math.max(range.min, value));
    return plot.bottom - ((clamped - range.min) / span) * (plot.bottom - plot.top);
  };
}

export interface Band {
  from: number;
  label: string;
  level: string;
}

/** Each band as the stretch of values it covers within the range: from its start to the next band's start. */
export function bandRegions(bands: readonly Band[], range: { min: number; max: number }): { from: number; to: number; label: string; level: string }[] {
  return bands
    .map((band, index) => ({ ...band, to: bands[index + 1]?.from ?? range.max }))
    .map((band) => ({ from: Math.max(range.min, band.from), to: Math.min(range.max, band.to), label: band.label, level: band.level }))
    .filter((band) => band.to > band.from);
}

/** Round values for the value axis: about `count` steps of 1, 2, 5 or 10 × a power of ten, from min to max. */
export function valueTicks(range: { min: number; max: number }, count = 4): number[] {
  const span = range.max - range.min;
  if (span <= 0) return [range.min];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(range.min / step) * step; tick <= range.max + 1e-9; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6 + 0);
  if (ticks[0] !== range.min) ticks.unshift(range.min);
  if (ticks.at(-1) !== range.max) ticks.push(range.max);
  // Drop a tick crowding the end it sits next to.
  return ticks.filter((tick, index) => index === 0 || index === ticks.length - 1 || (tick - range.min >= step / 2 && range.max - tick >= step / 2));
}

/** Which of the points (by x) get a date label: always the first and last, others where `minGap` allows. */
export function labelledIndexes(xs: readonly number[], minGap: number): number[] {
  if (xs.length <= 1) return xs.map((_, index) => index);
  const last = xs.length - 1;
  const chosen = [0];
  for (let index = 1; index < last; index++) {
    const x = xs[index]!;
    if (x - xs[chosen.at(-1)!]! >= minGap && xs[last]! - x >= minGap) chosen.push(index);
  }
  if (xs[last]! - xs[chosen.at(-1)!]! >= minGap || chosen.length === 1) chosen.push(last);
  else chosen[chosen.length - 1] = last;
  return chosen;
}
