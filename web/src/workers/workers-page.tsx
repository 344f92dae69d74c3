/**
 * The people who deliver support at a site, for its managers and for administrators: roles,
 * languages, specialisms, caseload against its limit and DBS vetting (run out in red, running out
 * in orange). Each name opens the worker's profile, where it can be changed.
 */
import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { useLanguageName } from "../referrals/preference-labels.js";
import { SiteChooser, useSiteWhere } from "./site-where.js";
import { VettingBadge } from "./vetting-badge.js";
import { workersApi, type Worker } from "./workers-api.js";

export function WorkersPage() {
  const { t } = useTranslation();
  const where = useSiteWhere("managesWorkers");
  return (
    <Page title={t("workers.title")}>
      <Text>{t("workers.intro")}</Text>
      <SiteChooser {...where} />
      {where.site ? <WorkerList siteId={where.site.id} siteName={where.site.name} /> : <Text>{t("workers.noSite")}</Text>}
    </Page>
  );
}

function WorkerList({ siteId, siteName }: { siteId: string; siteName: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => workersApi.list(siteId), [siteId]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (state.data.length === 0) return <Text>{t("workers.none", { site: isolate(siteName) })}</Text>;
  return <WorkerTable workers={state.data} caption={t("workers.caption", { count: state.data.length, site: isolate(siteName) })} siteId={siteId} />;
}

function WorkerTable({ workers, caption, siteId }: { workers: readonly Worker[]; caption: string; siteId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const list = (items: string[]) => (items.length === 0 ? <Text size="sm" c="dimmed">{t("workers.noneRecorded")}</Text> : items.join(t("workers.listSeparator")));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("workers.name")}</Table.Th>
            <Table.Th>{t("workers.roles")}</Table.Th>
            <Table.Th>{t("workers.languages")}</Table.Th>
            <Table.Th>{t("workers.specialisms")}</Table.Th>
            <Table.Th>{t("workers.caseloadColumn")}</Table.Th>
            <Table.Th>{t("workers.vettingColumn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workers.map((worker) => (
            <Table.Tr key={worker.userId}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/workers/${worker.userId}?site=${siteId}`}>
                    {worker.displayName}
                  </Anchor>
                  {!worker.hasProfile && (
                    <Text size="sm" c="dimmed">
                      {t("workers.noProfile")}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{worker.roles.map((role) => t(`roles.${role}.name`)).join(t("workers.listSeparator"))}</Table.Td>
              <Table.Td>{list(worker.languages.map(languageName))}</Table.Td>
              <Table.Td>{list(worker.specialisms.map((code) => t(`support.specialisms.${code}`)))}</Table.Td>
              <Table.Td>{t("workers.capacity", { open: format.number(worker.openCases), max: format.number(worker.maxCaseload) })}</Table.Td>
              <Table.Td>
                <VettingBadge vetting={worker.vetting} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
