/** The organisation's sites: add one, rename one. The header's site switcher follows any change. */
import { Button, Paper, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Site } from "../../../core/api/admin.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { useSession } from "../session/session-context.js";
import { SiteNameForm } from "./site-name-form.js";
import { RenameSiteDialog } from "./rename-site-dialog.js";
import { sitesApi } from "./sites-api.js";

export function SitesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { refresh } = useSession();
  const { state, reload } = useLoad(sitesApi.list, []);
  const [renaming, setRenaming] = useState<Site | null>(null);

  async function changed(): Promise<void> {
    reload();
    // The session lists the user's sites for the switcher; ask for it again so it shows the change.
    await refresh();
  }

  return (
    <Page title={t("sites.title")}>
      <Paper withBorder p="lg" component="section" aria-labelledby="add-site-heading">
        <Title order={2} id="add-site-heading" mb="sm">
          {t("sites.addTitle")}
        </Title>
        <SiteNameForm submitLabel={t("sites.add")} onSubmit={async (name) => {
          await sitesApi.create({ name });
          await changed();
        }} resetOnSuccess />
      </Paper>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.length === 0 && <Text>{t("sites.none")}</Text>}
      {state.status === "ready" && state.data.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped highlightOnHover>
            <Table.Caption>{t("sites.caption", { count: state.data.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("sites.name")}</Table.Th>
                <Table.Th>{t("sites.added")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.map((site) => (
                <Table.Tr key={site.id}>
                  <Table.Td>{site.name}</Table.Td>
                  <Table.Td>{format.date(site.createdAt)}</Table.Td>
                  <Table.Td>
                    {site.abilities.rename && (
                      <Button size="xs" variant="default" onClick={() => setRenaming(site)}
                        aria-label={t("sites.renameNamed", { name: site.name })}>
                        {t("sites.rename")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RenameSiteDialog site={renaming} onClose={() => setRenaming(null)} onRenamed={changed} />
    </Page>
  );
}
