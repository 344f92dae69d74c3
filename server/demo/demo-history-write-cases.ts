/**
 * Writes the history's referrals, the clients accepted from them and their cases, as the app's
 * own steps write them: a referral sealed under its own vault key (createReferral), triaged with
 * its reason sealed (triageReferral); the client's identity sealed under the client's key with
 * its blind indexes (createClient, writeIdentity) and demographics in the clear (as recorded
 * later on the client's page); the case opened with its timeline (openCase), the first
 * assessment's tier taking effect (applyDecidedTier), mentors assigned (assignWorker), and the
 * closure with its outcomes (transitionCase, storeOutcomes). Every case move goes through the
 * core's state machine, so a state the app could not reach is refused here too.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { transition, type CaseEvent, type CaseSnapshot } from "../../core/cases/case-state-machine.js";
import { postcodeDistrict } from "../../core/clients/demographics.js";
import { blindIndexesOf, type Identity } from "../clients/identity-store.js";
import type { Db } from "../db/client.js";
import { cases, clients, referrals } from "../db/schema.js";
import { outcomeFields } from "../outcomes/fields.js";
import { newReference } from "../references.js";
import { contactKey, referrerContactPurpose } from "../referrals/create-referral.js";
import type { SubjectKey } from "../vault/subject-key.js";
import type { HistoryRows, WriteContext } from "./demo-history-rows.js";
import { closureWords, outcomeEvidence } from "./demo-history-texts.js";
import type { HistoryPlan, PlannedAssessment, PlannedCase, PlannedReferral, StaffPart } from "./demo-history-types.js";

/** A case as written, for the writers that add its support and panel work. */
export interface WrittenCase {
  referral: PlannedReferral;
  kase: PlannedCase;
  caseId: string;
  clientId: string;
  siteId: string;
  key: SubjectKey;
  assessmentIds: ReadonlyMap<PlannedAssessment, string>;
}

// The identity fields writeIdentity seals, in its order; an empty list is not sealed at all.
const identityFields = ["givenName", "familyName", "otherNames", "dateOfBirth", "address", "postcode", "phone", "email", "nhsNumber"] as const;

export async function writeReferralsAndCases(tx: Db, context: WriteContext, plan: HistoryPlan, rows: HistoryRows): Promise<WrittenCase[]> {
  const accepted = plan.referrals.filter((referral) => referral.kase !== null);
  const referralIds = plan.referrals.map(() => randomUUID());
  const clientIds = accepted.map(() => randomUUID());
  const keys = await subjectKeys(tx, context, [...referralIds, ...clientIds]);
  const references = {
    referrals: await freshReferences(tx, "R", plan.referrals.length, (taken) => tx.select({ reference: referrals.reference }).from(referrals).where(inArray(referrals.reference, taken))),
    clients: await freshReferences(tx, "C", accepted.length, (taken) => tx.select({ reference: clients.reference }).from(clients).where(and(eq(clients.organisationId, context.organisationId), inArray(clients.reference, taken)))),
    cases: await freshReferences(tx, "K", accepted.length, (taken) => tx.select({ reference: cases.reference }).from(cases).where(and(eq(cases.organisationId, context.organisationId), inArray(cases.reference, taken)))),
  };

  const written: WrittenCase[] = [];
  plan.referrals.forEach((referral, index) => {
    const referralId = referralIds[index]!;
    const kase = referral.kase;
    const client = kase ? { id: clientIds[written.length]!, reference: references.clients[written.length]!, caseReference: references.cases[written.length]! } : null;
    addReferral(context, rows, { referral, id: referralId, reference: references.referrals[index]!, key: keys.get(referralId)!, clientId: client?.id ?? null });
    if (!kase || !client) return;
    const key = keys.get(client.id)!;
    addClient(context, rows, referral, { id: client.id, reference: client.reference, key });
    const caseId = randomUUID();
    const assessmentIds = new Map(kase.assessments.map((assessment) => [assessment, randomUUID()] as const));
    addCase(context, rows, { referral, kase, caseId, clientId: client.id, referralId, referralReference: references.referrals[index]!, reference: client.caseReference, key, assessmentIds });
    written.push({ referral, kase, caseId, clientId: client.id, siteId: context.siteIds[referral.site], key, assessmentIds });
  });
  return written;
}

/**
 * A data key for each subject, created through the vault as createReferral and createClient do,
 * one after another: a transaction's statements run one at a time.
 */
async function subjectKeys(tx: Db, context: WriteContext, subjectIds: readonly string[]): Promise<Map<string, SubjectKey>> {
  const keys = new Map<string, SubjectKey>();
  for (const subjectId of subjectIds) keys.set(subjectId, await context.vault.createSubjectKey(tx, { subjectId, organisationId: context.organisationId }));
  return keys;
}

