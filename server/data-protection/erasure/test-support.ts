/**
 * Test helpers for erasure: a client who came through a referral (so a referral key exists), with
 * a family contact and a case study about their case, and the case closed; a hold and a restriction
 * placed through their use cases.
 */
import { eq } from "drizzle-orm";
import { createTestReferral, samplePerson } from "../../../test/case-factories.js";
import type { TestOrganisation } from "../../../test/factories.js";
import { transitionCase } from "../../cases/transition-case.js";
import { actorFor, createTestContact } from "../../clients/test-support.js";
import { inTransaction, type Db } from "../../db/client.js";
import { cases, clients, contentItems, contentVersions, referrals } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import { triageReferral } from "../../referrals/triage-referral.js";
import { placeHold } from "./place-hold.js";
import { restrictProcessing } from "./restrict-processing.js";

/** A client accepted from a referral at the first site, with a contact and a case study; the case closed unless `isOpen`. */
export async function createErasableClient(deps: AppDeps, organisation: TestOrganisation, managerId: string, options: { isOpen?: boolean; person?: ReturnType<typeof samplePerson> } = {}) {
  const person = options.person ?? samplePerson();
  const referral = await createTestReferral(deps, organisation, { person });
  const manager = actorFor(managerId, organisation, "team_manager");
  const context = { vault: deps.vault, now: deps.now(), requestId: "test" };
  const { caseId } = await inTransaction(deps.db, (tx) => triageReferral(tx, manager, referral.id, { decision: "accept", reason: "Meets the criteria." }, context));
  const [linked] = await deps.db.select({ clientId: referrals.clientId }).from(referrals).where(eq(referrals.id, referral.id));
  const clientId = linked!.clientId!;
  await createTestContact(deps, organisation, managerId, clientId);
  const [item] = await deps.db
    .insert(contentItems)
    .values({ organisationId: organisation.id, kind: "case_study", slug: `story-${clientId.slice(0, 8)}`, caseId: caseId!, createdBy: managerId, status: "published", isLive: true })
    .returning();
  await deps.db.insert(contentVersions).values({ itemId: item!.id, organisationId: organisation.id, language: "en", title: `How ${person.givenName} found work`, liveTitle: `How ${person.givenName} found work`, bodyHtml: "<p>A story.</p>" });
  if (!options.isOpen) await closeCase(deps, manager, caseId!);
  return { clientId, caseId: caseId!, referralId: referral.id, person, caseStudyId: item!.id };
}

/** Closes a case through the case's own transition, as its team manager would. */
export async function closeCase(deps: AppDeps, manager: ReturnType<typeof actorFor>, caseId: string): Promise<void> {
  const [kase] = await deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  await inTransaction(deps.db, (tx) =>
    transitionCase(tx, manager, caseId, { event: { type: "close", reason: "support_completed", outcome: "improved" }, reason: "Support finished.", version: kase!.version }, { vault: deps.vault, now: deps.now(), requestId: "test" }),
  );
}

/** A legal-claim hold, placed by a data protection officer through the use case. */
export async function insertLegalClaimHold(deps: AppDeps, organisation: TestOrganisation, clientId: string, officerId: string) {
  const officer = actorFor(officerId, organisation, "data_protection_officer");
  const id = await inTransaction(deps.db, (tx) =>
    placeHold(tx, officer, clientId, { kind: "legal_claim", reason: "A claim about the support given is before the court." }, { vault: deps.vault, now: deps.now(), requestId: "test" }),
  );
  return { id };
}

/** A restriction of processing in force, placed by a data protection officer through the use case. */
export async function insertRestriction(deps: AppDeps, organisation: TestOrganisation, clientId: string, officerId: string) {
  const officer = actorFor(officerId, organisation, "data_protection_officer");
  await inTransaction(deps.db, (tx) =>
    restrictProcessing(tx, officer, clientId, { ground: "accuracy_contested", reason: "The person says their date of birth is wrong.", reviewOn: deps.now().toISOString().slice(0, 10) }, { vault: deps.vault, now: deps.now(), requestId: "test" }),
  );
}

/** The client's reference. */
export async function referenceOf(db: Db, clientId: string): Promise<string> {
  const [client] = await db.select({ reference: clients.reference }).from(clients).where(eq(clients.id, clientId));
  return client!.reference;
}
