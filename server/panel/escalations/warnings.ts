/**
 * Where text written for the panel still holds something identifying the client (their name, date
 * of birth, address, postcode, phone or email), so the writer can reword it. The panel's copy is
 * redacted regardless (core/panel/redaction.ts); this is for staff, and names only the kinds found.
 */
import type { z } from "zod";
import type { EscalateBody, identifyingWarningSchema } from "../../../core/api/panel.js";
import { findIdentifyingText, type ClientIdentity } from "../../../core/panel/redaction.js";
import { readIdentity } from "../../clients/identity-store.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { viewOfCase } from "../../sessions/queries.js";
import type { Vault } from "../../vault/vault.js";
import { canEscalate } from "./policy.js";

export type IdentifyingWarning = z.infer<typeof identifyingWarningSchema>;

export function warningsFor(identity: ClientIdentity, texts: readonly { field: IdentifyingWarning["field"]; text: string }[]): IdentifyingWarning[] {
  const byField = new Map<IdentifyingWarning["field"], Set<IdentifyingWarning["kinds"][number]>>();
  for (const { field, text } of texts) {
    for (const match of findIdentifyingText(text, identity)) byField.set(field, (byField.get(field) ?? new Set()).add(match.kind));
  }
  return [...byField].map(([field, kinds]) => ({ field, kinds: [...kinds].sort() }));
}


/**
 * Checks what a worker is about to write for the panel, before anything is saved, for the same
 * people who may escalate the case. Answers only which kinds of identifying text each field holds.
 */
export async function previewEscalation(db: Db, actor: Actor, caseId: string, body: EscalateBody, context: { vault: Vault; now: Date }): Promise<{ warnings: IdentifyingWarning[] }> {
  const view = await viewOfCase(db, actor, caseId, context.now);
  authorize(canEscalate(actor, view), "Only a caseworker or safeguarding lead working this case can escalate it.");
  const identity = await readIdentity(db, context.vault, view.kase.clientId);
  return { warnings: warningsFor(identity, [{ field: "reason", text: body.reason }, { field: "riskSummary", text: body.riskSummary }]) };
}
