/**
 * The demo history's seeded pseudo-random numbers: the same seed gives the same draws on every
 * machine, so a fresh demo started in the same month holds the same figures. sfc32 (small fast
 * counter) over a 128-bit state spread from the seed text. Not for anything secret: ids, keys and
 * IVs still come from node:crypto.
 */
import { drawsFrom, type SeededDraws } from "../../core/seeded-draws.js";

export interface HistoryRandom extends SeededDraws {
  /** A new generator drawing its own sequence, seeded from this one and `label`. */
  fork(label: string): HistoryRandom;
}

/** A generator for `seed` (any text, e.g. "demo-history:2026-05"). */
export function historyRandom(seed: string): HistoryRandom {
  let [a, b, c, d] = stateOf(seed);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // The first outputs still carry the seed's structure.
  for (let i = 0; i < 12; i++) next();
  const random: HistoryRandom = {
    ...drawsFrom(next),
    fork: (label) => historyRandom(`${label}:${Math.floor(next() * 4_294_967_296)}`),
  };
  return random;
}

/** Four 32-bit words from the seed text (a multiply-xorshift hash run four ways). */
function stateOf(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}
