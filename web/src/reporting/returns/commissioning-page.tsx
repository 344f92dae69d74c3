/**
 * A commissioner's page (`/commissioning`): its funder's contracts, each with the quarters that
 * have ended and their returns — opened when released, prepared on request otherwise — the trends
 * report across every site when the funder has the national view, and everything released to it.
 * Every figure behind these links has been through disclosure control; no person is ever named.
 */
import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import type { z } from "zod";
import type { commissioningSchema, releaseSummarySchema } from "../../../../core/api/reporting-returns.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, isolateReference, useFormat } from "../../i18n/format.js";
import { ContractSocialValueReports } from "../social-value/contract-reports.js";
import { quartersBetween } from "./quarter-choices.js";
import { RunProgress, useAskReport } from "./report-run.js";
import { useReportWords } from "./report-words.js";
import { returnsApi } from "./returns-api.js";

type Commissioning = z.infer<typeof commissioningSchema>;
type Contract = Commissioning["contracts"][number];
type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

/** How many quarters back the trends report may start. */
const trendQuarters = 12;

export function CommissioningPage() {
  const { t } = useTranslation();
  const commissioning = useLoad(returnsApi.commissioning, []);
  const releases = useLoad(() => returnsApi.releases(), []);
  const data = commissioning.state.status === "ready" ? commissioning.state.data : null;
  return (
    <Page title={t("commissioning.title")}>
      {commissioning.state.status === "loading" && <Loading />}
      {commissioning.state.status === "failed" && <LoadFailed error={commissioning.state.error} onRetry={commissioning.reload} />}
      {data && (
        <>
          <Text maw="75ch">{data.funderName ? t("commissioning.intro", { funder: isolate(data.funderName) }) : t("commissioning.noFunder")}</Text>
          {data.funderName && data.contracts.length === 0 && <Alert color="gray">{t("commissioning.noContracts")}</Alert>}
          {data.contracts.map((contract) => (
            <ContractReturns key={contract.id} contract={contract} />
          ))}
          {data.seesNationalTrends && <TrendsSection lastQuarter={data.lastQuarter} />}
        </>
      )}
      {data?.funderName && (
        <Section title={t("commissioning.released")}>
          {releases.state.status === "loading" && <Loading />}
          {releases.state.status === "failed" && <LoadFailed error={releases.state.error} onRetry={releases.reload} />}
          {releases.state.status === "ready" && <ReleaseList releases={releases.state.data.releases} linkTo={(id) => `/commissioning/releases/${id}`} />}
        </Section>
      )}
    </Page>
  );
}

