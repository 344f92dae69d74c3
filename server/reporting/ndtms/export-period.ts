/** The instants a run of whole London months covers: from the first instant of `from` to just before the month after `to`. */
import { londonMonth, startOfLondonDay } from "../../../core/london-time.js";

export interface ExportPeriod {
  from: string;
  to: string;
  starts: Date;
  /** Exclusive: the first instant after the period. */
  before: Date;
  /** The first London day after the period (`YYYY-MM-DD`), for day columns. */
  dayAfter: string;
}

export function exportPeriod(from: string, to: string): ExportPeriod {
  const dayAfter = londonMonth(`${to}-01`).next;
  return { from, to, starts: startOfLondonDay(`${from}-01`), before: startOfLondonDay(dayAfter), dayAfter };
}
