/**
 * The frame of the reports area: the page heading and the tabs between its parts (kept as links, so
 * each part has its own address), showing only the parts the server says the user may open. One
 * part alone needs no tabs.
 */
import { Tabs } from "@mantine/core";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { Page } from "../components/page.js";
import { useSignedInSession } from "../session/session-context.js";
import { reportPartOf, reportPartsFor } from "./report-tabs.js";

interface ReportsPageProps {
  title: string;
  actions?: ReactNode;
  documentTitle?: string;
  children: ReactNode;
}

export function ReportsPage({ title, actions, documentTitle, children }: ReportsPageProps) {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const parts = reportPartsFor(session);
  const current = reportPartOf(pathname);
  // On a phone the tabs scroll sideways: bring the current one into view, wherever it sits.
  const tabList = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tabList.current?.querySelector("[data-active]")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current]);
  return (
    <Page title={title} actions={actions} documentTitle={documentTitle}>
      {parts.length > 1 && (
        <Tabs value={current} onChange={(value) => navigate(parts.find((part) => part.key === value)?.to ?? "/reports")} keepMounted={false}>
          <Tabs.List ref={tabList} aria-label={t("reportsArea.tabs.label")} style={{ overflowX: "auto", flexWrap: "nowrap" }}>
            {parts.map((part) => (
              <Tabs.Tab key={part.key} value={part.key}>
                {t(`reportsArea.tabs.${part.key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      {children}
    </Page>
  );
}