function ContractReturns({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useReportWords();
  const navigate = useNavigate();
  const [asked, setAsked] = useState<string | null>(null);
  const asking = useAskReport((releaseId) => void navigate(`/commissioning/releases/${releaseId}`));
  return (
    <Section title={contract.name}>
      <FactList
        columns={3}
        facts={[
          { label: t("commissioning.reference"), value: isolateReference(contract.reference) },
          { label: t("commissioning.period"), value: t("reporting.dayRange", { from: format.day(contract.startsOn), to: format.day(contract.endsOn) }) },
          { label: t("commissioning.sites"), value: contract.siteNames.join(t("reporting.listSeparator")) },
        ]}
      />
      {contract.quarters.length === 0 ? (
        <Text c="dimmed">{t("commissioning.noQuartersYet")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" aria-label={t("commissioning.quartersOf", { contract: contract.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("commissioning.quarter")}</Table.Th>
                <Table.Th>{t("commissioning.return")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("commissioning.action")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contract.quarters.map(({ quarter, releaseId }) => (
                <Table.Tr key={quarter}>
                  <Table.Th scope="row" fw={500}>
                    {words.quarter(quarter)}
                  </Table.Th>
                  <Table.Td>{releaseId ? <Badge color="green">{t("commissioning.isReleased")}</Badge> : <Badge color="gray" variant="light">{t("commissioning.notPrepared")}</Badge>}</Table.Td>
                  <Table.Td>
                    {releaseId ? (
                      <Button size="xs" component={Link} to={`/commissioning/releases/${releaseId}`} aria-label={t("commissioning.openReturnOf", { quarter: words.quarter(quarter) })}>
                        {t("commissioning.openReturn")}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="default"
                        loading={asking.isBusy && asked === quarter}
                        disabled={asking.isBusy && asked !== quarter}
                        aria-label={t("commissioning.prepareReturnOf", { quarter: words.quarter(quarter) })}
                        onClick={() => {
                          setAsked(quarter);
                          asking.ask(() => returnsApi.askReturn({ contractId: contract.id, quarter }));
                        }}
                      >
                        {t("commissioning.prepareReturn")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RunProgress state={asking.state} />
      <ContractSocialValueReports contractId={contract.id} />
    </Section>
  );
}

/** The trends report across every site, for a funder with the national view: a run of quarters. */
export function TrendsSection({ lastQuarter, linkTo = (id) => `/commissioning/releases/${id}` }: { lastQuarter: string; linkTo?: (releaseId: string) => string }) {
  const { t } = useTranslation();
  const words = useReportWords();
  const navigate = useNavigate();
  const choices = quartersBetween(quartersBack(lastQuarter, trendQuarters - 1), lastQuarter).map((quarter) => ({ value: quarter, label: words.quarter(quarter) }));
  const [from, setFrom] = useState<string | null>(quartersBack(lastQuarter, 3));
  const [to, setTo] = useState<string | null>(lastQuarter);
  const asking = useAskReport((releaseId) => void navigate(linkTo(releaseId)));
  const isBackwards = from !== null && to !== null && from > to;
  return (
    <Section title={t("commissioning.trendsTitle")}>
      <Text maw="75ch">{t("commissioning.trendsIntro")}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select label={t("commissioning.trendsFrom")} data={choices} value={from} onChange={setFrom} allowDeselect={false} w={260} />
        <Select label={t("commissioning.trendsTo")} data={choices} value={to} onChange={setTo} allowDeselect={false} w={260} error={isBackwards ? t("commissioning.trendsBackwards") : undefined} />
        <Button disabled={!from || !to || isBackwards} loading={asking.isBusy} onClick={() => from && to && asking.ask(() => returnsApi.askTrends({ from, to }))}>
          {t("commissioning.openTrends")}
        </Button>
      </Group>
      <RunProgress state={asking.state} />
    </Section>
  );
}

function quartersBack(quarter: string, count: number): string {
  let year = Number(quarter.slice(0, 4));
  let number = Number(quarter.slice(6)) - count;
  while (number < 1) {
    number += 4;
    year -= 1;
  }
  return `${year}-Q${number}`;
}

/** Releases newest first, each opened by its link; staff also see how many figures were hidden. */
export function ReleaseList({ releases, linkTo }: { releases: readonly ReleaseSummary[]; linkTo: (releaseId: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useReportWords();
  if (releases.length === 0) return <Text c="dimmed">{t("reporting.returns.noReleases")}</Text>;
  const showsSuppressed = releases.some((release) => release.suppressedCount !== null);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped="even" aria-label={t("reporting.returns.releasesLabel")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("reporting.returns.report")}</Table.Th>
            <Table.Th>{t("reporting.returns.covers")}</Table.Th>
            <Table.Th>{t("reporting.returns.releasedAt")}</Table.Th>
            {showsSuppressed && <Table.Th className="released-cell">{t("reporting.returns.hidden")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {releases.map((release) => (
            <Table.Tr key={release.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={linkTo(release.id)}>
                    {release.kind === "quarterly_return" ? t("reporting.returns.returnFor", { contract: isolate(release.contractName ?? "") }) : t("reporting.release.trendsTitle")}
                  </Anchor>
                  {release.isRevision && (
                    <Badge size="sm" color="orange" variant="light">
                      {t("reporting.release.revision")}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{words.months(release.months)}</Table.Td>
              <Table.Td>{format.dateTime(release.releasedAt)}</Table.Td>
              {showsSuppressed && <Table.Td className="released-cell">{release.suppressedCount === null ? "–" : words.number(release.suppressedCount)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
