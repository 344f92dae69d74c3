/**
 * Reading and changing the UI language. A change applies at once; when signed in it is also saved
 * on the server, and on this device either way so the sign-in page opens in it next time.
 */
import { useTranslation } from "react-i18next";
import type { Language } from "../../../core/api/auth.js";
import { authApi } from "../auth/auth-api.js";
import { useSession } from "../session/session-context.js";
import { currentLanguage, rememberLanguage } from "./i18n.js";

export function useLanguage() {
  const { i18n } = useTranslation();
  const { session, setSession } = useSession();

  async function change(language: Language): Promise<void> {
    rememberLanguage(language);
    await i18n.changeLanguage(language);
    if (session?.mfaState === "complete" && session.user.language !== language) {
      setSession(await authApi.savePreferences({ language }));
    }
  }

  return { language: currentLanguage(), change };
}
