/**
 * Turns a range of synthetic people into COPY text for every table, with the real vault: a data
 * key per client and per referral wrapped by the keyring's master key (wrapDataKey), identity
 * sealed field by field as writeIdentity seals it, blind indexes from blindIndexesOf, case event
 * reasons under the client's key, and each case's support (support-rows.ts). The output decrypts
 * with the same readIdentity the server uses.
 */
import { triageDueAt } from "../../core/referrals/triage-target.js";
import { blindIndexesOf, type Identity } from "../../server/clients/identity-store.js";
import { contactKey, referrerContactPurpose } from "../../server/referrals/create-referral.js";
import type { Keyring } from "../../server/vault/keyring.js";
import { generateDataKey, wrapDataKey, type SubjectKey } from "../../server/vault/subject-key.js";
import type { Vault } from "../../server/vault/vault.js";
import { historyOf, type StaffRole } from "../data/history.js";
import { personAt, type SyntheticPerson } from "../data/person.js";
import type { PlannedReferral } from "../data/referral-plan.js";
import type { GroupProgramme } from "../data/support-schedule.js";
import { supportOf, type CaseSupport } from "../data/support-plan.js";
import { copyLine, type CopyValue } from "./copy-text.js";
import { addSupport } from "./support-rows.js";
import { copyTables, type CopyTable } from "./tables.js";

export interface SiteStaff {
  siteId: string;
  caseworker: string;
  manager: string;
  mentor: string;
}

export interface ChunkContext {
  seed: number;
  /** How many clients the run has: the sites' programme groups are sized by it. */
  clients: number;
  vault: Vault;
  keyring: Keyring;
  organisationId: string;
  sites: readonly SiteStaff[];
  sourceIds: Readonly<Record<string, string>>;
  /** The stored built-in versions the assessments and programme places name. */
  instrumentIds: Readonly<Record<"cross_vulnerability" | "top", string>>;
  programmeIds: Readonly<Record<GroupProgramme, string>>;
}

export type ChunkText = Record<CopyTable, string>;

// The fields writeIdentity seals, in its order; arrays are sealed as JSON, empty ones not at all.
const identityFields = ["givenName", "familyName", "otherNames", "dateOfBirth", "address", "postcode", "phone", "email", "nhsNumber"] as const;

export function chunkRows(context: ChunkContext, from: number, to: number): { text: ChunkText; rows: Record<CopyTable, number> } {
  const lines = Object.fromEntries(copyTables.map((table) => [table, []])) as unknown as Record<CopyTable, string[]>;
  for (let ordinal = from; ordinal < to; ordinal++) addClient(context, personAt(context.seed, ordinal), lines);
  const text = {} as ChunkText;
  const rows = {} as Record<CopyTable, number>;
  for (const table of Object.keys(lines) as CopyTable[]) {
    text[table] = lines[table].join("");
    rows[table] = lines[table].length;
  }
  return { text, rows };
}

function addClient(context: ChunkContext, person: SyntheticPerson, lines: Record<CopyTable, string[]>): void {
  const { organisationId, vault } = context;
  const history = historyOf(context.seed, person);
  const key = newSubjectKey(context, person.clientId, history.createdAt, lines);
  lines.clients.push(copyLine([
    person.clientId, organisationId, person.reference, person.sex, person.ethnicity, person.religion, person.firstLanguage,
    person.preferredLanguage, person.isInterpreterNeeded, person.preferredWorkerGender, person.disability, person.postcodeDistrict, history.createdAt,
  ]));
  lines.client_identities.push(copyLine([person.clientId, ...sealIdentity(vault, key, person.identity), history.createdAt]));
  const indexes = new Map(blindIndexesOf(vault, organisationId, person.identity).map((row) => [`${row.kind}:${row.value}`, row]));
  for (const row of indexes.values()) lines.client_indexes.push(copyLine([organisationId, person.clientId, row.kind, row.value]));

  const support = supportOf(context.seed, person, history, context.clients);
  for (const [index, kase] of history.cases.entries()) {
    const site = siteAt(context, kase.siteIndex);
    const staff = (role: StaffRole | null) => (role ? site[role] : null);
    addReferral(context, person, kase.referral, lines);
    const first = firstEventsOf(support[index]!);
    lines.cases.push(copyLine([
      kase.id, organisationId, site.siteId, person.clientId, kase.referral.id, kase.reference, kase.state, kase.tier, kase.isRestricted,
      kase.ageBand, kase.openedAt, kase.closedAt, kase.closureReason, kase.closureOutcome, kase.version,
      first.contact?.startsAt ?? null, first.contact ? site.siteId : null, first.assessment?.assessedOn ?? null, first.assessment ? site.siteId : null,
    ]));
    for (const event of kase.events) {
      const reason = event.reason ? vault.encrypt(key, "case_event_reason", event.reason) : null;
      lines.case_events.push(copyLine([organisationId, kase.id, event.at, staff(event.actor), event.type, event.fromState, event.toState, reason, event.details]));
    }
    for (const assignment of kase.assignments) {
      lines.case_assignments.push(copyLine([assignment.id, organisationId, kase.id, site[assignment.staff], assignment.role, site.manager, assignment.assignedAt, null]));
    }
    if (kase.isRestricted) lines.case_access_grants.push(copyLine([kase.id, site.caseworker, organisationId, site.caseworker, kase.openedAt]));
    addSupport(context, key, kase, site, support[index]!, lines);
  }
  for (const referral of history.otherReferrals) addReferral(context, person, referral, lines);
}

