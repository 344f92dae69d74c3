/** A wait in days as the dashboard writes it: to one decimal place, "1 day", "2.5 days", in the reader's language. */
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format.js";

export function useDays() {
  const { t } = useTranslation();
  const format = useFormat();
  return (days: number | null): string => {
    if (days === null) return t("dashboard.waits.noValue");
    const rounded = Math.round(days * 10) / 10;
    return t("dashboard.days", { count: rounded, days: format.number(rounded) });
  };
}
