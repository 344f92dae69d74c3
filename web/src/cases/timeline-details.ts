/**
 * The extra facts a timeline event carries (`details`), as sentences: the tier chosen, how a case
 * was closed, who was assigned, where it was transferred, which instrument an assessment used. Unknown details are left out rather than
 * shown raw. The server names the people and sites an event is about.
 */
import { useTranslation } from "react-i18next";
import { isolate, isolateReference } from "../i18n/format.js";
import { useSiteName } from "../users/grant-list.js";
import type { TimelineEntry } from "./cases-api.js";

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

export function useTimelineDetails(): (entry: TimelineEntry) => string[] {
  const { t } = useTranslation();
  const siteName = useSiteName();
  return (entry) => {
    const d = entry.details;
    const lines: string[] = [];
    const tier = text(d.tier);
    if (tier) lines.push(t("cases.timeline.tier", { tier: t(`cases.tiers.${tier}`, { defaultValue: tier }) }));
    if (entry.type === "close") {
      const reason = text(d.reason);
      const outcome = text(d.outcome);
      if (reason) lines.push(t("cases.timeline.closeReason", { reason: t(`cases.closureReasons.${reason}`, { defaultValue: reason }) }));
      if (outcome) lines.push(t("cases.timeline.closeOutcome", { outcome: t(`cases.closureOutcomes.${outcome}`, { defaultValue: outcome }) }));
    }
    const role = text(d.role);
    if ((entry.type === "assigned" || entry.type === "unassigned" || entry.type === "named") && text(d.userId)) {
      const who = entry.personName ?? t("cases.timeline.someone");
      lines.push(role ? t("cases.timeline.personAs", { who: isolate(who), role: t(`cases.roles.${role}`, { defaultValue: role }) }) : who);
    }
    const from = text(d.fromSiteId);
    const to = text(d.toSiteId);
    if (from && to) lines.push(t("cases.timeline.transfer", { from: isolate(entry.fromSiteName ?? siteName(from)), to: isolate(entry.toSiteName ?? siteName(to)) }));
    const consent = text(d.consentMethod);
    if (consent) lines.push(t("cases.timeline.consent", { method: t(`cases.transfer.methods.${consent}`, { defaultValue: consent }) }));
    const reference = text(d.referralReference);
    if (reference) lines.push(t("cases.timeline.referral", { reference: isolateReference(reference) }));
    const instrument = text(d.title);
    if (instrument && entry.type.startsWith("assessment_")) lines.push(t("cases.timeline.instrument", { title: isolate(instrument) }));
    const merged = text(d.mergedReference);
    if (merged) lines.push(t("cases.timeline.mergedRecord", { reference: isolateReference(merged) }));
    return lines;
  };
}
