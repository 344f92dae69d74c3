/** The session as the web app sees it: who you are, where you work, and what you may do. */
import { canImport } from "../import/policy.js";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { PanelPart, sessionSchema } from "../../core/api/auth.js";
import { requiresSecondFactor } from "../../core/roles.js";
import { hasAnyRole, hasRole } from "../authz/authorize.js";
import { caseloadRoles, holdsAt, managerRoles, sitesWhere } from "../authz/site-roles.js";
import { canManageSiteSettings, isContentEditor } from "../content/policy.js";
import type { Db } from "../db/client.js";
import { panelMembers } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { canBreakGlass, canListCases } from "../cases/policy.js";
import { canListMerges } from "../clients/policy.js";
import { canManageCourses, canReadOutreach, canWorkOutreach } from "../outreach/policy.js";
import { canManageProgrammes } from "../programmes/policy.js";
import { canViewQueue } from "../referrals/policy.js";
import { canExportNationalDataset, canManageReporting, canReadDashboards, isCommissioner } from "../reporting/policy.js";
import { listSitesFor } from "../sites/queries.js";
import { canConfigureVocabulary } from "../support/policy.js";
import { canListWorkersAt, canSeeCaseload } from "../workers/policy.js";
import { canHandleDataRights } from "../data-rights/policy.js";
import { canConfigureRetention, canReviewRetention } from "../data-protection/retention/policy.js";

/** The sites where the actor holds an active seat on the panel (staff seats carry no role of their own). */
async function seatedSiteIds(db: Db, actor: Actor): Promise<Set<string>> {
  const rows = await db
    .select({ siteId: panelMembers.siteId })
    .from(panelMembers)
    .where(and(eq(panelMembers.organisationId, actor.organisationId), eq(panelMembers.userId, actor.userId), eq(panelMembers.isActive, true)));
  return new Set(rows.map((row) => row.siteId));
}

/** The site's safeguarding leads and team managers run its panel work; a seat holder attends its meetings. */
const panelPartAt = (actor: Actor, siteId: string, seated: Set<string>): PanelPart | null =>
  holdsAt(actor, managerRoles, siteId) ? "runs" : seated.has(siteId) ? "member" : null;

export async function presentSession(db: Db, actor: Actor): Promise<z.infer<typeof sessionSchema>> {
  const sites = await listSitesFor(db, actor);
  const seated = await seatedSiteIds(db, actor);
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
      manageTrainingCourses: canManageCourses(actor),
      readDashboards: canReadDashboards(actor),
      manageReporting: canManageReporting(actor),
      readCommissioning: isCommissioner(actor),
      editContent: isContentEditor(actor),
      handleDataRights: canHandleDataRights(actor),
      reviewRetention: canReviewRetention(actor),
      configureRetention: canConfigureRetention(actor),
      listCaseStudies: sitesWhere(actor, caseloadRoles).length > 0,
      manageSiteSettings: canManageSiteSettings(actor),
      importSpreadsheets: canImport(actor),
    },
    siteAbilities: Object.fromEntries(
      sites.map((site) => [
        site.id,
        {
          worksCaseload: canViewQueue(actor, site.id),
          exportsNationalDataset: canExportNationalDataset(actor, site.id),
          seesCases: canListCases(actor, site.id),
          managesWorkers: canListWorkersAt(actor, site.id),
          seesCaseload: canSeeCaseload(actor, site.id),
          panel: panelPartAt(actor, site.id, seated),
          outreach: canWorkOutreach(actor, site.id) ? "works" : canReadOutreach(actor, site.id) ? "reads" : null,
        },
      ]),
    ),
    idleTimeoutMinutes: actor.session.idleMinutes,
  };
}
