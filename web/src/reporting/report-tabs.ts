/**
 * The parts of the reports area a session may open, by the server's abilities: the staff dashboard
 * (readDashboards), returns, contracts, disclosure settings and funding (manageReporting), and the
 * national drug-treatment export (a team manager at any site). Which part a path belongs to. Pure.
 */
import type { Session } from "../../../core/api/auth.js";

export const reportParts = [
  { key: "dashboard", to: "/reports" },
  { key: "returns", to: "/reports/returns" },
  { key: "contracts", to: "/reports/contracts" },
  { key: "disclosure", to: "/reports/disclosure" },
  { key: "funding", to: "/reports/funding" },
  { key: "socialValue", to: "/reports/social-value" },
  { key: "nationalDataset", to: "/reports/national-dataset" },
] as const;
export type ReportPart = (typeof reportParts)[number];

export function reportPartsFor(session: Pick<Session, "abilities" | "siteAbilities">): ReportPart[] {
  const exportsAnywhere = Object.values(session.siteAbilities).some((site) => site.exportsNationalDataset);
  const shows: Record<ReportPart["key"], boolean> = {
    dashboard: session.abilities.readDashboards,
    returns: session.abilities.manageReporting,
    contracts: session.abilities.manageReporting,
    disclosure: session.abilities.manageReporting,
    // Grants, spend and unit costs are kept by the people who keep the funders (server/funding/policy.ts).
    funding: session.abilities.manageReporting,
    // The social-value catalogue, assumptions and calculations: the same people (server/social-value/policy.ts).
    socialValue: session.abilities.manageReporting,
    nationalDataset: exportsAnywhere,
  };
  return reportParts.filter((part) => shows[part.key]);
}

/** The part `pathname` is in: the dashboard only at /reports itself, the others with their sub-pages. */
export function reportPartOf(pathname: string): ReportPart["key"] | null {
  const found = reportParts.find((part) => (part.key === "dashboard" ? pathname === part.to : pathname === part.to || pathname.startsWith(`${part.to}/`)));
  return found?.key ?? null;
}
