/**
 * What a seeded generator is drawn with, whatever the generator: whole numbers in a range, a
 * chance, one of a list, one of a list by weight. The demo's history and the benchmark data each
 * bring their own generator (the demo seeds one from text, the benchmark one per person from
 * numbers) and share these. Pure; never for anything secret.
 */

export interface SeededDraws {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights are non-negative with a positive total. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** The draws made from `next`, a generator uniform in [0, 1). */
export function drawsFrom(next: () => number): SeededDraws {
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items.at(-1);
      if (!last) throw new Error("weighted pick from an empty list");
      return last[0];
    },
  };
}
