/**
 * What an actor may do with a client they can already see (scope.ts decides seeing). Anyone who
 * sees a client may open the profile and, audited, reveal who they are. Changing the record is for
 * the caseload roles at a site where the client is worked; merging two records is for team managers
 * and safeguarding leads who work both; undoing a merge is for administrators. Break-glass access is
 * read-only.
 */
import { caseloadRoles, holdsAt, managerRoles } from "../authz/site-roles.js";
import { hasRole } from "../authz/authorize.js";
import type { Actor } from "../http/context.js";
import { canSeeReferral, type ReferralForPolicy } from "../referrals/policy.js";

/** How the actor reaches a client: the sites where they see the client's cases or pending referrals. */
export interface ClientView {
  /** Sites of the client's cases (and referrals awaiting a case) the actor sees without break-glass. */
  siteIds: readonly string[];
  /** True when the actor sees the client only through break-glass access. */
  isBreakGlass: boolean;
}

const worksAt = (actor: Actor, view: ClientView, roles: typeof caseloadRoles): boolean =>
  !view.isBreakGlass && view.siteIds.some((siteId) => holdsAt(actor, roles, siteId));

/** Searching all clients by name is for people who work a caseload somewhere. */
export const canSearchClients = (actor: Actor): boolean =>
  actor.grants.some((grant) => grant.siteId !== null && caseloadRoles.includes(grant.role));

/** Reading identity is a read like the profile, audited; an emergency (break-glass) may need the name. */
export const canRevealIdentity = (_actor: Actor, view: ClientView): boolean => view.isBreakGlass || view.siteIds.length > 0;
/** A family member's or contact's name and phone are sealed under the client's key and read on the same terms. */
export const canRevealRelationshipContact = canRevealIdentity;

export const canEditClient = (actor: Actor, view: ClientView): boolean => worksAt(actor, view, caseloadRoles);
export const canRecordConsent = canEditClient;
export const canAddRelationship = canEditClient;
export const canCheckDuplicates = canEditClient;
/** Checking whether a referral's person is already known is part of triaging it. */
export const canCheckReferralDuplicates = (actor: Actor, referral: ReferralForPolicy): boolean => canSeeReferral(actor, referral);

/** Merging changes two people's records: the actor must manage work on each of them. */
export const canMergeFrom = (actor: Actor, view: ClientView): boolean => worksAt(actor, view, managerRoles);
export const canMerge = (actor: Actor, kept: ClientView, duplicate: ClientView): boolean =>
  canMergeFrom(actor, kept) && canMergeFrom(actor, duplicate);

/** Reversal is an administrator's correction, for mistakes found after the merge. */
export const canReverseMerge = (actor: Actor): boolean => hasRole(actor, "administrator");
/** The organisation's list of merges (references and staff names only) is for the people who may undo them. */
export const canListMerges = canReverseMerge;
