/**
 * The frame of the social-value pages (`/reports/social-value…`) inside the reports area: the
 * reports tabs, then links between its parts (calculations, the unit-cost catalogue, how outcomes
 * are valued, the settings), the current one marked for screen readers.
 */
import { Anchor, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { ReportsPage } from "../reports-page.js";

const parts = [
  { key: "calculations", to: "/reports/social-value" },
  { key: "catalogue", to: "/reports/social-value/catalogue" },
  { key: "mappings", to: "/reports/social-value/mappings" },
  { key: "settings", to: "/reports/social-value/settings" },
] as const;

/** The part a path is in: calculations for the list and every report. */
const partOf = (pathname: string) => parts.find((part) => part.key !== "calculations" && pathname.startsWith(part.to))?.key ?? "calculations";

export function SocialValuePage({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const current = partOf(useLocation().pathname);
  return (
    <ReportsPage title={title} actions={actions}>
      <Group component="nav" aria-label={t("socialValue.nav.label")} gap="lg" wrap="wrap">
        {parts.map((part) => {
          const isCurrent = part.key === current;
          return (
            <Anchor key={part.key} component={Link} to={part.to} aria-current={isCurrent ? "page" : undefined} fw={isCurrent ? 700 : 400} underline={isCurrent ? "always" : "hover"}>
              {t(`socialValue.nav.${part.key}`)}
            </Anchor>
          );
        })}
      </Group>
      {children}
    </ReportsPage>
  );
}
