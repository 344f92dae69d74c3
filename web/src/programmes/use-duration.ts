/** Days in words ("3 days", "2½ weeks") in the reader's language. */
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format.js";
import { durationWords } from "./durations.js";

export function useDuration(): (days: number) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (days) => {
    const words = durationWords(days);
    return "count" in words ? t(words.key, { count: words.count, amount: format.number(words.count) }) : t(words.key);
  };
}
