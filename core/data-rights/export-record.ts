/**
 * The subject access export as data: everything held about a person, in one JSON-ready shape that
 * both the machine-readable file and the printed PDF are made from. A value that may be a third
 * party's (a relative's name or phone, a referrer who may not have agreed to be named, panel text
 * that can name other people, a session note) is a `Withholdable`: it carries a key naming the item,
 * so the data protection officer can withhold it with a reason and the release can record which
 * items were withheld without repeating them. Pure: redaction is a function of the record and the
 * choices.
 */
import type { z } from "zod";
import type { identitySchema } from "../api/clients.js";
import type { WithholdingReason } from "./vocabulary.js";

/** A value the officer may withhold; `itemKey` names the item (ids and a field), never its content. */
export interface Withholdable {
  itemKey: string;
  value: string | null;
}

/** What a withheld value becomes in the released files. */
export interface Withheld {
  itemKey: string;
  withheld: WithholdingReason;
}

export type Released<T> = T extends Withholdable ? string | null | Withheld : T extends (infer U)[] ? Released<U>[] : T extends object ? { [K in keyof T]: Released<T[K]> } : T;

export interface SessionRecord {
  startsAt: string;
  durationMinutes: number;
  mode: string;
  venue: string | null;
  interventionType: string;
  attendance: string | null;
  workers: string[];
  notes: Withholdable;
}

export interface CaseRecord {
  reference: string;
  site: string;
  state: string;
  tier: string | null;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
  closureOutcome: string | null;
  timeline: { on: string; type: string; by: string | null; reason: string | null }[];
  assessments: { instrument: string; assessedOn: string; status: string; answers: Record<string, unknown>; result: Record<string, unknown>; chosenTier: string | null }[];
  carePlans: { version: number; createdOn: string; content: unknown; reason: string | null }[];
  carePlanReviews: { reviewedOn: string; progress: Record<string, string>; notes: unknown }[];
  sessions: SessionRecord[];
  programmeEnrolments: { programme: string; state: string; phase: number; enrolledOn: string; events: { at: string; type: string; note: string | null }[] }[];
  outcomes: { code: string; achievedOn: string; evidence: string }[];
  panel: { submittedOn: string; state: string; reason: Withholdable; riskSummary: Withholdable; decision: { kind: string; decidedOn: string; discussionSummary: Withholdable } | null }[];
  panelActions: { description: Withholdable; owner: string | null; dueOn: string; status: string }[];
  externalReferrals: { target: string; targetName: string | null; sentOn: string; status: string; closedOn: string | null; declineReason: Withholdable; outcome: Withholdable }[];
}

/**
 * A referral that came from community outreach: the person was met at an outreach session, or
 * through a partner (a mosque, a college), and asked to be contacted again. The partner is another
 * organisation and the session's notes are about everyone there, so both are withholdable.
 */
export interface OutreachFollowUpRecord {
  referralReference: string;
  receivedOn: string;
  partner: Withholdable;
  session: { heldOn: string; sessionType: string; topics: string[]; venue: string | null; staff: string[]; notes: Withholdable } | null;
}

export interface SubjectAccessRecord {
  format: "pathways.subject-access/1";
  organisation: string;
  generatedOn: string;
  request: { reference: string; receivedOn: string };
  person: {
    reference: string;
    identity: z.infer<typeof identitySchema>;
    demographics: Record<string, string | boolean | null>;
  };
  consents: { purpose: string; partner: string | null; status: string; method: string; recordedOn: string; recordedBy: string | null }[];
  relationships: { relation: string; relatedClientReference: string | null; contactName: Withholdable; contactPhone: Withholdable; since: string; endedOn: string | null }[];
  referrals: {
    reference: string;
    receivedOn: string;
    channel: string;
    source: string;
    reasons: string[];
    urgency: string;
    status: string;
    concern: string | null;
    referrer: { name: Withholdable; phone: Withholdable; email: Withholdable; organisation: string | null; relationship: string | null };
    decidedOn: string | null;
    decisionReason: string | null;
  }[];
  /** Referrals that followed up an outreach contact, with where the person was met. */
  outreachFollowUps: OutreachFollowUpRecord[];
  cases: CaseRecord[];
  /** Who opened or changed the record, when, and what they did. */
  accessLog: { at: string; staff: string | null; action: string }[];
}

export interface Withholding {
  itemKey: string;
  reason: WithholdingReason;
}

const isWithholdable = (value: unknown): value is Withholdable =>
  typeof value === "object" && value !== null && "itemKey" in value && "value" in value && Object.keys(value).length === 2;

/** Every withholdable item of the record, in reading order. */
export function withholdableItems(record: SubjectAccessRecord): Withholdable[] {
  const found: Withholdable[] = [];
  const walk = (value: unknown): void => {
    if (isWithholdable(value)) {
      if (value.value !== null && value.value !== "") found.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk(record);
  return found;
}

/** The record as released: withheld items replaced by their key and reason, the rest by their value. */
export function redact(record: SubjectAccessRecord, withholdings: readonly Withholding[]): Released<SubjectAccessRecord> {
  const reasons = new Map(withholdings.map((item) => [item.itemKey, item.reason]));
  const walk = (value: unknown): unknown => {
    if (isWithholdable(value)) {
      const reason = reasons.get(value.itemKey);
      return reason ? { itemKey: value.itemKey, withheld: reason } : value.value;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(record) as Released<SubjectAccessRecord>;
}
