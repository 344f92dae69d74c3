/**
 * The server's refusals of an attribution, in the reader's language: a partner or session that is
 * not the referral's site's own, or a session held with another partner than the one chosen.
 */
import type { TFunction } from "i18next";

export type AttributionErrors = { partnerId?: string | null | undefined; outreachSessionId?: string | null | undefined };

export function translateAttributionErrors(errors: AttributionErrors, t: TFunction): AttributionErrors {
  return {
    partnerId: errors.partnerId ? t("attribution.errors.partner") : null,
    outreachSessionId: errors.outreachSessionId ? t(errors.outreachSessionId.includes("another partner") ? "attribution.errors.otherPartner" : "attribution.errors.session") : null,
  };
}
