/**
 * The keyboard way out of the public pages: a key pressed a number of times in a row, each press
 * soon after the one before. Any other key in between starts the count again, so closing a menu with
 * Escape once, or twice, does nothing.
 */
export interface PressCounter {
  /** Counts one press at `at` (milliseconds); true when it completes the run. */
  press(at: number): boolean;
  /** Another key was pressed: start again. */
  reset(): void;
}

export function pressCounter(times = 3, withinMs = 1500): PressCounter {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  return {
    press(at) {
      count = at - last <= withinMs ? count + 1 : 1;
      last = at;
      if (count < times) return false;
      count = 0;
      last = Number.NEGATIVE_INFINITY;
      return true;
    },
    reset() {
      count = 0;
      last = Number.NEGATIVE_INFINITY;
    },
  };
}
