/**
 * The drug and alcohol episodes of a site in a period: cases at the site whose referral gave
 * substance misuse or alcohol among its reasons, open on some day of the period, that the actor
 * may see by the cases policy (server/cases/scope.ts; so a restricted case only for the people
 * named on it, and never through emergency access, which is for one person in a crisis, not an
 * export). Clients erased or merged into another record are left out. Codes and references only.
 */
import { and, asc, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import { visibleCases } from "../../cases/scope.js";
import type { Db } from "../../db/client.js";
import { cases, clients, referralSources, referrals } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { ExportPeriod } from "./export-period.js";

/** The referral reasons that make a drug or alcohol client (core/referrals/vocabulary.ts). */
const treatmentReasons = ["substance_misuse", "alcohol"] as const;

export async function episodeCases(db: Db, actor: Actor, siteId: string, period: ExportPeriod, now: Date) {
  const hasTreatmentReason = or(...treatmentReasons.map((reason) => sql`${referrals.reasons} @> ${JSON.stringify([reason])}::jsonb`));
  return db
    .select({
      caseId: cases.id,
      caseReference: cases.reference,
      openedAt: cases.openedAt,
      closedAt: cases.closedAt,
      closureReason: cases.closureReason,
      client: { id: clients.id, reference: clients.reference, sex: clients.sex, ethnicity: clients.ethnicity, religion: clients.religion, disability: clients.disability, postcodeDistrict: clients.postcodeDistrict },
      referral: { receivedAt: referrals.receivedAt, decidedAt: referrals.decidedAt, source: referralSources.code },
    })
    .from(cases)
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .innerJoin(referrals, eq(referrals.id, cases.referralId))
    .innerJoin(referralSources, eq(referralSources.id, referrals.sourceId))
    .where(
      and(
        eq(cases.organisationId, actor.organisationId),
        eq(cases.siteId, siteId),
        visibleCases(actor, now, { includeBreakGlass: false }),
        hasTreatmentReason,
        lt(cases.openedAt, period.before),
        or(isNull(cases.closedAt), gte(cases.closedAt, period.starts)),
        isNull(clients.erasedAt),
        isNull(clients.mergedIntoId),
      ),
    )
    .orderBy(asc(clients.reference), asc(cases.openedAt), asc(cases.id));
}

export type EpisodeCase = Awaited<ReturnType<typeof episodeCases>>[number];
