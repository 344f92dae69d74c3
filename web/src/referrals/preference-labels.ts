/** Readable names for the languages a person can be supported in, for selects and summaries. */
import { useTranslation } from "react-i18next";
import { supportLanguages } from "../../../core/referrals/vocabulary.js";

export function useLanguageOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  return supportLanguages.map((code) => ({ value: code, label: t(`referrals.languages.${code}`) }));
}

/** A language code as words; codes outside the list are shown as recorded. */
export function useLanguageName(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => t(`referrals.languages.${code}`, { defaultValue: code });
}
