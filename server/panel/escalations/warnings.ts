/**
 * Where text written for the panel still holds something identifying the client (their name, date
 * of birth, address, postcode, phone or email), so the writer can reword it. The panel's copy is
 * redacted regardless (core/panel/redaction.ts); this is for staff, and names only the kinds found.
 */
import type { z } from "zod";
import type { identifyingWarningSchema } from "../../../core/api/panel.js";
import { findIdentifyingText, type ClientIdentity } from "../../../core/panel/redaction.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import type { Vault } from "../../vault/vault.js";

export type IdentifyingWarning = z.infer<typeof identifyingWarningSchema>;

export function warningsFor(identity: ClientIdentity, texts: readonly { field: IdentifyingWarning["field"]; text: string }[]): IdentifyingWarning[] {
  const byField = new Map<IdentifyingWarning["field"], Set<IdentifyingWarning["kinds"][number]>>();
  for (const { field, text } of texts) {
    for (const match of findIdentifyingText(text, identity)) byField.set(field, (byField.get(field) ?? new Set()).add(match.kind));
  }
  return [...byField].map(([field, kinds]) => ({ field, kinds: [...kinds].sort() }));
}

/** The client's identity, opened only to look for it in panel texts: it never leaves the server from here. */
export const identityForWarnings = (db: Db, vault: Vault, clientId: string): Promise<ClientIdentity> => readIdentity(db, vault, clientId);
