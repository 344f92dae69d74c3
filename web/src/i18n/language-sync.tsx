/**
 * Keeps the language and direction in step: the signed-in user's saved language is applied when a
 * session arrives, and every language change sets Mantine's direction (html lang/dir are set by i18n).
 */
import { useDirection } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../session/session-context.js";
import { activeLanguage, currentLanguage, directionOf, rememberLanguage } from "./i18n.js";

export function LanguageSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const { session } = useSession();
  const savedLanguage = session?.user.language;

  useEffect(() => {
    if (savedLanguage && savedLanguage !== currentLanguage()) {
      rememberLanguage(savedLanguage);
      void i18n.changeLanguage(savedLanguage);
    }
  }, [savedLanguage, i18n]);

  const language = i18n.resolvedLanguage;
  useEffect(() => {
    setDirection(directionOf(activeLanguage()));
  }, [language, setDirection]);

  return null;
}
