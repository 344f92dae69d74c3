/** An outreach session in a few words, for a picker or a referral: "Fri 9 May 2026, 13:00 · Friday mosque presence · Green Lane Mosque". */
import type { TFunction } from "i18next";
import type { AttributedSession } from "../../../../core/api/outreach-attribution.js";
import { londonDayTime } from "../sessions/london-days.js";

export function sessionWhere(session: Pick<AttributedSession, "partnerName" | "venue">): string {
  return session.partnerName ?? session.venue;
}

export function sessionWords(t: TFunction, session: AttributedSession): string {
  return [londonDayTime(session.startsAt), t(`outreach.sessionTypes.${session.sessionType}`), sessionWhere(session)].filter((part) => part !== "").join(" · ");
}