/** `count` new random references, none already taken (references are random, so a clash is rare but possible). */
async function freshReferences(tx: Db, prefix: "R" | "C" | "K", count: number, takenAmong: (candidates: string[]) => Promise<{ reference: string }[]>): Promise<string[]> {
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const candidates = Array.from({ length: count - chosen.size }, () => newReference(prefix)).filter((reference) => !chosen.has(reference));
    const taken = new Set((candidates.length > 0 ? await takenAmong(candidates) : []).map((row) => row.reference));
    for (const reference of candidates) if (!taken.has(reference)) chosen.add(reference);
  }
  return [...chosen];
}

function addReferral(context: WriteContext, rows: HistoryRows, input: { referral: PlannedReferral; id: string; reference: string; key: SubjectKey; clientId: string | null }): void {
  const { referral, key } = input;
  const { vault } = context;
  const seal = (field: string, value: string | null | undefined) => (value ? vault.encrypt(key, field, value) : null);
  const { person, referrer, triage } = referral;
  const contact = referral.sourceCode === "self" ? (person.email ?? person.phone) : (referrer?.email ?? referrer?.phone);
  const sourceId = context.sourceIds.get(referral.sourceCode);
  if (!sourceId) throw new Error(`the organisation has no referral source ${referral.sourceCode}`);
  rows.referrals.push({
    id: input.id,
    organisationId: context.organisationId,
    siteId: context.siteIds[referral.site],
    reference: input.reference,
    channel: referral.channel,
    sourceId,
    status: { accept: "accepted", signpost: "signposted", decline: "declined" }[triage.decision],
    urgency: referral.urgency,
    reasons: referral.reasons,
    isRestricted: referral.isRestricted,
    preferredLanguage: person.preferredLanguage,
    isInterpreterNeeded: person.isInterpreterNeeded,
    preferredWorkerGender: person.preferredWorkerGender,
    subjectGivenName: seal("subject_given_name", person.givenName),
    subjectFamilyName: seal("subject_family_name", person.familyName),
    subjectDateOfBirth: seal("subject_date_of_birth", person.dateOfBirth),
    subjectPhone: seal("subject_phone", person.phone),
    subjectEmail: seal("subject_email", person.email),
    subjectPostcode: seal("subject_postcode", person.postcode),
    concern: seal("concern", referral.concern),
    referrerName: seal("referrer_name", referrer ? `${referrer.givenName} ${referrer.familyName}` : null),
    referrerPhone: seal("referrer_phone", referrer?.phone),
    referrerEmail: seal("referrer_email", referrer?.email),
    referrerOrganisation: referrer?.organisation ?? null,
    referrerRelationship: referrer?.relationship ?? null,
    referrerContactIndex: contact ? vault.blindIndex(referrerContactPurpose, contactKey(contact)) : null,
    isReferrerConsentGiven: referral.isReferrerConsentGiven,
    isSubjectAware: referral.isPersonAware,
    receivedAt: referral.receivedAt,
    triageDueAt: referral.triageDueAt,
    decidedAt: triage.at,
    decidedBy: context.staff(referral.site, triage.by),
    decisionReason: seal("decision_reason", triage.reason),
    signpostedTo: triage.signpostedTo,
    clientId: input.clientId,
    createdBy: referral.channel === "staff" ? context.staff(referral.site, "caseworker") : null,
  });
}

function addClient(context: WriteContext, rows: HistoryRows, referral: PlannedReferral, client: { id: string; reference: string; key: SubjectKey }): void {
  const { person, triage } = referral;
  const { vault, organisationId } = context;
  const identity: Identity = { givenName: person.givenName, familyName: person.familyName, otherNames: [], dateOfBirth: person.dateOfBirth, address: null, postcode: person.postcode, phone: person.phone, email: person.email, nhsNumber: null };
  rows.clients.push({
    id: client.id,
    organisationId,
    reference: client.reference,
    sex: person.sex,
    ethnicity: person.ethnicity,
    religion: person.religion,
    firstLanguage: person.firstLanguage,
    preferredLanguage: person.preferredLanguage,
    isInterpreterNeeded: person.isInterpreterNeeded,
    preferredWorkerGender: person.preferredWorkerGender,
    disability: person.disability,
    postcodeDistrict: person.postcode ? postcodeDistrict(person.postcode) : null,
    createdAt: triage.at,
  });
  const sealed = Object.fromEntries(
    identityFields.map((field) => {
      const value = identity[field];
      const text = Array.isArray(value) ? (value.length > 0 ? JSON.stringify(value) : null) : value;
      return [field, text ? vault.encrypt(client.key, `identity.${field}`, text) : null];
    }),
  );
  rows.clientIdentities.push({ clientId: client.id, ...sealed, updatedAt: triage.at });
  const indexes = new Map(blindIndexesOf(vault, organisationId, identity).map((row) => [`${row.kind}:${row.value}`, row]));
  for (const row of indexes.values()) rows.clientIndexes.push({ ...row, organisationId, clientId: client.id });
  if (referral.sourceCode === "self" && referral.isReferrerConsentGiven) {
    // As at triage: a self-referral carries the person's own consent to be contacted and supported.
    rows.consents.push({ organisationId, clientId: client.id, purpose: "service", status: "given", method: referral.channel === "public_form" ? "online_form" : "verbal", recordedBy: context.staff(referral.site, triage.by), recordedAt: triage.at });
  }
}