/**
 * The case's first contact and first assessment as the database's triggers keep them (migration
 * 0019: earliest first, the lower id of two at once); the loader writes them with the case, since
 * the triggers are off while it loads (generate-data.ts checks every case against them after).
 */
function firstEventsOf(support: CaseSupport) {
  const earliest = <T extends { id: string }>(rows: readonly T[], key: (row: T) => string) =>
    rows.reduce<T | null>((best, row) => (best === null || key(row) < key(best) || (key(row) === key(best) && row.id < best.id) ? row : best), null);
  return {
    contact: earliest(support.sessions.filter((session) => session.attendance === "attended"), (session) => session.startsAt.toISOString()),
    assessment: earliest(support.assessments.filter((assessment) => assessment.submittedAt !== null), (assessment) => assessment.assessedOn),
  };
}

function addReferral(context: ChunkContext, person: SyntheticPerson, referral: PlannedReferral, lines: Record<CopyTable, string[]>): void {
  const { vault, organisationId } = context;
  const site = siteAt(context, referral.siteIndex);
  const key = newSubjectKey(context, referral.id, referral.receivedAt, lines);
  const seal = (field: string, value: string | null | undefined) => (value ? vault.encrypt(key, field, value) : null);
  const { identity } = person;
  const referrer = referral.referrer;
  const contact = referral.sourceCode === "self" ? (identity.email ?? identity.phone) : (referrer?.email ?? referrer?.phone);
  const sourceId = context.sourceIds[referral.sourceCode];
  if (!sourceId) throw new Error(`no referral source ${referral.sourceCode}`);
  const values: CopyValue[] = [
    referral.id, organisationId, site.siteId, referral.reference, referral.channel, sourceId, referral.status, referral.urgency, referral.reasons,
    referral.isRestricted, person.preferredLanguage, person.isInterpreterNeeded, person.preferredWorkerGender,
    seal("subject_given_name", identity.givenName), seal("subject_family_name", identity.familyName), seal("subject_date_of_birth", identity.dateOfBirth),
    seal("subject_phone", identity.phone), seal("subject_email", identity.email), seal("subject_postcode", identity.postcode), seal("concern", referral.concern),
    seal("referrer_name", referrer?.name), seal("referrer_phone", referrer?.phone), seal("referrer_email", referrer?.email),
    referrer?.organisation ?? null, referrer?.relationship ?? null, contact ? vault.blindIndex(referrerContactPurpose, contactKey(contact)) : null,
    referral.isReferrerConsentGiven, referral.isSubjectAware, referral.receivedAt, triageDueAt(referral.receivedAt, 2),
    referral.decidedAt, referral.decidedAt ? site.caseworker : null, seal("decision_reason", referral.decisionReason), referral.signpostedTo,
    referral.isLinked ? person.clientId : null, referral.channel === "staff" ? site.caseworker : null,
  ];
  lines.referrals.push(copyLine(values));
}

function newSubjectKey(context: ChunkContext, subjectId: string, createdAt: Date, lines: Record<CopyTable, string[]>): SubjectKey {
  const key = generateDataKey();
  const wrapped = wrapDataKey(context.keyring, subjectId, key);
  lines.subject_keys.push(copyLine([subjectId, context.organisationId, wrapped.masterKeyVersion, wrapped.wrappedKey, createdAt]));
  return { subjectId, organisationId: context.organisationId, key };
}

/** The identity columns as writeIdentity stores them. */
export function sealIdentity(vault: Vault, key: SubjectKey, identity: Identity): (Uint8Array | null)[] {
  return identityFields.map((field) => {
    const value = identity[field];
    const text = Array.isArray(value) ? (value.length > 0 ? JSON.stringify(value) : null) : value;
    return text ? vault.encrypt(key, `identity.${field}`, text) : null;
  });
}

function siteAt(context: ChunkContext, index: number): SiteStaff {
  const site = context.sites[index];
  if (!site) throw new Error(`no site ${index}`);
  return site;
}
