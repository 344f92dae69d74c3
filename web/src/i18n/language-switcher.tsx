/** English / اردو switch. Each language is named in itself so anyone can find their own. */
import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { languageSchema, languages } from "../../../core/api/auth.js";
import { useLanguage } from "./use-language.js";

export function LanguageSwitcher({ size = "sm" }: { size?: "xs" | "sm" }) {
  const { t } = useTranslation();
  const { language, change } = useLanguage();

  function choose(value: string): void {
    const parsed = languageSchema.safeParse(value);
    if (!parsed.success) return;
    change(parsed.data).catch((error: unknown) => {
      // The UI has switched already; only saving the preference failed, and the account page can retry.
      console.error("Saving the language preference failed", error);
    });
  }

  return (
    <SegmentedControl
      size={size}
      aria-label={t("language.label")}
      value={language}
      onChange={choose}
      data={languages.map((value) => ({
        value,
        label: <span lang={value}>{t(`language.names.${value}`)}</span>,
      }))}
    />
  );
}
