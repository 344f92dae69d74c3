/** The sentence an alert is shown as, in the user's language, with references and names isolated. */
import type { TFunction } from "i18next";
import { isolate, isolateReference } from "../i18n/format.js";
import type { Alert } from "./notifications-api.js";

export function alertText(alert: Alert, t: TFunction): string {
  const values = {
    reference: isolateReference(alert.entity.reference),
    site: isolate(alert.siteName ?? t("alerts.unknownSite")),
    person: isolate(alert.actorName ?? t("alerts.unknownPerson")),
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
  }
}
