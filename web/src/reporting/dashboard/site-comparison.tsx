/**
 * The whole organisation's sites side by side: referrals received and people engaged at each (a
 * person seen at two sites counts at each), and each site's waiting times.
 */
import { useTranslation } from "react-i18next";
import { BreakdownChart } from "./breakdown-chart.js";
import type { Dashboard } from "./dashboard-api.js";
import { DashboardSection } from "./dashboard-section.js";
import type { ValueWords } from "./value-words.js";
import { SiteWaitsTable } from "./wait-tables.js";

export function SiteComparison({ sites, words }: { sites: NonNullable<Dashboard["bySite"]>; words: ValueWords }) {
  const { t } = useTranslation();
  const cells = (key: "referrals" | "peopleEngaged") => sites.map((site) => ({ value: site.siteId, count: site[key] }));
  const sum = (key: "referrals" | "peopleEngaged") => sites.reduce((total, site) => total + site[key], 0);
  return (
    <DashboardSection title={t("dashboard.sites.section")}>
      <BreakdownChart
        title={t("dashboard.sites.referrals")}
        nameLabel={t("dashboard.sites.site")}
        valueLabel={t("dashboard.referrals.count")}
        dimension="site"
        cells={cells("referrals")}
        total={sum("referrals")}
        words={words}
        none={t("dashboard.referrals.none")}
        testId="dashboard-chart-site-referrals"
      />
      <BreakdownChart
        title={t("dashboard.sites.engaged")}
        nameLabel={t("dashboard.sites.site")}
        valueLabel={t("dashboard.people.engaged")}
        dimension="site"
        cells={cells("peopleEngaged")}
        total={sum("peopleEngaged")}
        words={words}
        none={t("dashboard.people.none")}
        note={t("dashboard.sites.engagedNote")}
        testId="dashboard-chart-site-people"
      />
      <SiteWaitsTable sites={sites} words={words} />
    </DashboardSection>
  );
}
