/**
 * Naming registered attendees: the client's given and family names decrypted from the vault, for a
 * reader who sees their case, each read audited in the caller's transaction. Nothing else of the
 * identity is opened.
 */
import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { namedAttendeeSchema } from "../../core/api/programmes.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { clientIdentities } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";

export interface AttendeeToName {
  enrolmentId: string;
  caseId: string;
  caseReference: string;
  clientId: string;
}

type NamedAttendee = z.infer<typeof namedAttendeeSchema>;

export async function nameAttendees(
  tx: Db,
  actor: Actor,
  attendees: readonly AttendeeToName[],
  context: { vault: Vault; requestId: string; siteId: string; groupSessionId: string | null },
): Promise<NamedAttendee[]> {
  if (attendees.length === 0) return [];
  const clientIds = [...new Set(attendees.map((attendee) => attendee.clientId))];
  const rows = await tx
    .select({ clientId: clientIdentities.clientId, givenName: clientIdentities.givenName, familyName: clientIdentities.familyName })
    .from(clientIdentities)
    .where(inArray(clientIdentities.clientId, clientIds));
  const names = new Map<string, string>();
  for (const row of rows) {
    const key = await context.vault.loadSubjectKey(tx, row.clientId);
    const open = (field: string, value: Uint8Array | null) => (value ? context.vault.decrypt(key, `identity.${field}`, value) : "");
    names.set(row.clientId, [open("givenName", row.givenName), open("familyName", row.familyName)].filter(Boolean).join(" "));
  }
  for (const clientId of clientIds) {
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "client.name_read",
      entityType: context.groupSessionId ? "group_session" : "site",
      entityId: context.groupSessionId ?? context.siteId,
      siteId: context.siteId,
      clientId,
      requestId: context.requestId,
      details: { purpose: context.groupSessionId ? "group_session_attendees" : "group_session_options" },
    });
  }
  return attendees
    .map((attendee) => ({ enrolmentId: attendee.enrolmentId, caseId: attendee.caseId, caseReference: attendee.caseReference, name: names.get(attendee.clientId) ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.caseReference.localeCompare(b.caseReference));
}
