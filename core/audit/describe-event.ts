/**
 * An audit event in plain words ("Amina Patel opened the case of client PW-…"), for the export;
 * the viewer says the same in the reader's language from its catalogue (`auditReview.actions`), with
 * the same actions named. Events about a client name it by its pseudonymous reference only.
 */

/** Whether the event was made under emergency access, or granted it. */
export const isBreakGlassAction = (action: string): boolean => action === "case.break_glass" || action.endsWith("_break_glass");

/** The words for each action described; `{client}` is the client's reference. */
export const describedActions = {
  "case.read": "opened the case of client {client}",
  "case.read_break_glass": "opened the case of client {client} under emergency access",
  "case.break_glass": "used emergency access to the case of client {client}",
  "case.opened": "opened a case for client {client}",
  "case.outcomes_read": "read the outcomes of client {client}",
  "client.read": "opened the profile of client {client}",
  "client.read_break_glass": "opened the profile of client {client} under emergency access",
  "client.identity_revealed": "revealed the name and contact details of client {client}",
  "client.identity_updated": "changed the identity details of client {client}",
  "client.searched": "searched for a client",
  "assessment.read": "opened an assessment of client {client}",
  "care_plan.read": "read the care plan of client {client}",
  "session.read": "opened a session note of client {client}",
  "session.recorded": "recorded a session with client {client}",
  "referral.read": "opened a referral",
  "auth.signed_in": "signed in",
  "auth.sign_in_failed": "failed to sign in",
  "auth.password_accepted": "gave the right password",
  "auth.second_factor_enrolled": "set up an authenticator app",
  "audit.events_read": "read the audit trail",
  "audit.events_exported": "exported the audit trail",
  "audit.client_searched": "searched for a client in the audit trail",
  "audit.break_glass_reason_read": "read why emergency access was used to client {client}",
  "audit.chain_verified": "verified the audit chain",
  "audit.alert_reviewed": "reviewed an unusual-access alert",
  "audit.alert_settings_changed": "changed the unusual-access alert settings",
} as const satisfies Record<string, string>;
export type DescribedAction = keyof typeof describedActions;

export const isDescribedAction = (action: string): action is DescribedAction => Object.hasOwn(describedActions, action);

/** The event as one English sentence; an action not described is named as recorded. */
export function describeEvent(event: { actorName: string | null; action: string; clientReference: string | null }): string {
  const who = event.actorName ?? "The system";
  const client = event.clientReference ?? "(unknown)";
  if (isDescribedAction(event.action)) return `${who} ${describedActions[event.action].replace("{client}", client)}`;
  return `${who}: ${event.action}${event.clientReference ? ` (client ${event.clientReference})` : ""}`;
}
