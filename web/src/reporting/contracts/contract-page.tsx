/**
 * A contract's page (`/reports/contracts/:contractId`): what it covers (funder, value, period,
 * sites, programmes), changed here; and its KPIs with a target per quarter, added, changed and
 * removed here.
 */
import { Anchor, Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { KpiView } from "../../../../core/api/reporting-contracts.js";
import { errorMessage } from "../../api/error-messages.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { ContractDialog } from "./contract-dialog.js";
import { formatPence, valueLabel } from "./contract-words.js";
import { contractsApi } from "./contracts-api.js";
import { KpiDialog } from "./kpi-dialog.js";
import { KpiTable } from "./kpi-table.js";

export function ContractPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { contractId = "" } = useParams();
  const page = useLoad(() => contractsApi.contract(contractId), [contractId]);
  const options = useLoad(contractsApi.options, []);
  const [isEditing, setEditing] = useState(false);
  const [editingKpi, setEditingKpi] = useState<KpiView | "new" | null>(null);
  const [removing, setRemoving] = useState<KpiView | null>(null);
  const [removal, setRemoval] = useState<{ isBusy: boolean; error: string | null }>({ isBusy: false, error: null });
  const back = (
    <Anchor component={Link} to="/reports/contracts">
      {t("contracts.back")}
    </Anchor>
  );

  if (page.state.status !== "ready" || options.state.status !== "ready") {
    const failed = page.state.status === "failed" ? page : options.state.status === "failed" ? options : null;
    return (
      <Page title={t("contracts.contractPage.title")} actions={back}>
        {failed && failed.state.status === "failed" ? <LoadFailed error={failed.state.error} onRetry={failed.reload} /> : <Loading />}
      </Page>
    );
  }
  const { contract, kpis } = page.state.data;
  const choices = options.state.data;
  const list = (values: readonly string[]) => values.join(t("contracts.listSeparator"));

  async function remove(kpi: KpiView): Promise<void> {
    setRemoval({ isBusy: true, error: null });
    try {
      await contractsApi.deleteKpi(contract.id, kpi.id);
      setRemoving(null);
      setRemoval({ isBusy: false, error: null });
      page.reload();
    } catch (error) {
      setRemoval({ isBusy: false, error: errorMessage(error, t) });
    }
  }

  return (
    <Page title={contract.name} documentTitle={t("contracts.contractPage.title")} actions={back}>
      <Section
        title={t("contracts.contractPage.details")}
        actions={
          <Button variant="default" onClick={() => setEditing(true)} aria-label={t("contracts.contractPage.editNamed", { name: contract.name })}>
            {t("contracts.edit")}
          </Button>
        }
      >
        <FactList
          facts={[
            { label: t("contracts.list.funder"), value: <Anchor component={Link} to={`/reports/contracts/funders/${contract.funderId}`}><bdi>{contract.funderName}</bdi></Anchor> },
            { label: t("contracts.contractForm.reference"), value: contract.reference === "" ? t("contracts.contractPage.noReference") : <bdi>{contract.reference}</bdi> },
            { label: t("contracts.list.value"), value: formatPence(contract.valuePence, currentLanguage()) },
            { label: t("contracts.list.period"), value: t("contracts.period", { from: isolate(format.day(contract.startsOn)), to: isolate(format.day(contract.endsOn)) }) },
            { label: t("contracts.contractForm.sites"), value: list(contract.siteIds.map((siteId) => isolate(valueLabel(t, "site", siteId, choices)))) },
            { label: t("contracts.contractForm.programmes"), value: contract.programmeCodes.length === 0 ? t("contracts.contractPage.allProgrammes") : list(contract.programmeCodes.map((code) => isolate(valueLabel(t, "programme", code, choices)))) },
          ]}
        />
      </Section>
      <Section title={t("contracts.kpis.title")} actions={<Button onClick={() => setEditingKpi("new")}>{t("contracts.kpis.add")}</Button>}>
        <KpiTable contract={contract} kpis={kpis} onEdit={setEditingKpi} onRemove={(kpi) => { setRemoval({ isBusy: false, error: null }); setRemoving(kpi); }} />
      </Section>
      <ContractDialog options={choices} contract={isEditing ? contract : null} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); page.reload(); }} />
      <KpiDialog contract={contract} options={choices} kpi={editingKpi} onClose={() => setEditingKpi(null)} onSaved={() => { setEditingKpi(null); page.reload(); }} />
      <ConfirmDialog
        opened={removing !== null}
        title={t("contracts.kpis.removeTitle")}
        message={t("contracts.kpis.removeMessage", { name: isolate(removing?.label ?? "") })}
        confirmLabel={t("contracts.kpis.remove")}
        isBusy={removal.isBusy}
        error={removal.error}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </Page>
  );
}
