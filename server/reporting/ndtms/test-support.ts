/**
 * A treatment episode for the export's tests, built through the app's own use cases (referral,
 * client with an encrypted identity, case) and then dated where the test needs it: received,
 * triaged, opened and closed on given days, with attended sessions, a programme enrolment, a
 * Treatment Outcomes Profile and a consent record.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Answers } from "../../../core/instruments/score.js";
import type { VulnerabilityDomain } from "../../../core/referrals/vocabulary.js";
import type { TestOrganisation } from "../../../test/factories.js";
import { storeAssessment } from "../../assessments/store-assessment.js";
import { openCase } from "../../cases/open-case.js";
import { createClient } from "../../clients/create-client.js";
import type { Identity } from "../../clients/identity-store.js";
import { inTransaction } from "../../db/client.js";
import { caseAccessGrants, cases, clients, consents, programmeEnrolmentEvents, programmeEnrolments, programmeVersions, referrals, supportSessions } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import { definitionOf, latestVersion } from "../../instruments/catalogue.js";
import { createReferral } from "../../referrals/create-referral.js";

/** Noon in London on a day, so the London day is the day whatever the season. */
export const noonOn = (day: string): Date => new Date(`${day}T12:00:00.000Z`);

export interface EpisodeOptions {
  site?: 0 | 1;
  reasons: VulnerabilityDomain[];
  sourceCode?: string;
  identity: Pick<Identity, "givenName" | "familyName" | "dateOfBirth"> & { postcode?: string };
  demographics?: Partial<Pick<typeof clients.$inferInsert, "sex" | "ethnicity" | "religion" | "disability" | "postcodeDistrict">>;
  receivedOn: string;
  triagedOn: string;
  openedOn: string;
  closed?: { on: string; reason: string };
  isRestricted?: boolean;
  /** Attended sessions: intervention type and day. */
  sessions?: { type: string; on: string }[];
  programme?: { key: string; enrolledOn: string; completedOn?: string };
  /** Days of use in the Treatment Outcomes Profile given on `on`. */
  top?: { on: string; days: Partial<Record<string, number>> };
  consent?: { purpose: string; partner: string | null; status: "given" | "withdrawn"; on: string };
}

const topAnswers = (days: Partial<Record<string, number>>): Answers => ({
  ...Object.fromEntries(["alcohol_days", "opioid_days", "crack_days", "cocaine_days", "amphetamine_days", "cannabis_days", "other_days", "injecting_days", "shoplifting_days", "selling_drugs_days", "paid_work_days", "education_days"].map((id) => [id, days[id] ?? 0])),
  ...Object.fromEntries(["shared_needles", "shared_equipment", "vehicle_theft", "other_theft", "fraud", "assault", "acute_housing_problem", "eviction_risk"].map((id) => [id, false])),
  psychological_health: 10,
  physical_health: 10,
  quality_of_life: 10,
});

