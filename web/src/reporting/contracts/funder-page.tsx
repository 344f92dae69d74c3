/**
 * A funder's page (`/reports/contracts/funders/:funderId`): its details, changed or deactivated
 * here; the commissioner accounts that sign in for it; and its contracts, with a new one added
 * for it here.
 */
import { Anchor, Badge, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { CommissionersSection } from "./commissioners-section.js";
import { ContractDialog } from "./contract-dialog.js";
import { ContractTable } from "./contracts-page.js";
import { contractsApi } from "./contracts-api.js";
import { FunderDialog } from "./funder-dialog.js";

export function FunderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { funderId = "" } = useParams();
  const funder = useLoad(() => contractsApi.funder(funderId), [funderId]);
  const options = useLoad(contractsApi.options, [funderId]);
  const contracts = useLoad(() => contractsApi.contracts(funderId), [funderId]);
  const [isEditing, setEditing] = useState(false);
  const [isAddingContract, setAddingContract] = useState(false);
  const back = (
    <Anchor component={Link} to="/reports/contracts">
      {t("contracts.back")}
    </Anchor>
  );

  if (funder.state.status !== "ready" || options.state.status !== "ready") {
    const failed = funder.state.status === "failed" ? funder : options.state.status === "failed" ? options : null;
    return (
      <Page title={t("contracts.funderPage.title")} actions={back}>
        {failed && failed.state.status === "failed" ? <LoadFailed error={failed.state.error} onRetry={failed.reload} /> : <Loading />}
      </Page>
    );
  }
  const view = funder.state.data;
  return (
    <Page title={view.name} documentTitle={t("contracts.funderPage.title")} actions={back}>
      <Section
        title={t("contracts.funderPage.details")}
        actions={
          <Button variant="default" onClick={() => setEditing(true)} aria-label={t("contracts.funderPage.editNamed", { name: view.name })}>
            {t("contracts.edit")}
          </Button>
        }
      >
        {!view.isActive && (
          <Group gap="xs">
            <Badge color="gray" variant="light">
              {t("contracts.inactive")}
            </Badge>
          </Group>
        )}
        <FactList
          facts={[
            { label: t("contracts.list.kind"), value: t(`contracts.funderKinds.${view.kind}`) },
            { label: t("contracts.funderPage.nationalTrends"), value: t(view.seesNationalTrends ? "contracts.yes" : "contracts.no") },
          ]}
        />
        {!view.isActive && <Text size="sm">{t("contracts.funderPage.inactiveHint")}</Text>}
      </Section>
      <CommissionersSection key={view.version + view.commissioners.map((c) => c.userId).join()} funder={view} options={options.state.data} onSaved={(saved) => { funder.replace(saved); options.reload(); }} />
      <Section title={t("contracts.list.contracts")} actions={view.isActive ? <Button onClick={() => setAddingContract(true)}>{t("contracts.list.addContract")}</Button> : undefined}>
        {contracts.state.status === "loading" && <Loading />}
        {contracts.state.status === "failed" && <LoadFailed error={contracts.state.error} onRetry={contracts.reload} />}
        {contracts.state.status === "ready" && <ContractTable contracts={contracts.state.data.items} isTruncated={contracts.state.data.isTruncated} showFunder={false} />}
      </Section>
      <FunderDialog funder={isEditing ? view : null} onClose={() => setEditing(false)} onSaved={(saved) => { funder.replace(saved); setEditing(false); options.reload(); }} />
      <ContractDialog options={options.state.data} contract={isAddingContract ? "new" : null} funderId={view.id} onClose={() => setAddingContract(false)} onSaved={(contract) => navigate(`/reports/contracts/${contract.id}`)} />
    </Page>
  );
}
