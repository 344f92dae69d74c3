/**
 * The providers every page needs, outermost first: direction (for right-to-left Urdu and Arabic), the Mantine
 * theme in the current language, the session, then the router.
 */
import { DirectionProvider, MantineProvider } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter } from "react-router-dom";
import { activeLanguage, directionOf } from "../i18n/i18n.js";
import { LanguageSync } from "../i18n/language-sync.js";
import { SessionProvider } from "../session/session-context.js";
import { AppRoutes } from "./app-routes.js";
import { cssVariablesResolver, buildTheme } from "./theme.js";

export function App() {
  useTranslation();
  const language = activeLanguage();
  const theme = useMemo(() => buildTheme(language), [language]);
  return (
    <DirectionProvider initialDirection={directionOf(language)}>
      <MantineProvider theme={theme} forceColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
        <SessionProvider>
          <LanguageSync />
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