export async function createTreatmentEpisode(deps: AppDeps, organisation: TestOrganisation, openedBy: string, options: EpisodeOptions) {
  return inTransaction(deps.db, async (tx) => {
    const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
    const siteId = organisation.siteIds[options.site ?? 0];
    const referral = await createReferral(tx, { ...context, organisationId: organisation.id, actorUserId: openedBy }, {
      siteId,
      sourceCode: options.sourceCode ?? "gp_health",
      person: { givenName: options.identity.givenName, familyName: options.identity.familyName ?? undefined, dateOfBirth: options.identity.dateOfBirth ?? undefined, phone: "07700 900123" },
      referrer: { name: "Referring Worker", phone: "07700 900456", relationship: "gp" },
      reasons: options.reasons,
      concern: "Concern written by the referrer.",
      urgency: "routine",
      preferredLanguage: "en",
      isInterpreterNeeded: false,
      preferredWorkerGender: "no_preference",
      isPersonAware: true,
      isReferrerConsentGiven: true,
      channel: "staff",
    });
    const identity: Identity = { otherNames: [], address: null, phone: null, email: null, nhsNumber: null, postcode: options.identity.postcode ?? "B11 1AA", ...options.identity };
    const { client, key } = await createClient(tx, context, { organisationId: organisation.id, identity, preferredLanguage: "en", isInterpreterNeeded: false, preferredWorkerGender: "no_preference" });
    if (options.demographics) await tx.update(clients).set(options.demographics).where(eq(clients.id, client.id));
    await tx.update(referrals).set({ status: "accepted", clientId: client.id, receivedAt: noonOn(options.receivedOn), decidedAt: noonOn(options.triagedOn), decidedBy: openedBy }).where(eq(referrals.id, referral.id));
    const kase = await openCase(tx, { ...context, clientKey: key }, {
      organisationId: organisation.id,
      siteId,
      clientId: client.id,
      referral: { id: referral.id, receivedAt: noonOn(options.receivedOn), reference: referral.reference },
      isRestricted: options.isRestricted ?? false,
      ageBand: "25_34",
      reason: "Opened for testing",
      openedBy,
      keyWorkerId: null,
    });
    await tx
      .update(cases)
      .set({ openedAt: noonOn(options.openedOn), ...(options.closed ? { state: "closed", closedAt: noonOn(options.closed.on), closureReason: options.closed.reason, closureOutcome: "improved" } : { state: "active", tier: "intensive" }) })
      .where(eq(cases.id, kase.id));
    for (const session of options.sessions ?? []) {
      const startsAt = noonOn(session.on);
      await tx.insert(supportSessions).values({ organisationId: organisation.id, siteId, caseId: kase.id, startsAt, durationMinutes: 60, mode: "office", interventionType: session.type, attendance: "attended", createdBy: openedBy, createdAt: startsAt, updatedAt: startsAt });
    }
    if (options.programme) await enrol(tx, { organisationId: organisation.id, siteId, caseId: kase.id, openedBy }, options.programme);
    if (options.top) {
      const instrument = await latestVersion(tx, organisation.id, "top");
      const at = noonOn(options.top.on);
      await storeAssessment(tx, deps.vault, key, { kase: { id: kase.id, organisationId: organisation.id, siteId }, instrument, definition: definitionOf(instrument), answers: topAnswers(options.top.days), assessedOn: options.top.on, by: openedBy, at, submitted: { requiresApproval: false } });
    }
    if (options.consent) {
      await tx.insert(consents).values({ organisationId: organisation.id, clientId: client.id, purpose: options.consent.purpose, partner: options.consent.partner, status: options.consent.status, method: "verbal", recordedBy: openedBy, recordedAt: noonOn(options.consent.on) });
    }
    return { client, caseId: kase.id, caseReference: kase.reference };
  });
}

type Tx = Parameters<Parameters<typeof inTransaction>[1]>[0];

async function enrol(tx: Tx, kase: { organisationId: string; siteId: string; caseId: string; openedBy: string }, programme: NonNullable<EpisodeOptions["programme"]>) {
  const [version] = await tx
    .select({ id: programmeVersions.id })
    .from(programmeVersions)
    .where(and(eq(programmeVersions.key, programme.key), isNull(programmeVersions.organisationId)))
    .orderBy(desc(programmeVersions.version))
    .limit(1);
  if (!version) throw new Error(`no built-in programme ${programme.key}`);
  const [enrolment] = await tx
    .insert(programmeEnrolments)
    .values({ organisationId: kase.organisationId, siteId: kase.siteId, caseId: kase.caseId, programmeVersionId: version.id, state: programme.completedOn ? "completed" : "in_phase", phaseIndex: 0, enrolledOn: programme.enrolledOn, enrolledBy: kase.openedBy })
    .returning({ id: programmeEnrolments.id });
  if (programme.completedOn) {
    await tx.insert(programmeEnrolmentEvents).values({ organisationId: kase.organisationId, enrolmentId: enrolment!.id, caseId: kase.caseId, at: noonOn(programme.completedOn), actorUserId: kase.openedBy, type: "complete" });
  }
}

/** Names a user on a restricted case, as the safeguarding lead would. */
export async function nameOnCase(deps: AppDeps, organisationId: string, caseId: string, userId: string): Promise<void> {
  await deps.db.insert(caseAccessGrants).values({ caseId, userId, organisationId, grantedBy: userId, grantedAt: deps.now() });
}

