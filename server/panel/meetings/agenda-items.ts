/**
 * What the panel is shown about each case on an agenda: the case reference, the client's initials
 * and age band (the identity is opened here and goes no further), the vulnerability domains the
 * case was referred for, and the decision once made. Never a name, a date of birth or an address.
 */
import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { agendaItemSchema } from "../../../core/api/panel.js";
import { ageBandOn } from "../../../core/clients/demographics.js";
import { decisionKinds } from "../../../core/panel/decisions.js";
import { initialsOf } from "../../../core/panel/redaction.js";
import { vulnerabilityDomains, type VulnerabilityDomain } from "../../../core/referrals/vocabulary.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import { cases, panelDecisions, referrals } from "../../db/schema.js";
import type { Vault } from "../../vault/vault.js";
import type { EscalationRow } from "../access/load-meeting.js";

export type AgendaItem = z.infer<typeof agendaItemSchema>;

export interface AgendaCase {
  id: string;
  clientId: string;
  reference: string;
  domains: VulnerabilityDomain[];
}

const isDomain = (value: string): value is VulnerabilityDomain => (vulnerabilityDomains as readonly string[]).includes(value);

/** The cases of these escalations with their references and the domains their referrals named. */
export async function agendaCases(db: Db, caseIds: readonly string[]): Promise<Map<string, AgendaCase>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ id: cases.id, clientId: cases.clientId, reference: cases.reference, reasons: referrals.reasons })
    .from(cases)
    .leftJoin(referrals, eq(referrals.id, cases.referralId))
    .where(inArray(cases.id, [...caseIds]));
  return new Map(rows.map((row) => [row.id, { id: row.id, clientId: row.clientId, reference: row.reference, domains: (row.reasons ?? []).filter(isDomain) }]));
}

/** Agenda items for `escalations`, in their order; `conflictsOf` gives who is conflicted on each case (empty for members). */
export async function agendaItems(db: Db, vault: Vault, escalations: readonly EscalationRow[], facts: { today: string; conflictsOf: (caseId: string) => string[] }): Promise<AgendaItem[]> {
  if (escalations.length === 0) return [];
  const [casesById, decisions] = await Promise.all([
    agendaCases(db, escalations.map((escalation) => escalation.caseId)),
    db.select({ id: panelDecisions.id, escalationId: panelDecisions.escalationId, kind: panelDecisions.kind }).from(panelDecisions).where(inArray(panelDecisions.escalationId, escalations.map((escalation) => escalation.id))),
  ]);
  const items: AgendaItem[] = [];
  for (const escalation of escalations) {
    const kase = casesById.get(escalation.caseId)!;
    const identity = await readIdentity(db, vault, kase.clientId);
    const decision = decisions.find((row) => row.escalationId === escalation.id);
    const kind = decisionKinds.find((candidate) => candidate === decision?.kind);
    items.push({
      escalationId: escalation.id,
      caseId: kase.id,
      caseReference: kase.reference,
      initials: initialsOf(identity.givenName, identity.familyName),
      ageBand: ageBandOn(identity.dateOfBirth, facts.today),
      isUrgent: escalation.isUrgent,
      vulnerabilityDomains: kase.domains,
      decision: decision && kind ? { id: decision.id, kind } : null,
      conflictedMemberIds: facts.conflictsOf(kase.id),
    });
  }
  return items;
}
