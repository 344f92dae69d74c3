/**
 * Every version of one catalogue entry, newest first: what each said, who made it and when (the
 * organisation's starting figures marked as such). Calculations keep the version they used.
 */
import { Badge, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../components/app-modal.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { socialValueApi } from "./social-value-api.js";
import { useMoney } from "./social-value-words.js";

export function EntryVersionsDialog({ code, onClose }: { code: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={code !== null} onClose={onClose} title={t("socialValue.versions.title", { code: code ?? "" })} size="xl">
      {code !== null && <Versions code={code} />}
    </AppModal>
  );
}

function Versions({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const versions = useLoad(() => socialValueApi.entryVersions(code), [code]);
  if (versions.state.status === "loading") return <Loading />;
  if (versions.state.status === "failed") return <LoadFailed error={versions.state.error} onRetry={versions.reload} />;
  const value = (pence: number | null) => (pence === null ? "–" : money.exact(pence));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label={t("socialValue.versions.title", { code })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("socialValue.catalogue.version")}</Table.Th>
            <Table.Th>{t("socialValue.catalogue.description")}</Table.Th>
            <Table.Th ta="end">{t("socialValue.versions.values")}</Table.Th>
            <Table.Th>{t("socialValue.catalogue.priceYear")}</Table.Th>
            <Table.Th>{t("socialValue.catalogue.grade")}</Table.Th>
            <Table.Th>{t("socialValue.versions.made")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.state.data.versions.map(({ entry, isShipped, createdAt, createdByName }) => (
            <Table.Tr key={entry.version}>
              <Table.Td>{entry.version}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{entry.description}</Text>
                  <Text size="xs" c="dimmed">
                    {entry.source.citation}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: "nowrap" }}>
                {[entry.fiscalPence, entry.economicPence, entry.socialPence].map(value).join(" / ")}
              </Table.Td>
              <Table.Td dir="ltr">{entry.priceYear}</Table.Td>
              <Table.Td>{entry.confidenceGrade}</Table.Td>
              <Table.Td>
                {isShipped ? (
                  <Badge size="sm" variant="light" color="gray">
                    {t("socialValue.catalogue.shipped")}
                  </Badge>
                ) : (
                  <Text size="sm">{t("socialValue.versions.madeBy", { name: isolate(createdByName ?? ""), at: isolate(format.dateTime(createdAt)) })}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
