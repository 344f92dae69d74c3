/**
 * The navigation a session gets. Built from what the server says the user may do; the UI never
 * works out permissions for itself.
 */
import type { Session } from "../../../core/api/auth.js";

export interface NavItem {
  /** Catalogue key of the link text. */
  labelKey: string;
  to: string;
}

export function navigationFor(session: Pick<Session, "abilities">): NavItem[] {
  const items: NavItem[] = [{ labelKey: "nav.home", to: "/" }];
  if (session.abilities.manageUsers) items.push({ labelKey: "nav.users", to: "/users" });
  if (session.abilities.manageSites) items.push({ labelKey: "nav.sites", to: "/sites" });
  if (session.abilities.verifyAudit) items.push({ labelKey: "nav.audit", to: "/audit" });
  return items;
}

/** Whether a nav item is the current page: Home only on "/", the others for their whole section. */
export function isActive(item: NavItem, pathname: string): boolean {
  return item.to === "/" ? pathname === "/" : pathname === item.to || pathname.startsWith(`${item.to}/`);
}
