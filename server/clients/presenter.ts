/**
 * The fields of a client that leave the server. Identity is never here: it needs an audited reveal
 * (reveal-identity.ts). Relationships say whether contact details exist, never what they are.
 */
import type { z } from "zod";
import type { clientMatchSchema, clientMergeSchema, clientProfileSchema, consentSchema, demographicsSchema } from "../../core/api/clients.js";
import type { AgeBand } from "../../core/clients/demographics.js";
import type { RankedCandidate } from "../../core/identity/index.js";
import type { Actor } from "../http/context.js";
import type { ConsentRow } from "./current-consent.js";
import { reversibleUntil } from "./merge-clients.js";
import { mergeStateAt } from "./merge-state.js";
import { canEditClient, canMergeFrom, canRecordConsent, canReverseMerge, canRevealIdentity, canRevealRelationshipContact, type ClientView } from "./policy.js";
import type { ClientRow, MergeRow } from "./queries.js";
import type { ClientRecordState } from "../../core/data-protection/restriction.js";

type Profile = z.infer<typeof clientProfileSchema>;
type Demographics = z.infer<typeof demographicsSchema>;

export interface ProfileParts {
  ageBand: AgeBand;
  consents: { row: ConsentRow; recordedByName: string | null }[];
  consentHistory: { row: ConsentRow; recordedByName: string | null }[];
  cases: { id: string; reference: string; siteId: string; state: string; openedAt: Date }[];
  relationships: { id: string; relation: string; relatedClientId: string | null; relatedReference: string | null; hasContactDetails: boolean }[];
  clientRecord: ClientRecordState;
}

export function presentDemographics(client: ClientRow): Demographics {
  return {
    sex: client.sex as Demographics["sex"],
    genderIdentity: client.genderIdentity,
    ethnicity: client.ethnicity as Demographics["ethnicity"],
    religion: client.religion as Demographics["religion"],
    firstLanguage: client.firstLanguage,
    preferredLanguage: client.preferredLanguage as Demographics["preferredLanguage"],
    isInterpreterNeeded: client.isInterpreterNeeded,
    preferredWorkerGender: client.preferredWorkerGender as Demographics["preferredWorkerGender"],
    disability: client.disability as Demographics["disability"],
    postcodeDistrict: client.postcodeDistrict,
  };
}

function presentConsent({ row, recordedByName }: { row: ConsentRow; recordedByName: string | null }): z.infer<typeof consentSchema> {
  return {
    purpose: row.purpose as z.infer<typeof consentSchema>["purpose"],
    partner: row.partner,
    status: row.status as "given" | "withdrawn",
    method: row.method as z.infer<typeof consentSchema>["method"],
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: recordedByName,
  };
}

export function presentClientProfile(client: ClientRow, actor: Actor, view: ClientView, parts: ProfileParts): Profile {
  // Under a restriction of processing the record is read-only: the database would refuse a change.
  const isWritable = parts.clientRecord === "live";
  return {
    id: client.id,
    reference: client.reference,
    demographics: presentDemographics(client),
    ageBand: parts.ageBand,
    consents: parts.consents.map(presentConsent),
    consentHistory: parts.consentHistory.map(presentConsent),
    cases: parts.cases.map((kase) => ({ ...kase, openedAt: kase.openedAt.toISOString() })),
    relationships: parts.relationships,
    clientRecord: parts.clientRecord,
    abilities: {
      revealIdentity: canRevealIdentity(actor, view),
      revealContacts: canRevealRelationshipContact(actor, view),
      edit: isWritable && canEditClient(actor, view),
      recordConsent: isWritable && canRecordConsent(actor, view),
      merge: isWritable && canMergeFrom(actor, view),
    },
  };
}

/** A possible match: its reference, how strong and why; whether the searcher may open it. */
export function presentMatch(candidate: RankedCandidate, reference: string, isInScope: boolean): z.infer<typeof clientMatchSchema> {
  return { clientId: candidate.id, reference, strength: candidate.strength, reasons: candidate.reasons, isInScope };
}

/** A merge as administrators see it: references, staff names, dates, and whether it can be undone now. */
export function presentMerge(
  row: { merge: MergeRow; keptReference: string; keptMergedIntoId: string | null; mergedReference: string; mergedBy: string | null; reversedBy: string | null },
  actor: Actor,
  now: Date,
): z.infer<typeof clientMergeSchema> {
  const { merge } = row;
  const state = mergeStateAt(merge, row.keptMergedIntoId !== null, now);
  return {
    id: merge.id,
    kept: { clientId: merge.keptClientId, reference: row.keptReference },
    merged: { clientId: merge.mergedClientId, reference: row.mergedReference },
    mergedBy: row.mergedBy,
    mergedAt: merge.mergedAt.toISOString(),
    reversibleUntil: reversibleUntil(merge.mergedAt).toISOString(),
    reversedBy: merge.reversedBy ? row.reversedBy : null,
    reversedAt: merge.reversedAt?.toISOString() ?? null,
    state,
    abilities: { reverse: canReverseMerge(actor) && state === "reversible" },
  };
}
