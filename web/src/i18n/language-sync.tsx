/**
 * Keeps the language and direction in step: the signed-in user's saved language is applied when a
 * session arrives, and every language change sets Mantine's direction (html lang/dir are set by i18n).
 */
import { useDirection } from "@mantine/core";
import i18next from "i18next";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../session/session-context.js";
import { activeLanguage, currentLanguage, directionOf, rememberLanguage } from "./i18n.js";

export function LanguageSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const { session } = useSession();
  const savedLanguage = session?.user.language;

  // Only when the saved language itself changes (a session arrives, or the preference is saved).
  // The `i18n` from useTranslation is a new object after every language change, so depending on it
  // would undo each choice made before it has been saved.
  useEffect(() => {
    if (savedLanguage && savedLanguage !== currentLanguage()) {
      rememberLanguage(savedLanguage);
      void i18next.changeLanguage(savedLanguage);
    }
  }, [savedLanguage]);

  const language = i18n.resolvedLanguage;
  useEffect(() => {
    setDirection(directionOf(activeLanguage()));
  }, [language, setDirection]);

  return null;
}
