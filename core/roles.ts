/**
 * The roles people hold in the organisation (DESIGN.md, "Who uses it") and the facts about each
 * that the rest of the system relies on. Pure data: the server's policies and the web app's
 * navigation both read it.
 */
import { z } from "zod";

export const roles = [
  "caseworker",
  "mentor",
  "team_manager",
  "safeguarding_lead",
  "panel_member",
  "outreach_worker",
  "data_protection_officer",
  "administrator",
  "commissioner",
  "content_editor",
] as const;

export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

interface RoleFacts {
  /** Held at one site (true) or across the whole organisation (false). */
  isSiteScoped: boolean;
  /** Can see client data, so a second factor is mandatory. */
  seesClientData: boolean;
  /**
   * Must sign in with a second factor even without client data: a commissioner reads the
   * organisation's figures for its funder, and a stolen password must not be enough for that.
   */
  needsSecondFactor: boolean;
}

export const roleFacts: Record<Role, RoleFacts> = {
  caseworker: { isSiteScoped: true, seesClientData: true, needsSecondFactor: true },
  mentor: { isSiteScoped: true, seesClientData: true, needsSecondFactor: true },
  team_manager: { isSiteScoped: true, seesClientData: true, needsSecondFactor: true },
  safeguarding_lead: { isSiteScoped: true, seesClientData: true, needsSecondFactor: true },
  panel_member: { isSiteScoped: true, seesClientData: true, needsSecondFactor: true },
  outreach_worker: { isSiteScoped: true, seesClientData: false, needsSecondFactor: false },
  data_protection_officer: { isSiteScoped: false, seesClientData: true, needsSecondFactor: true },
  // Administrators see no case data, but they control who does; their accounts need the same protection.
  administrator: { isSiteScoped: false, seesClientData: true, needsSecondFactor: true },
  commissioner: { isSiteScoped: false, seesClientData: false, needsSecondFactor: true },
  // Content editors write and publish the public site: a stolen password must not be enough to
  // put words on it in the organisation's name.
  content_editor: { isSiteScoped: false, seesClientData: false, needsSecondFactor: true },
};

export interface RoleGrant {
  role: Role;
  /** null for an organisation-wide role. */
  siteId: string | null;
}

/** A user must have a second factor if any role they hold can reach client data or a funder's figures. */
export function requiresSecondFactor(grants: readonly RoleGrant[]): boolean {
  return grants.some((grant) => roleFacts[grant.role].needsSecondFactor);
}

/** Checks that site-scoped roles name a site and organisation-wide roles do not. */
export function isGrantShapeValid(grant: RoleGrant): boolean {
  return roleFacts[grant.role].isSiteScoped ? grant.siteId !== null : grant.siteId === null;
}
