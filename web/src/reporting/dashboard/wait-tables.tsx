/**
 * Waiting times as tables, for there is nothing a picture would add to two or three figures: how
 * many waits ended in the period, their median and the wait nine in ten were seen within. The
 * period's waits from referral to first contact and to assessment, and the same for each site.
 */
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardWait } from "../../../../core/api/reporting-dashboard.js";
import { useFormat } from "../../i18n/format.js";
import type { Dashboard } from "./dashboard-api.js";
import { useDays } from "./days.js";
import type { ValueWords } from "./value-words.js";

function WaitCells({ wait }: { wait: DashboardWait }) {
  const format = useFormat();
  const days = useDays();
  return (
    <>
      <Table.Td>{days(wait.medianDays)}</Table.Td>
      <Table.Td>{days(wait.p90Days)}</Table.Td>
      <Table.Td>{format.number(wait.waits)}</Table.Td>
    </>
  );
}

function WaitFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        <Text size="sm">{intro}</Text>
        <Table.ScrollContainer minWidth={420}>{children}</Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

export function WaitsTable({ waits }: { waits: Dashboard["waits"] }) {
  const { t } = useTranslation();
  const rows = [
    { key: "firstContact", wait: waits.toFirstContact },
    { key: "assessment", wait: waits.toAssessment },
  ] as const;
  return (
    <WaitFrame title={t("dashboard.waits.title")} intro={t("dashboard.waits.intro")}>
      <Table verticalSpacing={4} data-testid="dashboard-waits">
        <Table.Caption>{t("dashboard.waits.title")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("dashboard.waits.wait")}</Table.Th>
            <Table.Th scope="col">{t("dashboard.waits.median")}</Table.Th>
            <Table.Th scope="col">{t("dashboard.waits.p90")}</Table.Th>
            <Table.Th scope="col">{t("dashboard.waits.count")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {t(`dashboard.waits.${row.key}`)}
              </Table.Th>
              <WaitCells wait={row.wait} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WaitFrame>
  );
}

export function SiteWaitsTable({ sites, words }: { sites: NonNullable<Dashboard["bySite"]>; words: ValueWords }) {
  const { t } = useTranslation();
  return (
    <WaitFrame title={t("dashboard.sites.waits")} intro={t("dashboard.waits.intro")}>
      <Table verticalSpacing={4} miw={640} data-testid="dashboard-site-waits">
        <Table.Caption>{t("dashboard.sites.waits")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {t("dashboard.sites.site")}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={3}>
              {t("dashboard.waits.firstContact")}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={3}>
              {t("dashboard.waits.assessment")}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {[0, 1].flatMap((group) =>
              (["median", "p90", "count"] as const).map((column) => (
                <Table.Th key={`${group}-${column}`} scope="col">
                  {t(`dashboard.waits.${column}`)}
                </Table.Th>
              )),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sites.map((site) => (
            <Table.Tr key={site.siteId}>
              <Table.Th scope="row" fw={400}>
                <bdi>{words("site", site.siteId)}</bdi>
              </Table.Th>
              <WaitCells wait={site.toFirstContact} />
              <WaitCells wait={site.toAssessment} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WaitFrame>
  );
}
