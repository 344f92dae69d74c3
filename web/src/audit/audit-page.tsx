/**
 * Reviewing the audit trail, in four parts kept in the address (`?tab=`): the events with their
 * filters, unusual-access alerts, the chain's verification and its history, and the alert settings.
 */
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { Page } from "../components/page.js";
import { AlertSettingsForm } from "./alert-settings-form.js";
import { AlertsPanel } from "./alerts-panel.js";
import { AuditEventsView } from "./audit-events-view.js";
import { VerificationPanel } from "./verification-panel.js";

const tabs = ["events", "alerts", "verification", "settings"] as const;
type Tab = (typeof tabs)[number];

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((known) => known === params.get("tab")) ?? "events";
  const choose = (value: string | null) => setParams(value && value !== "events" ? { tab: value } : {});
  return (
    <Page title={t("audit.title")}>
      <Tabs value={tab} onChange={choose} keepMounted={false}>
        <Tabs.List aria-label={t("auditReview.tabs.label")} style={{ overflowX: "auto", flexWrap: "nowrap" }}>
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`auditReview.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === "events" && <AuditEventsView />}
      {tab === "alerts" && <AlertsPanel />}
      {tab === "verification" && <VerificationPanel />}
      {tab === "settings" && <AlertSettingsForm />}
    </Page>
  );
}
