/**
 * The public pages' language picker: every language named in its own script and font, so anyone
 * can find theirs whatever the page is in. Changing it applies at once and is remembered on this
 * device; it is never saved to a staff account (the staff app speaks English and Urdu only).
 */
import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fontStacks } from "../app/theme.js";
import { activeLanguage, publicLanguages, rememberLanguage, type PublicLanguage } from "../i18n/i18n.js";
import { publicLanguageName } from "./public-languages.js";

export function PublicLanguagePicker() {
  const { t, i18n } = useTranslation();
  const current = activeLanguage();

  function choose(language: PublicLanguage): void {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  }

  return (
    <Group component="div" role="group" aria-label={t("public.language.label")} gap={4} wrap="wrap" className="public-language-picker">
      {publicLanguages.map((language) => {
        const isCurrent = language === current;
        return (
          <Button
            key={language}
            size="compact-md"
            variant={isCurrent ? "filled" : "subtle"}
            aria-pressed={isCurrent}
            onClick={() => choose(language)}
            lang={language}
            style={{ fontFamily: fontStacks[language] }}
          >
            {publicLanguageName(language)}
          </Button>
        );
      })}
    </Group>
  );
}
