/** The audit log: check that the hash chain is unbroken, and read the most recent events. */
import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Page } from "../components/page.js";
import { AuditEventsTable } from "./audit-events-table.js";
import { ChainVerificationPanel } from "./chain-verification-panel.js";

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("audit.title")}>
      <ChainVerificationPanel />
      <Title order={2}>{t("audit.recentTitle")}</Title>
      <AuditEventsTable />
    </Page>
  );
}
