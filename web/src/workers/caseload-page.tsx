/**
 * The caseload dashboard for a site's managers: for each person who delivers support there, their
 * open cases by tier, sessions held this month, overdue care plan reviews, sessions not written up
 * after 48 hours, how full their caseload is and their vetting. Anything needing attention is
 * marked in words as well as colour.
 */
import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { supportTiers } from "../../../core/cases/case-state-machine.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { SiteChooser, useSiteWhere } from "./site-where.js";
import { VettingBadge } from "./vetting-badge.js";
import { workersApi, type Caseload } from "./workers-api.js";
import "./workers.css";

export function CaseloadPage() {
  const { t } = useTranslation();
  const where = useSiteWhere("seesCaseload");
  return (
    <Page title={t("workers.caseload.title")}>
      <SiteChooser {...where} />
      {where.site ? <CaseloadFigures siteId={where.site.id} siteName={where.site.name} /> : <Text>{t("workers.caseload.noSite")}</Text>}
    </Page>
  );
}

function CaseloadFigures({ siteId, siteName }: { siteId: string; siteName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => workersApi.caseload(siteId), [siteId]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { items, monthStart } = state.data;
  if (items.length === 0) return <Text>{t("workers.none", { site: isolate(siteName) })}</Text>;
  return (
    <Stack>
      <Text>{t("workers.caseload.intro", { month: isolate(format.day(monthStart)) })}</Text>
      <CaseloadTable items={items} caption={t("workers.caseload.caption", { site: isolate(siteName) })} />
    </Stack>
  );
}

function CaseloadTable({ items, caption }: { items: Caseload["items"]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const attention = (count: number, key: "workers.caseload.overdueReviews" | "workers.caseload.notWrittenUp") =>
    count > 0 ? <span className="caseload-overdue">{t(key, { count, number: format.number(count) })}</span> : <Text size="sm" c="dimmed">{t("workers.caseload.noneDue")}</Text>;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("workers.name")}</Table.Th>
            <Table.Th>{t("workers.caseload.byTier")}</Table.Th>
            <Table.Th>{t("workers.caseloadColumn")}</Table.Th>
            <Table.Th>{t("workers.caseload.sessions")}</Table.Th>
            <Table.Th>{t("workers.caseload.reviews")}</Table.Th>
            <Table.Th>{t("workers.caseload.writeUps")}</Table.Th>
            <Table.Th>{t("workers.vettingColumn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => {
            const tiers = [...supportTiers, "none" as const].filter((tier) => row.openByTier[tier] > 0);
            const isFull = row.openCases >= row.maxCaseload;
            return (
              <Table.Tr key={row.userId}>
                <Table.Td>{row.displayName}</Table.Td>
                <Table.Td>
                  {tiers.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("workers.caseload.noOpenCases")}
                    </Text>
                  ) : (
                    <Stack gap={0}>
                      {tiers.map((tier) => (
                        <Text key={tier} size="sm">
                          {t("workers.caseload.tierCount", { tier: tier === "none" ? t("workers.caseload.noTier") : t(`cases.tiers.${tier}`), number: format.number(row.openByTier[tier]) })}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  <span className={isFull ? "caseload-overdue" : undefined}>{t("workers.capacity", { open: format.number(row.openCases), max: format.number(row.maxCaseload) })}</span>
                  {isFull && <Text size="sm">{t("workers.caseload.full")}</Text>}
                </Table.Td>
                <Table.Td>{format.number(row.sessionsThisMonth)}</Table.Td>
                <Table.Td>{attention(row.overdueReviews, "workers.caseload.overdueReviews")}</Table.Td>
                <Table.Td>{attention(row.sessionsNotWrittenUp, "workers.caseload.notWrittenUp")}</Table.Td>
                <Table.Td>
                  <VettingBadge vetting={row.vetting} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
