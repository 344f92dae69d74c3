/** The session as the web app sees it: who you are, where you work, and what you may do. */
import type { z } from "zod";
import type { sessionSchema } from "../../core/api/auth.js";
import { requiresSecondFactor } from "../../core/roles.js";
import { hasAnyRole, hasRole } from "../authz/authorize.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/context.js";
import { canBreakGlass, canListCases } from "../cases/policy.js";
import { canListMerges } from "../clients/policy.js";
import { canManageProgrammes } from "../programmes/policy.js";
import { canViewQueue } from "../referrals/policy.js";
import { listSitesFor } from "../sites/queries.js";
import { canConfigureVocabulary } from "../support/policy.js";
import { canListWorkersAt, canSeeCaseload } from "../workers/policy.js";

export async function presentSession(db: Db, actor: Actor): Promise<z.infer<typeof sessionSchema>> {
  const sites = await listSitesFor(db, actor);
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      language: actor.language === "ur" ? "ur" : "en",
      hasSecondFactor: actor.isSecondFactorEnrolled,
      isSecondFactorRequired: requiresSecondFactor(actor.grants),
    },
    organisation: { id: actor.organisationId, name: actor.organisationName },
    mfaState: actor.session.mfaState,
    csrfToken: actor.session.csrfToken,
    grants: actor.grants,
    sites: sites.map((site) => ({ id: site.id, name: site.name })),
    abilities: {
      manageSites: hasRole(actor, "administrator"),
      manageUsers: hasRole(actor, "administrator"),
      verifyAudit: hasAnyRole(actor, ["administrator", "data_protection_officer"]),
      manageClientMerges: canListMerges(actor),
      requestEmergencyAccess: canBreakGlass(actor),
      manageInstruments: hasRole(actor, "administrator"),
      manageSupportVocabulary: canConfigureVocabulary(actor),
      manageProgrammes: canManageProgrammes(actor),
    },
    siteAbilities: Object.fromEntries(
      sites.map((site) => [
        site.id,
        {
          worksCaseload: canViewQueue(actor, site.id),
          seesCases: canListCases(actor, site.id),
          managesWorkers: canListWorkersAt(actor, site.id),
          seesCaseload: canSeeCaseload(actor, site.id),
        },
      ]),
    ),
    idleTimeoutMinutes: actor.session.idleMinutes,
  };
}
