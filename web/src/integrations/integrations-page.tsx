/** Administration of integrations: service accounts with their API tokens, and webhooks with their delivery log. */
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { Page } from "../components/page.js";
import { ServiceAccounts } from "./service-accounts.js";
import { Webhooks } from "./webhooks.js";

export function IntegrationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "webhooks" ? "webhooks" : "tokens";
  return (
    <Page title={t("integrations.title")}>
      <Tabs value={tab} onChange={(value) => setParams(value === "webhooks" ? { tab: "webhooks" } : {})} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tokens">{t("integrations.tokensTab")}</Tabs.Tab>
          <Tabs.Tab value="webhooks">{t("integrations.webhooksTab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tokens" pt="md">
          <ServiceAccounts />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks" pt="md">
          <Webhooks />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
