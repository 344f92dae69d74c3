/** An audit event as a sentence in the reader's language ("Amina Patel opened the case of client PW-…"). */
import type { TFunction } from "i18next";
import type { AuditEvent } from "../../../core/api/audit.js";
import { isDescribedAction } from "../../../core/audit/describe-event.js";
import { isolate, isolateReference } from "../i18n/format.js";

/** The catalogue key of a described action: its dots become underscores. */
export const actionKey = (action: string): string => `auditReview.actions.${action.replaceAll(".", "_")}`;

export function eventSentence(event: Pick<AuditEvent, "actorName" | "action" | "clientReference">, t: TFunction): string {
  const values = {
    person: isolate(event.actorName ?? t("audit.system")),
    client: isolateReference(event.clientReference ?? t("auditReview.unknownClient")),
    action: isolate(event.action),
  };
  return isDescribedAction(event.action) ? t(actionKey(event.action), values) : t("auditReview.actions.other", values);
}
