/** The quarters a report may be asked for, newest first, as choices for a select. Pure. */
import { nextQuarter, quarterMonths } from "../../../../core/reporting/kpi.js";

/** Every quarter from `first` to `last`, newest first. */
export function quartersBetween(first: string, last: string): string[] {
  const quarters: string[] = [];
  for (let quarter = first; quarter <= last; quarter = nextQuarter(quarter)) quarters.push(quarter);
  return quarters.reverse();
}

/** The last quarter that has ended by `lastWholeMonth` (`YYYY-MM`): the newest a report can cover. */
export function lastEndedQuarter(lastWholeMonth: string): string {
  const year = Number(lastWholeMonth.slice(0, 4));
  const month = Number(lastWholeMonth.slice(5, 7));
  const quarter = `${year}-Q${Math.ceil(month / 3)}`;
  if (quarterMonths(quarter).to === lastWholeMonth) return quarter;
  return month <= 3 ? `${year - 1}-Q4` : `${year}-Q${Math.ceil(month / 3) - 1}`;
}
