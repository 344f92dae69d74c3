/**
 * The events a webhook can be sent for, and the identity fields a partner with an
 * information-sharing agreement may be sent. Payloads otherwise carry ids and references only.
 */

export const webhookEventTypes = ["referral.received", "case.closed", "panel.decision_recorded"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/**
 * The minimal identity a partner may be sent, and only under an information-sharing agreement in
 * force: names to recognise the person by, and a date of birth to tell two of the same name apart.
 */
export const identityFields = ["givenName", "familyName", "dateOfBirth"] as const;
export type IdentityField = (typeof identityFields)[number];

/** What every payload says, whatever the event. */
export interface WebhookEnvelope {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  organisationId: string;
  siteId: string;
  data: Record<string, string | null>;
}

