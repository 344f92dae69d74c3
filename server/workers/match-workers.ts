/**
 * Matching workers to a case, for the managers who allocate it: the mentors and caseworkers at the
 * case's site, with their profiles, open caseloads and conflicts with this client, ranked against
 * the client's needs by the domain core (core/support/matching.ts), each with the reasons for its
 * place, and those left out with the reasons why. The answer never names the client. Reading the
 * client's preferences, assessment and plan is audited.
 */
import { londonDay } from "../../core/referrals/triage-target.js";
import type { WorkerMatches } from "../../core/api/workers.js";
import { assignableRoles } from "../../core/cases/assignment-roles.js";
import { matchWorkers } from "../../core/support/matching.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import type { Vault } from "../vault/vault.js";
import { caseFor } from "./case-access.js";
import { clientNeedsFor } from "./client-needs.js";
import { canMatchWorkers } from "./policy.js";
import { matchingProfile } from "./presenter.js";
import { conflictedWorkers, deliveryStaffAt, openCaseCounts, profilesOf } from "./queries.js";

export async function matchWorkersForCase(tx: Db, actor: Actor, caseId: string, context: { vault: Vault; now: Date; requestId: string }): Promise<WorkerMatches> {
  const { kase, assignments } = await caseFor(tx, actor, caseId, context.now, canMatchWorkers);
  const today = londonDay(context.now);
  const staff = await deliveryStaffAt(tx, actor.organisationId, kase.siteId, ["mentor", "caseworker"]);
  const ids = staff.map((person) => person.userId);
  const [profiles, open, conflicted, read] = await Promise.all([
    profilesOf(tx, actor.organisationId, ids),
    openCaseCounts(tx, ids),
    conflictedWorkers(tx, kase.clientId, ids),
    clientNeedsFor(tx, context.vault, kase, { today, onCase: [...new Set(assignments.map((assignment) => assignment.userId))] }),
  ]);
  const workers = staff.map((person) =>
    matchingProfile(person, profiles.get(person.userId), {
      // Everyone listed holds a role at the case's site; other sites do not matter here.
      siteIds: [kase.siteId],
      openCases: open.get(person.userId) ?? 0,
      conflictClientIds: conflicted.has(person.userId) ? [kase.clientId] : [],
    }),
  );
  const result = matchWorkers(workers, read.needs, today);
  const rolesOf = new Map(staff.map((person) => [person.userId, person.roles]));
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "case.workers_matched",
    entityType: "case",
    entityId: kase.id,
    siteId: kase.siteId,
    clientId: kase.clientId,
    requestId: context.requestId,
    details: { ranked: result.ranked.length, excluded: result.excluded.length, hasAssessment: read.assessedOn !== null, askedFor: read.needs.askedFor },
  });
  return {
    needs: {
      preferredLanguage: read.needs.preferredLanguage,
      isInterpreterNeeded: read.needs.isInterpreterNeeded,
      preferredWorkerGender: read.needs.preferredWorkerGender,
      assessedOn: read.assessedOn,
      domainNeeds: [...read.needs.domainNeeds],
      askedFor: [...read.needs.askedFor],
    },
    ranked: result.ranked.map((candidate) => ({ ...candidate, assignableAs: assignableRoles(rolesOf.get(candidate.userId) ?? []) })),
    excluded: result.excluded,
  };
}
