/**
 * The unit-cost catalogue (`/reports/social-value/catalogue`): each code's current version with its
 * value, price year, agency and confidence grade; every version of one; adding a code, changing an
 * entry (kept as its next version, so calculations keep the figures they used), and the catalogue
 * as a spreadsheet to download, edit and import again.
 */
import { Anchor, Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogueEntryView, CatalogueList } from "../../../../core/api/social-value.js";
import { valueKinds, valueOf, type UnitCostEntry } from "../../../../core/social-value/index.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { EntryDialog } from "./entry-dialog.js";
import { EntryVersionsDialog } from "./entry-versions-dialog.js";
import { ImportDialog } from "./import-dialog.js";
import { socialValueApi } from "./social-value-api.js";
import { SocialValuePage } from "./social-value-page.js";
import { useMoney } from "./social-value-words.js";

export function CataloguePage() {
  const { t } = useTranslation();
  const catalogue = useLoad(socialValueApi.catalogue, []);
  const [editing, setEditing] = useState<UnitCostEntry | "new" | null>(null);
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const [isImporting, setImporting] = useState(false);
  const saved = () => {
    setEditing(null);
    catalogue.reload();
  };
  return (
    <SocialValuePage
      title={t("socialValue.catalogue.title")}
      actions={
        <Group gap="sm">
          <Button component="a" href={socialValueApi.catalogueCsvUrl} variant="default">
            {t("socialValue.catalogue.download")}
          </Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t("socialValue.catalogue.import")}
          </Button>
          <Button onClick={() => setEditing("new")}>{t("socialValue.catalogue.add")}</Button>
        </Group>
      }
    >
      <Text maw="75ch">{t("socialValue.catalogue.intro")}</Text>
      {catalogue.state.status === "loading" && <Loading />}
      {catalogue.state.status === "failed" && <LoadFailed error={catalogue.state.error} onRetry={catalogue.reload} />}
      {catalogue.state.status === "ready" && <EntryTable list={catalogue.state.data} onEdit={setEditing} onVersions={setVersionsOf} />}
      <EntryDialog entry={editing} onClose={() => setEditing(null)} onSaved={saved} />
      <EntryVersionsDialog code={versionsOf} onClose={() => setVersionsOf(null)} />
      <ImportDialog opened={isImporting} onClose={() => setImporting(false)} onImported={catalogue.reload} />
    </SocialValuePage>
  );
}

function EntryTable({ list, onEdit, onVersions }: { list: CatalogueList; onEdit: (entry: UnitCostEntry) => void; onVersions: (code: string) => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [search, setSearch] = useState("");
  const wanted = search.trim().toLowerCase();
  const shown = list.entries.filter(({ entry }) => wanted === "" || `${entry.code} ${entry.description}`.toLowerCase().includes(wanted));
  return (
    <Stack gap="sm">
      <TextInput label={t("socialValue.catalogue.search")} value={search} onChange={(event) => setSearch(event.currentTarget.value)} maw={360} />
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing="xs" striped="even" aria-label={t("socialValue.catalogue.tableLabel")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("socialValue.catalogue.code")}</Table.Th>
              <Table.Th>{t("socialValue.catalogue.description")}</Table.Th>
              <Table.Th>{t("socialValue.catalogue.agency")}</Table.Th>
              <Table.Th ta="end">{t("socialValue.catalogue.values")}</Table.Th>
              <Table.Th>{t("socialValue.catalogue.priceYear")}</Table.Th>
              <Table.Th>{t("socialValue.catalogue.grade")}</Table.Th>
              <Table.Th>{t("socialValue.catalogue.version")}</Table.Th>
              <Table.Th>{t("socialValue.catalogue.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((view: CatalogueEntryView & { versionCount: number }) => {
              const { entry } = view;
              return (
                <Table.Tr key={entry.code}>
                  <Table.Td dir="ltr" miw={100} maw={160} style={{ overflowWrap: "anywhere" }}>
                    {entry.code}
                  </Table.Td>
                  <Table.Td miw={220}>
                    <Text size="sm">{entry.description}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`socialValue.units.${entry.unit}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{entry.agency ? t(`socialValue.agencies.${entry.agency}`) : "–"}</Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: "nowrap" }}>
                    {valueKinds.map((kind) => {
                      const pence = valueOf(entry, kind);
                      return pence === null ? null : (
                        <Text key={kind} size="sm">
                          {t("socialValue.catalogue.valueOfKind", { kind: t(`socialValue.kinds.${kind}`), value: isolate(money.exact(pence)) })}
                        </Text>
                      );
                    })}
                  </Table.Td>
                  <Table.Td dir="ltr" style={{ whiteSpace: "nowrap" }}>
                    {entry.priceYear}
                  </Table.Td>
                  <Table.Td>{entry.confidenceGrade}</Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Anchor component="button" type="button" size="sm" style={{ whiteSpace: "nowrap" }} onClick={() => onVersions(entry.code)} aria-label={t("socialValue.catalogue.versionsOf", { code: entry.code })}>
                        {t("socialValue.catalogue.versionOf", { version: entry.version, count: view.versionCount })}
                      </Anchor>
                      {view.isShipped && (
                        <Text size="xs" c="dimmed">
                          {t("socialValue.catalogue.shipped")}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => onEdit(entry)} aria-label={t("socialValue.catalogue.changeOf", { code: entry.code })}>
                      {t("socialValue.catalogue.change")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
