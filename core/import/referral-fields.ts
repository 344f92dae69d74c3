/**
 * Importing referrals from a spreadsheet: the fields, the headers an organisation's sheet would
 * use for them, and the check of one row. A referral names the client it led to by the client
 * sheet's own reference; one accepted must name them (acceptance is what links a referral to a
 * client), and a decided one needs the day it was decided, not before it was received.
 */
import { z } from "zod";
import { displayTextSchema } from "../api/common.js";
import { referralStatuses, type ReferralStatus } from "../referrals/referral-status.js";
import { urgencies, vulnerabilityDomains, type Urgency, type VulnerabilityDomain } from "../referrals/vocabulary.js";
import { cellReader, type ImportKindDefinition } from "./cells.js";

export const referralImportFields = [
  "reference",
  "clientReference",
  "receivedDate",
  "source",
  "reasons",
  "urgency",
  "status",
  "decidedDate",
  "signpostedTo",
  "referrerOrganisation",
  "concern",
] as const;
export type ReferralImportField = (typeof referralImportFields)[number];

const required: readonly ReferralImportField[] = ["reference", "receivedDate", "source", "reasons"];

const headerWords: Record<ReferralImportField, readonly string[]> = {
  reference: ["referral reference", "referral ref", "referral id", "referral number", "reference", "ref", "id"],
  clientReference: ["client reference", "client ref", "client id", "client number"],
  receivedDate: ["date received", "received", "received date", "referral date", "date of referral", "date"],
  source: ["source", "referral source", "referred by", "referrer type", "source of referral"],
  reasons: ["reasons", "reason", "reasons for referral", "reason for referral", "vulnerabilities", "vulnerability", "domains", "needs", "presenting needs"],
  urgency: ["urgency", "priority"],
  status: ["status", "outcome", "decision", "triage outcome", "triage decision"],
  decidedDate: ["date decided", "decided", "decision date", "triage date", "date triaged"],
  signpostedTo: ["signposted to", "signposted", "referred on to"],
  referrerOrganisation: ["referrer organisation", "referring organisation", "referrer agency", "agency", "organisation"],
  concern: ["concern", "concerns", "details", "notes", "summary", "reason details"],
};

/** A referral row that passed its checks. `source` is one of the organisation's source codes. */
export interface ImportedReferral {
  reference: string;
  clientReference: string | null;
  receivedDate: string;
  source: string;
  reasons: VulnerabilityDomain[];
  urgency: Urgency;
  status: ReferralStatus;
  decidedDate: string | null;
  signpostedTo: string | null;
  referrerOrganisation: string | null;
  concern: string | null;
}

const schemas = { reference: displayTextSchema(50), name: displayTextSchema(200), concern: z.string().max(5_000) };

export const referralImport: ImportKindDefinition<ReferralImportField, ImportedReferral> = {
  kind: "referrals",
  fields: referralImportFields,
  required,
  headerWords,
  check(cells, context) {
    const read = cellReader(cells, required);
    const reference = read.text("reference", schemas.reference);
    const clientReference = read.text("clientReference", schemas.reference);
    const receivedDate = read.day("receivedDate", context.today);
    const source = read.code("source", context.referralSources, "");
    const reasons = read.codes("reasons", vulnerabilityDomains);
    const urgency = read.code("urgency", urgencies, "routine");
    const status = read.code("status", referralStatuses, "received");
    const decidedDate = read.day("decidedDate", context.today);
    const signpostedTo = read.text("signpostedTo", schemas.name);
    const referrerOrganisation = read.text("referrerOrganisation", schemas.name);
    const concern = read.text("concern", schemas.concern, "too_long");
    if (status === "accepted" && clientReference === null && read.value("clientReference") === null) read.problem("clientReference", "required");
    if (status !== "received" && decidedDate === null && read.value("decidedDate") === null) read.problem("decidedDate", "required");
    if (status === "received" && decidedDate !== null) read.problem("decidedDate", "not_allowed");
    if (decidedDate !== null && receivedDate !== null && decidedDate < receivedDate) read.problem("decidedDate", "before_start");
    if (status === "signposted" && read.value("signpostedTo") === null) read.problem("signpostedTo", "required");
    if (status !== "signposted" && signpostedTo !== null) read.problem("signpostedTo", "not_allowed");
    if (read.problems.length > 0 || reference === null || receivedDate === null) return { row: null, problems: read.problems };
    return {
      row: { reference, clientReference, receivedDate, source, reasons, urgency, status, decidedDate: status === "received" ? null : decidedDate, signpostedTo, referrerOrganisation, concern },
      problems: [],
    };
  },
};
