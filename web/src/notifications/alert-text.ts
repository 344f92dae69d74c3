/**
 * The sentence an alert is shown as, in the user's language, with references, names, instrument
 * titles and flag labels isolated. Assessment alerts name the case and the instrument, never an
 * answer or the client.
 */
import type { TFunction } from "i18next";
import { isolate, isolateReference } from "../i18n/format.js";
import type { Alert } from "./notifications-api.js";

export function alertText(alert: Alert, t: TFunction): string {
  const values = {
    reference: isolateReference(alert.entity.reference),
    site: isolate(alert.siteName ?? t("alerts.unknownSite")),
    person: isolate(alert.actorName ?? t("alerts.unknownPerson")),
    instrument: isolate(alert.instrumentTitle ?? t("alerts.unknownInstrument")),
    flags: (alert.flagLabels ?? []).map(isolate).join(t("alerts.listSeparator")),
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
  }
}

/** Where the alert's "open" link goes. */
export function alertTarget(alert: Alert): string {
  switch (alert.entity.type) {
    case "referral":
      return `/referrals/${alert.entity.id}`;
    case "user":
      return `/users/${alert.entity.id}`;
    case "case":
      return `/cases/${alert.entity.id}`;
    case "assessment":
      return `/assessments/${alert.entity.id}`;
  }
}
