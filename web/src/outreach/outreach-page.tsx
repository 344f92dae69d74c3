/**
 * The frame of every outreach page: the page heading, the tabs between the parts of outreach (kept
 * as links, so each part has its own address), and a note when the user only reads outreach here.
 * Without outreach at the current site it says so instead of the page.
 */
import { Alert, Tabs } from "@mantine/core";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { Page } from "../components/page.js";
import { useOutreachHere, type OutreachHere } from "./outreach-here.js";

const parts = [
  { key: "dashboard", to: "/outreach" },
  { key: "calendar", to: "/outreach/calendar" },
  { key: "sessions", to: "/outreach/sessions" },
  { key: "partners", to: "/outreach/partners" },
  { key: "training", to: "/outreach/training" },
  { key: "stock", to: "/outreach/stock" },
] as const;

function partOf(pathname: string): string {
  const found = [...parts].reverse().find((part) => pathname === part.to || (part.to !== "/outreach" && pathname.startsWith(`${part.to}/`)));
  return found?.key ?? "dashboard";
}

interface OutreachPageProps {
  title: string;
  actions?: ReactNode;
  /** The page itself, given the site it is about. */
  children: (here: OutreachHere) => ReactNode;
}

export function OutreachPage({ title, actions, children }: OutreachPageProps) {
  const { t } = useTranslation();
  const here = useOutreachHere();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = partOf(pathname);
  // On a phone the tabs scroll sideways: bring the current one into view, wherever it sits.
  const tabList = useRef<HTMLDivElement>(null);
  useEffect(() => {
    tabList.current?.querySelector("[data-active]")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current]);
  return (
    <Page title={title} actions={here ? actions : undefined}>
      <Tabs value={current} onChange={(value) => navigate(parts.find((part) => part.key === value)?.to ?? "/outreach")} keepMounted={false}>
        <Tabs.List ref={tabList} aria-label={t("outreach.tabs.label")} style={{ overflowX: "auto", flexWrap: "nowrap" }}>
          {parts.map((part) => (
            <Tabs.Tab key={part.key} value={part.key}>
              {t(`outreach.tabs.${part.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {here === null ? (
        <Alert color="gray">{t("outreach.noSite")}</Alert>
      ) : (
        <>
          {!here.canWork && <Alert color="blue">{t("outreach.readOnly")}</Alert>}
          {children(here)}
        </>
      )}
    </Page>
  );
}
