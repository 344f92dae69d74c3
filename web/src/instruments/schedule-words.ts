/** A re-assessment schedule in words: "At the start · every 12 weeks · at exit", or "Not scheduled". */
import type { TFunction } from "i18next";
import type { ReassessmentSchedule } from "../../../core/api/assessments.js";

export function scheduleWords(schedule: ReassessmentSchedule, t: TFunction): string {
  const parts = [
    ...(schedule.atStart ? [t("instruments.schedule.atStart")] : []),
    ...(schedule.everyWeeks !== null ? [t("instruments.schedule.everyWeeks", { count: schedule.everyWeeks })] : []),
    ...(schedule.atExit ? [t("instruments.schedule.atExit")] : []),
  ];
  return parts.length > 0 ? parts.join(t("instruments.schedule.separator")) : t("instruments.schedule.none");
}
