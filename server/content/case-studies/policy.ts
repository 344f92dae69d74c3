/**
 * Who may write and review a case study. It belongs to a case, so it is seen only by those who see
 * the case (the case scope; 404 for everyone else). Its caseload workers at the case's site write
 * it; a team manager or safeguarding lead there reviews and publishes it, and never one who wrote
 * part of it. Not through emergency (break-glass) access, and never from a restricted case
 * (radicalisation, Channel): a public story about one is a risk no consent form covers.
 */
import { caseloadRoles, holdsAt, managerRoles } from "../../authz/site-roles.js";
import type { Actor } from "../../http/context.js";
import type { cases } from "../../db/schema.js";

type CaseRow = typeof cases.$inferSelect;

export interface CaseStudyAccess {
  mayWrite: boolean;
  mayReview: boolean;
}

export function caseStudyAccess(actor: Actor, kase: CaseRow, isBreakGlass: boolean): CaseStudyAccess {
  const isEligible = !isBreakGlass && !kase.isRestricted;
  return {
    mayWrite: isEligible && holdsAt(actor, caseloadRoles, kase.siteId),
    mayReview: isEligible && holdsAt(actor, managerRoles, kase.siteId),
  };
}