interface CaseInput {
  referral: PlannedReferral;
  kase: PlannedCase;
  caseId: string;
  clientId: string;
  referralId: string;
  referralReference: string;
  reference: string;
  key: SubjectKey;
  assessmentIds: ReadonlyMap<PlannedAssessment, string>;
}

function addCase(context: WriteContext, rows: HistoryRows, input: CaseInput): void {
  const { referral, kase, caseId, key } = input;
  const { organisationId, vault } = context;
  const siteId = context.siteIds[referral.site];
  const who = (part: StaffPart) => context.staff(referral.site, part);
  const sealReason = (text: string) => vault.encrypt(key, "case_event_reason", text);
  let snapshot: CaseSnapshot = { state: "assessment", tier: null };
  let version = 1;
  const move = (event: CaseEvent, at: Date, actor: string, reason: string, details: Record<string, unknown>) => {
    const result = transition(snapshot, event);
    if (!result.ok) throw new Error(`demo history: ${result.reason}`);
    const { type, ...eventDetails } = event;
    rows.caseEvents.push({ organisationId, caseId, at, actorUserId: actor, type, fromState: snapshot.state, toState: result.next.state, reason: sealReason(reason), details: { ...eventDetails, ...details } });
    snapshot = result.next;
    version += 1;
  };

  const openedBy = who(kase.openedBy);
  rows.caseEvents.push(
    { organisationId, caseId, at: referral.receivedAt, type: "referral_received", details: { referralReference: input.referralReference } },
    { organisationId, caseId, at: kase.openedAt, actorUserId: openedBy, type: "opened", toState: "assessment", reason: sealReason(referral.triage.reason) },
  );
  if (referral.isRestricted) rows.caseAccessGrants.push({ caseId, userId: openedBy, organisationId, grantedBy: openedBy, grantedAt: kase.openedAt });
  if (kase.openedBy === "caseworker") {
    rows.caseAssignments.push({ organisationId, caseId, userId: openedBy, role: "key_worker", assignedBy: openedBy, assignedAt: kase.openedAt });
  }
  for (const assignment of kase.assignments) {
    const userId = who(assignment.who);
    rows.caseAssignments.push({ organisationId, caseId, userId, role: assignment.role, assignedBy: who(assignment.by), assignedAt: assignment.at });
    if (referral.isRestricted && userId !== openedBy) rows.caseAccessGrants.push({ caseId, userId, organisationId, grantedBy: who(assignment.by), grantedAt: assignment.at });
    rows.caseEvents.push({ organisationId, caseId, at: assignment.at, actorUserId: who(assignment.by), type: "assigned", details: { userId, role: assignment.role } });
  }
  if (kase.supportBegan) {
    const { tier, at, by, assessment } = kase.supportBegan;
    move({ type: "begin_support", tier }, at, who(by), assessment.decision?.rationale ?? "", { assessmentId: input.assessmentIds.get(assessment) });
  }
  const { closure } = kase;
  if (closure) {
    move({ type: "close", reason: closure.reason, outcome: closure.outcome }, closure.at, who(closure.by), closureWords[closure.reason] ?? closure.reason, { outcomeCount: closure.outcomes.length });
    for (const outcome of closure.outcomes) {
      rows.caseOutcomes.push({ organisationId, siteId, caseId, code: outcome.code, achievedOn: outcome.achievedOn, evidence: vault.encrypt(key, outcomeFields.evidence, outcomeEvidence), recordedBy: who(closure.by), recordedAt: closure.at });
    }
  }
  rows.cases.push({
    id: caseId,
    organisationId,
    siteId,
    clientId: input.clientId,
    referralId: input.referralId,
    reference: input.reference,
    state: snapshot.state,
    tier: snapshot.tier,
    isRestricted: referral.isRestricted,
    ageBandAtOpening: kase.ageBand,
    openedAt: kase.openedAt,
    closedAt: closure?.at ?? null,
    closureReason: closure?.reason ?? null,
    closureOutcome: closure?.outcome ?? null,
    version,
  });
}
