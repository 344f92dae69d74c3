/**
 * Reading and changing the UI language. A change applies at once; when signed in (even before the
 * second step) it is also saved on the server, and on this device either way so the sign-in page
 * opens in it next time.
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
    // Saved for any signed-in session, including one still giving or setting up its second step
    // (whose session here is not updated, so it cannot say what is already saved).
    if (session && (session.mfaState !== "complete" || session.user.language !== language)) {
      const saved = await authApi.savePreferences({ language });
      // Until sign-in is complete the pages hold on to the session they have: taking the server's
      // answer there could move on (from the recovery codes, say) before the person is ready.
      if (session.mfaState === "complete") setSession(saved);
    }
  }

  return { language: currentLanguage(), change };
}
