/**
 * The extra facts a timeline event carries (`details`), as sentences: the tier chosen, how a case
 * was closed, who was assigned, where it was transferred, which instrument an assessment used, which programme and phases an enrolment moved between. Unknown details are left out rather than
 * shown raw. The server names the people and sites an event is about.
 */
import { useTranslation } from "react-i18next";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import { useSiteName } from "../users/grant-list.js";
import type { TimelineEntry } from "./cases-api.js";

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

export function useTimelineDetails(): (entry: TimelineEntry) => string[] {
  const { t } = useTranslation();
  const siteName = useSiteName();
  const format = useFormat();
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
    // Closing and later additions count the outcomes recorded; the outcomes tab lists them.
    if (typeof d.outcomeCount === "number" && d.outcomeCount > 0) lines.push(t("caseOutcomes.timeline.count", { count: d.outcomeCount }));
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
    const programme = text(d.programmeTitle);
    if (programme && entry.type.startsWith("programme_")) {
      lines.push(t("cases.timeline.programme", { title: isolate(programme) }));
      const fromPhase = text(d.fromPhaseTitle);
      const toPhase = text(d.toPhaseTitle);
      if (fromPhase && toPhase) lines.push(t("cases.timeline.phaseFromTo", { from: isolate(fromPhase), to: isolate(toPhase) }));
      else if (toPhase ?? fromPhase) lines.push(t("cases.timeline.phase", { phase: isolate(toPhase ?? fromPhase ?? "") }));
    }
    if (entry.type.startsWith("care_plan_")) {
      if (typeof d.version === "number") lines.push(t("cases.timeline.carePlanVersion", { version: format.number(d.version) }));
      const nextReview = text(d.nextReviewOn);
      if (nextReview) lines.push(t("cases.timeline.nextReview", { date: isolate(format.day(nextReview)) }));
    }
    const merged = text(d.mergedReference);
    if (merged) lines.push(t("cases.timeline.mergedRecord", { reference: isolateReference(merged) }));
    return lines;
  };
}
