/**
 * Returns and reports for administrators (`/reports/returns`): prepare a contract's quarterly
 * return (or release it again as a revision after late records, checked against what was released
 * before), prepare the trends report across every site, and read everything released so far.
 */
import { Button, Checkbox, Group, Select, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { contractsApi } from "../contracts/contracts-api.js";
import { ReportsPage } from "../reports-page.js";
import { lastWholeMonth } from "../ndtms/months.js";
import { ReleaseList, TrendsSection } from "./commissioning-page.js";
import { lastEndedQuarter } from "./quarter-choices.js";
import { RunProgress, useAskReport } from "./report-run.js";
import { useReportWords } from "./report-words.js";
import { returnsApi } from "./returns-api.js";

export function ReturnsPage() {
  const { t } = useTranslation();
  const releases = useLoad(() => returnsApi.releases(), []);
  const lastQuarter = useMemo(() => lastEndedQuarter(lastWholeMonth(new Date())), []);
  return (
    <ReportsPage title={t("reporting.returns.title")}>
      <Text maw="75ch">{t("reporting.returns.intro")}</Text>
      <PrepareReturn lastQuarter={lastQuarter} releasedKeys={releases.state.status === "ready" ? releases.state.data.releases : []} />
      <TrendsSection lastQuarter={lastQuarter} linkTo={(id) => `/reports/returns/${id}`} />
      <Section title={t("reporting.returns.releasedTitle")}>
        {releases.state.status === "loading" && <Loading />}
        {releases.state.status === "failed" && <LoadFailed error={releases.state.error} onRetry={releases.reload} />}
        {releases.state.status === "ready" && <ReleaseList releases={releases.state.data.releases} linkTo={(id) => `/reports/returns/${id}`} />}
      </Section>
    </ReportsPage>
  );
}

function PrepareReturn({ lastQuarter, releasedKeys }: { lastQuarter: string; releasedKeys: readonly { kind: string; contractId: string | null; label: string }[] }) {
  const { t } = useTranslation();
  const words = useReportWords();
  const navigate = useNavigate();
  const contracts = useLoad(() => contractsApi.contracts(), []);
  const [contractId, setContractId] = useState<string | null>(null);
  const [quarter, setQuarter] = useState<string | null>(null);
  const [isRevision, setRevision] = useState(false);
  const asking = useAskReport((releaseId) => void navigate(`/reports/returns/${releaseId}`));
  if (contracts.state.status === "loading") return <Loading />;
  if (contracts.state.status === "failed") return <LoadFailed error={contracts.state.error} onRetry={contracts.reload} />;
  const contract = contracts.state.data.items.find((each) => each.id === contractId);
  const quarters = (contract?.quarters ?? []).filter((each) => each <= lastQuarter).reverse();
  const isReleased = releasedKeys.some((release) => release.kind === "quarterly_return" && release.contractId === contractId && release.label === quarter);
  return (
    <Section title={t("reporting.returns.prepareTitle")}>
      {contracts.state.data.items.length === 0 ? (
        <Text c="dimmed">{t("reporting.returns.noContracts")}</Text>
      ) : (
        <>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t("reporting.returns.contract")}
              placeholder={t("reporting.returns.chooseContract")}
              data={contracts.state.data.items.map((each) => ({ value: each.id, label: `${each.name} (${each.funderName})` }))}
              value={contractId}
              onChange={(value) => {
                setContractId(value);
                setQuarter(null);
                setRevision(false);
              }}
              searchable
              w={360}
            />
            <Select
              label={t("reporting.returns.quarter")}
              placeholder={contract && quarters.length === 0 ? t("reporting.returns.noEndedQuarter") : t("reporting.returns.chooseQuarter")}
              data={quarters.map((each) => ({ value: each, label: words.quarter(each) }))}
              value={quarter}
              onChange={(value) => {
                setQuarter(value);
                setRevision(false);
              }}
              disabled={!contract || quarters.length === 0}
              w={260}
            />
            <Button disabled={!contractId || !quarter} loading={asking.isBusy} onClick={() => contractId && quarter && asking.ask(() => returnsApi.askReturn({ contractId, quarter, ...(isRevision ? { isRevision: true } : {}) }))}>
              {isReleased && !isRevision ? t("reporting.returns.openReturn") : t("reporting.returns.prepare")}
            </Button>
          </Group>
          {isReleased && (
            <Checkbox
              label={t("reporting.returns.revision")}
              description={t("reporting.returns.revisionHint")}
              checked={isRevision}
              onChange={(event) => setRevision(event.currentTarget.checked)}
            />
          )}
        </>
      )}
      <RunProgress state={asking.state} />
    </Section>
  );
}
