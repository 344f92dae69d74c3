/** The months an export is asked for: written `YYYY-MM`, by default the last whole London month. */
import { londonDay } from "../../../../core/london-time.js";

/** The month before `month` (`YYYY-MM`). */
export function monthBefore(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, "0")}`;
}

/** The last whole month in London before `now`: the usual monthly submission. */
export const lastWholeMonth = (now: Date): string => monthBefore(londonDay(now).slice(0, 7));
