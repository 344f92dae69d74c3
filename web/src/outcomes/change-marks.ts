/**
 * Words and marks for change between assessments. A reliable change (more than measurement error,
 * against the first assessment) is marked ▲ or ▼ by the way the score moved, and named an
 * improvement or a worsening by whether a higher score is better for that measure. In the profile,
 * each rating's movement first-to-latest is better, worse or the same by the same rule.
 */

export type Movement = "up" | "down" | "same";
export type Tone = "better" | "worse" | "same";

export const symbols: Record<Movement, string> = { up: "▲", down: "▼", same: "=" };

/** The mark for a point's reliable change: which way the score moved, and the catalogue key naming it. */
export function reliableChangeMark(change: "improved" | "worsened" | null, isHigherBetter: boolean): { movement: Movement; symbol: string; key: string } | null {
  if (change === null) return null;
  const isUp = (change === "improved") === isHigherBetter;
  const movement: Movement = isUp ? "up" : "down";
  return { movement, symbol: symbols[movement], key: change === "improved" ? "outcomes.reliable.improved" : "outcomes.reliable.worsened" };
}

/** How a rating moved from first to latest, and whether that is better. */
export function movementOf(first: number, latest: number, isHigherBetter: boolean): { movement: Movement; tone: Tone; symbol: string } {
  if (latest === first) return { movement: "same", tone: "same", symbol: symbols.same };
  const movement: Movement = latest > first ? "up" : "down";
  const tone: Tone = (movement === "up") === isHigherBetter ? "better" : "worse";
  return { movement, tone, symbol: symbols[movement] };
}
