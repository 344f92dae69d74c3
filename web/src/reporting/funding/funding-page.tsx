/**
 * The frame of the funding pages (`/reports/funding…`) inside the reports area: the reports tabs,
 * then links between the four funding pages (grants, spend, unit costs, the calculator), the
 * current one marked for screen readers.
 */
import { Anchor, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { ReportsPage } from "../reports-page.js";

const fundingPages = [
  { key: "grants", to: "/reports/funding" },
  { key: "spend", to: "/reports/funding/spend" },
  { key: "unitCosts", to: "/reports/funding/unit-costs" },
  { key: "calculator", to: "/reports/funding/calculator" },
] as const;

export function FundingPage({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ReportsPage title={title} actions={actions}>
      <Group component="nav" aria-label={t("funding.nav.label")} gap="lg" wrap="wrap">
        {fundingPages.map((page) => {
          const isCurrent = pathname === page.to;
          return (
            <Anchor key={page.key} component={Link} to={page.to} aria-current={isCurrent ? "page" : undefined} fw={isCurrent ? 700 : 400} underline={isCurrent ? "always" : "hover"}>
              {t(`funding.nav.${page.key}`)}
            </Anchor>
          );
        })}
      </Group>
      {children}
    </ReportsPage>
  );
}
