/**
 * Role grants as a form edits them: a role may not be chosen yet, and a site is needed only for
 * site-scoped roles (core/roles.ts says which).
 */
import type { TFunction } from "i18next";
import { grantsInputSchema } from "../../../core/api/admin.js";
import { roleFacts, roleSchema, type Role, type RoleGrant } from "../../../core/roles.js";
import { zodValidate } from "../forms/validation.js";

export interface GrantDraft {
  /** Stable key for React lists; not sent. */
  key: string;
  role: Role | null;
  siteId: string | null;
}

let nextKey = 0;
export function newGrantDraft(grant?: RoleGrant): GrantDraft {
  nextKey += 1;
  return { key: `grant-${nextKey}`, role: grant?.role ?? null, siteId: grant?.siteId ?? null };
}

export function isSiteScoped(role: Role | null): boolean {
  return role !== null && roleFacts[role].isSiteScoped;
}

/** The grants to send; an organisation-wide role never carries a site. */
export function toGrants(drafts: readonly GrantDraft[]): RoleGrant[] {
  return drafts.flatMap((draft) => {
    const role = roleSchema.safeParse(draft.role);
    if (!role.success) return [];
    return [{ role: role.data, siteId: roleFacts[role.data].isSiteScoped ? draft.siteId : null }];
  });
}

/** Errors keyed by form path (`grants.0.siteId`): a role must be chosen, a site where the role needs one, no repeats. */
export function validateGrantDrafts(drafts: readonly GrantDraft[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  drafts.forEach((draft, index) => {
    if (draft.role === null) {
      errors[`grants.${index}.role`] = t("users.grants.chooseRole");
      return;
    }
    if (isSiteScoped(draft.role) && !draft.siteId) errors[`grants.${index}.siteId`] = t("users.grants.chooseSite");
    const identity = `${draft.role}:${isSiteScoped(draft.role) ? draft.siteId : ""}`;
    if (seen.has(identity)) errors[`grants.${index}.role`] = t("users.grants.duplicate");
    seen.add(identity);
  });
  const listErrors = zodValidate(grantsInputSchema, t)(toGrants(drafts));
  if (listErrors[""]) errors.grants = listErrors[""];
  return errors;
}
