/**
 * The sentence an alert is shown as, in the user's language, with references, names, instrument
 * titles and flag labels isolated. Assessment alerts name the case and the instrument, never an
 * answer or the client.
 */
import type { TFunction } from "i18next";
import type { Language } from "../../../core/api/auth.js";
import { formatDay, isolate, isolateReference } from "../i18n/format.js";
import type { Alert } from "./notifications-api.js";

export function alertText(alert: Alert, t: TFunction, language: Language): string {
  const values = {
    reference: isolateReference(alert.entity.reference),
    site: isolate(alert.siteName ?? t("alerts.unknownSite")),
    person: isolate(alert.actorName ?? t("alerts.unknownPerson")),
    instrument: isolate(alert.instrumentTitle ?? t("alerts.unknownInstrument")),
    flags: (alert.flagLabels ?? []).map(isolate).join(t("alerts.listSeparator")),
    date: alert.date ? formatDay(alert.date, language) : "",
  };
  switch (alert.kind) {
    case "break_glass":
      return t("alerts.kinds.break_glass", values);
    case "urgent_referral":
      return t("alerts.kinds.urgent_referral", values);
    case "restricted_referral":
      return t("alerts.kinds.restricted_referral", values);
    case "case_transferred_in":
      return t("alerts.kinds.case_transferred_in", values);
    case "password_reset_requested":
      return t("alerts.kinds.password_reset_requested", values);
    case "assessment_flag":
      return values.flags ? t("alerts.kinds.assessment_flag", values) : t("alerts.kinds.assessment_flag_unnamed", values);
    case "assessment_awaiting_approval":
      return t("alerts.kinds.assessment_awaiting_approval", values);
    case "assessment_returned":
      return t("alerts.kinds.assessment_returned", values);
    case "reassessment_due":
      return t("alerts.kinds.reassessment_due", values);
    case "care_plan_review_due":
      return t("alerts.kinds.care_plan_review_due", values);
    case "session_write_up_due":
      return t("alerts.kinds.session_write_up_due", values);
    case "vetting_expiring":
      return t("alerts.kinds.vetting_expiring", values);
    case "vetting_expired":
      return t("alerts.kinds.vetting_expired", values);
    case "urgent_escalation":
      return t("alerts.kinds.urgent_escalation", values);
    case "panel_action_due":
      return t("alerts.kinds.panel_action_due", values);
    case "training_refresher_due": {
      const training = alert.training;
      const course = isolate(training?.courseTitle ?? t("alerts.unknownCourse"));
      const courseText = training?.partnerName ? t("alerts.courseFor", { course, partner: isolate(training.partnerName) }) : course;
      return t("alerts.kinds.training_refresher_due", { ...values, course: courseText, count: training?.count ?? 0 });
    }
    case "unusual_access": {
      const found = alert.unusualAccess;
      if (!found) return t("auditReview.notification.unusual", values);
      return t(`auditReview.notification.${found.rule}`, { ...values, count: found.count });
    }
    case "audit_chain_broken":
      return t("auditReview.notification.chainBroken", values);
    case "retention_due":
      return retentionText(alert, t);
    case "webhook_disabled":
      return t("integrations.alertDisabled", values);
  }
}

/** Records due for deletion, counted: what is new, what still waits, and the total. */
function retentionText(alert: Alert, t: TFunction): string {
  const counts = alert.retention;
  if (!counts) return t("retention.notification.unknown");
  return [
    counts.newlyDue > 0 ? t("retention.notification.newlyDue", { count: counts.newlyDue }) : "",
    counts.stillDue > 0 ? t("retention.notification.stillDue", { count: counts.stillDue }) : "",
    t("retention.notification.total", { count: counts.due }),
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
}

/**
 * Where the alert's "open" link goes; a vetting alert opens the worker's profile, which its readers may see; a care plan review, the case's care plan tab;
 * an urgent escalation, the escalation for the safeguarding lead to accept; a panel action, the owner's own actions (outside members see nothing else);
 * a training refresher, the training's page with its attendees.
 */
export function alertTarget(alert: Alert): string {
  if (alert.kind === "vetting_expiring" || alert.kind === "vetting_expired") return `/workers/${alert.entity.id}`;
  if (alert.kind === "care_plan_review_due") return `/cases/${alert.entity.id}?tab=care-plan`;
  switch (alert.entity.type) {
    case "referral":
      return `/referrals/${alert.entity.id}`;
    case "user":
      return `/users/${alert.entity.id}`;
    case "case":
      return `/cases/${alert.entity.id}`;
    case "assessment":
      return `/assessments/${alert.entity.id}`;
    case "panel_escalation":
      return `/panel/escalations/${alert.entity.id}`;
    case "panel_action":
      return "/panel/actions?show=mine";
    case "training_delivery":
      return `/outreach/training/deliveries/${alert.entity.id}`;
    case "audit_alert":
      return "/audit?tab=alerts";
    case "audit_check":
      return "/audit?tab=verification";
    case "retention_review":
      return "/data-protection/retention";
    case "webhook":
      return "/integrations?tab=webhooks";
  }
}
