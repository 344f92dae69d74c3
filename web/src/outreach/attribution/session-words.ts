/** An outreach session in a few words, for a picker or a referral: "Fri 9 May 2026, 13:00 · Friday mosque presence · Green Lane Mosque". */
import type { TFunction } from "i18next";
import type { AttributedSession } from "../../../../core/api/outreach-attribution.js";
import { currentLanguage } from "../../i18n/i18n.js";

const locales = { en: "en-GB", ur: "ur-PK" } as const;

/** When it started, as London's clocks showed it. */
export function sessionWhen(startsAt: string): string {
  return new Intl.DateTimeFormat(locales[currentLanguage()], { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" }).format(new Date(startsAt));
}

export function sessionWhere(session: Pick<AttributedSession, "partnerName" | "venue">): string {
  return session.partnerName ?? session.venue;
}

export function sessionWords(t: TFunction, session: AttributedSession): string {
  return [sessionWhen(session.startsAt), t(`outreach.sessionTypes.${session.sessionType}`), sessionWhere(session)].filter((part) => part !== "").join(" · ");
}
