/**
 * The staff app speaks English and Urdu only. Someone who chose Punjabi, Bengali, Arabic or Polish on
 * the public pages sees staff pages in their saved staff language (English if none) — without
 * forgetting the public choice, so the public pages open in it again next time.
 */
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { activeLanguage, isStaffLanguage } from "../i18n/i18n.js";
import { useSession } from "../session/session-context.js";

export function StaffLanguageGate() {
  const { i18n } = useTranslation();
  const { session } = useSession();
  const language = activeLanguage();
  const isSupported = isStaffLanguage(language);
  const fallback = session?.user.language ?? "en";

  useEffect(() => {
    if (!isSupported) void i18n.changeLanguage(fallback);
  }, [isSupported, fallback, i18n]);

  // Rendering nothing for the moment it takes avoids one frame of staff pages in the wrong direction.
  return isSupported ? <Outlet /> : null;
}
