/**
 * A client's record: reference and age band at the top, with a link to their outcomes over time,
 * then tabs for their details (demographics, identity on request), consents, family and contacts,
 * cases and possible duplicates. The tab is in the address so that links and "back" land on it.
 */
import { Anchor, Badge, Group, Stack, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { ClientCases } from "./client-cases.js";
import { ClientDemographics } from "./client-demographics.js";
import { ClientDuplicates } from "./client-duplicates.js";
import { ClientIdentityPanel } from "./client-identity-panel.js";
import { clientsApi } from "./clients-api.js";
import { ConsentPanel } from "./consent-panel.js";
import { useDemographicLabels } from "./demographic-labels.js";
import { RelationshipsPanel } from "./relationships-panel.js";
import { ClientRecordBanner } from "../data-protection/erasure/client-record-banner.js";

const tabs = ["details", "consent", "relationships", "cases", "duplicates"] as const;
type Tab = (typeof tabs)[number];
/** Checking for duplicates is allowed to those who may change the record (server/clients/policy.ts). */
const tabsFor = (canEdit: boolean): readonly Tab[] => (canEdit ? tabs : tabs.filter((tab) => tab !== "duplicates"));

export function ClientProfilePage() {
  const { t } = useTranslation();
  const labels = useDemographicLabels();
  const clientId = useParams().clientId ?? "";
  const [params, setParams] = useSearchParams();
  const requestedTab = tabs.find((candidate) => candidate === params.get("tab")) ?? "details";
  const { state, reload, replace } = useLoad(() => clientsApi.get(clientId), [clientId]);

  if (state.status !== "ready") {
    return (
      <Page title={t("clients.profileLoading")}>
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const client = state.data;
  const shownTabs = tabsFor(client.abilities.edit);
  const tab = shownTabs.includes(requestedTab) ? requestedTab : "details";
  return (
    <Page title={t("clients.profileTitle", { reference: client.reference })}>
      <ClientRecordBanner state={client.clientRecord} />
      <Group gap="xs">
        <Badge variant="light" color="gray" tt="none" radius="sm">
          {t("clients.ageBandLabel", { band: labels.ageBand(client.ageBand) })}
        </Badge>
        {client.demographics.isInterpreterNeeded && (
          <Badge variant="light" color="blue" tt="none" radius="sm">
            {t("clients.interpreterNeeded")}
          </Badge>
        )}
        <Anchor component={Link} to={`/clients/${client.id}/outcomes`} ms="md">
          {t("outcomes.link")}
        </Anchor>
      </Group>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== "details" ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {shownTabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`clients.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack>
            {client.abilities.revealIdentity && <ClientIdentityPanel clientId={client.id} canEdit={client.abilities.edit} onProfileChanged={replace} />}
            <ClientDemographics client={client} onSaved={replace} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="consent" pt="md">
          <ConsentPanel client={client} onChanged={replace} />
        </Tabs.Panel>
        <Tabs.Panel value="relationships" pt="md">
          <RelationshipsPanel client={client} onChanged={replace} />
        </Tabs.Panel>
        <Tabs.Panel value="cases" pt="md">
          <ClientCases client={client} />
        </Tabs.Panel>
        {shownTabs.includes("duplicates") && (
          <Tabs.Panel value="duplicates" pt="md">
            <ClientDuplicates client={client} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Page>
  );
}
