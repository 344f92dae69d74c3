/**
 * The navigation a session gets, built from what the server says the user may do: its abilities,
 * and for casework and the panel its abilities at the site the user is working at (see
 * work-here.ts and panel/panel-here.ts). Roles are read only to keep an account whose sole role is
 * panel member inside the panel area.
 */
import type { Session } from "../../../core/api/auth.js";
import { isPanelOnly, panelHere } from "../panel/panel-here.js";
import { workHere } from "./work-here.js";

export interface NavItem {
  /** Catalogue key of the link text. */
  labelKey: string;
  to: string;
  /** Active only on this very path, not its sub-pages (a section's overview beside its parts). */
  isExact?: boolean;
}

export function navigationFor(session: Pick<Session, "abilities" | "siteAbilities" | "grants">, siteId: string | null): NavItem[] {
  // An outside panel member (or a seat holder with no other role) sees only the panel, never case lists.
  if (isPanelOnly(session)) return panelItems(session, siteId);
  // A commissioner has one place: its funder's contracts and their released figures (home leads there too).
  if (isCommissionerOnly(session)) return [{ labelKey: "commissioning.nav", to: "/commissioning" }];
  const items: NavItem[] = [{ labelKey: "nav.home", to: "/" }];
  const work = workHere(session, siteId);
  if (work.worksCaseload) items.push({ labelKey: "referrals.nav", to: "/referrals" });
  if (work.seesCases) items.push({ labelKey: "cases.nav", to: "/cases" });
  // Everyone who sees cases at the site delivers sessions: caseload roles and mentors.
  if (work.seesCases) items.push({ labelKey: "sessions.nav.mySessions", to: "/my-sessions" }, { labelKey: "sessions.nav.myDay", to: "/my-day" });
  // The same people see and record the site's group sessions of programmes.
  if (work.seesCases) items.push({ labelKey: "programmes.groupsNav", to: "/group-sessions" });
  if (work.worksCaseload) items.push({ labelKey: "clients.nav", to: "/clients" });
  items.push(...panelItems(session, siteId));
  // Outreach at the site: its pages (dashboard, calendar, sessions, stock, partners, training) are tabs within.
  if (session.siteAbilities[siteId ?? ""]?.outreach) items.push({ labelKey: "outreach.nav", to: "/outreach" });
  // Workers and caseload pages choose among the sites where the server allows them, so they show wherever any site does.
  const anySite = Object.values(session.siteAbilities);
  if (anySite.some((here) => here.seesCaseload)) items.push({ labelKey: "workers.caseload.nav", to: "/caseload" });
  if (anySite.some((here) => here.managesWorkers)) items.push({ labelKey: "workers.nav", to: "/workers" });
  // Reports: the staff dashboard for those who read one (its other parts are tabs within); else contracts, targets and
  // disclosure settings for administrators, or the national drug-treatment export for a site's team managers.
  const reportsHome = session.abilities.readDashboards
    ? "/reports"
    : session.abilities.manageReporting
      ? "/reports/contracts"
      : session.siteAbilities[siteId ?? ""]?.exportsNationalDataset
        ? "/reports/national-dataset"
        : null;
  if (reportsHome) items.push({ labelKey: "reporting.nav", to: reportsHome });
  if (session.abilities.readCommissioning) items.push({ labelKey: "commissioning.nav", to: "/commissioning" });
  if (session.abilities.manageUsers) items.push({ labelKey: "nav.users", to: "/users" });
  if (session.abilities.manageUsers) items.push({ labelKey: "integrations.nav", to: "/integrations" });
  if (session.abilities.manageSites) items.push({ labelKey: "nav.sites", to: "/sites" });
  if (session.abilities.manageInstruments) items.push({ labelKey: "instruments.nav", to: "/instruments" });
  if (session.abilities.manageSupportVocabulary) items.push({ labelKey: "supportVocabulary.nav", to: "/support-vocabulary" });
  if (session.abilities.manageProgrammes) items.push({ labelKey: "programmes.nav", to: "/programmes" });
  if (session.abilities.manageClientMerges) items.push({ labelKey: "clients.merges.nav", to: "/client-merges" });
  if (session.abilities.importSpreadsheets) items.push({ labelKey: "imports.nav", to: "/imports" });
  if (session.abilities.handleDataRights) items.push({ labelKey: "dataRights.nav", to: "/data-protection" });
  // The officer reaches the retention schedule from the data protection dashboard; an administrator only sets its rules.
  if (session.abilities.configureRetention && !session.abilities.reviewRetention) items.push({ labelKey: "retention.nav", to: "/data-protection/retention/rules" });
  if (session.abilities.verifyAudit) items.push({ labelKey: "nav.audit", to: "/audit" });
  const { editContent, listCaseStudies, manageSiteSettings } = session.abilities;
  if (editContent || listCaseStudies || manageSiteSettings) items.push({ labelKey: "content.nav", to: "/content" });
  return items;
}

/** Whether the account's only role is commissioner: it sees its funder's contracts and nothing of the casework. */
export const isCommissionerOnly = (session: Pick<Session, "abilities" | "grants">): boolean =>
  session.abilities.readCommissioning && session.grants.every((grant) => grant.role === "commissioner");

/**
 * The panel area at the site, by the server's `panel` ability there: the overview, escalation queue
 * and members for those who run it; meetings and actions for them and for members.
 */
function panelItems(session: Pick<Session, "siteAbilities">, siteId: string | null): NavItem[] {
  const panel = panelHere(session, siteId);
  const items: NavItem[] = [];
  if (panel.overseesPanel) items.push({ labelKey: "panel.nav.dashboard", to: "/panel", isExact: true });
  if (panel.overseesPanel) items.push({ labelKey: "panel.nav.escalations", to: "/panel/escalations" });
  if (panel.overseesPanel || panel.isMember) items.push({ labelKey: "panel.nav.meetings", to: "/panel/meetings" });
  if (panel.overseesPanel) items.push({ labelKey: "panel.nav.members", to: "/panel/members" });
  if (panel.overseesPanel || panel.isMember) items.push({ labelKey: panel.overseesPanel ? "panel.nav.actions" : "panel.nav.myActions", to: "/panel/actions" });
  return items;
}

/** Whether a nav item is the current page: Home only on "/", the others for their whole section. */
export function isActive(item: NavItem, pathname: string): boolean {
  return item.to === "/" || item.isExact ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
}
