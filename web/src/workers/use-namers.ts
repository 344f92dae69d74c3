/** The words for the codes a match explanation uses: languages, areas of need, specialisms, genders, days. */
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import { useLanguageName } from "../referrals/preference-labels.js";
import type { Namers } from "./match-reasons.js";

export function useNamers(): Namers {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  return {
    language: languageName,
    domain: (code) => t(`referrals.reasons.${code}`, { defaultValue: code }),
    specialism: (code) => t(`support.specialisms.${code}`, { defaultValue: code }),
    gender: (code) => t(`workers.genderWords.${code}`, { defaultValue: code }),
    genderLabel: (code) => t(`workers.genders.${code}`, { defaultValue: code }),
    day: (isoDate) => isolate(format.day(isoDate)),
    list: (items) => items.join(t("workers.listSeparator")),
  };
}
