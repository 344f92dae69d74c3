/**
 * Funders and contracts, for administrators (`/reports/contracts`): every funder with its kind,
 * its commissioners and its number of contracts; every contract with its funder, period, value
 * and number of KPIs. Funders and contracts are added here and opened for their pages.
 */
import { Anchor, Badge, Button, Checkbox, Group, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import type { ContractView, FunderView } from "../../../../core/api/reporting-contracts.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { currentLanguage } from "../../i18n/i18n.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { ReportsPage } from "../reports-page.js";
import { ContractDialog } from "./contract-dialog.js";
import { formatPence } from "./contract-words.js";
import { contractsApi } from "./contracts-api.js";
import { FunderDialog } from "./funder-dialog.js";

export function ContractsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [includeInactive, setIncludeInactive] = useState(false);
  const funders = useLoad(() => contractsApi.funders(includeInactive), [includeInactive]);
  const contracts = useLoad(() => contractsApi.contracts(), []);
  const options = useLoad(contractsApi.options, []);
  const [isAddingFunder, setAddingFunder] = useState(false);
  const [isAddingContract, setAddingContract] = useState(false);

  return (
    <ReportsPage title={t("contracts.list.title")} actions={<Anchor component={Link} to="/reports/disclosure">{t("contracts.list.disclosureLink")}</Anchor>}>
      <Text maw="70ch">{t("contracts.list.intro")}</Text>
      <Section title={t("contracts.list.funders")} actions={<Button onClick={() => setAddingFunder(true)}>{t("contracts.list.addFunder")}</Button>}>
        <Checkbox label={t("contracts.list.includeInactive")} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
        {funders.state.status === "loading" && <Loading />}
        {funders.state.status === "failed" && <LoadFailed error={funders.state.error} onRetry={funders.reload} />}
        {funders.state.status === "ready" && <FunderTable funders={funders.state.data.items} />}
      </Section>
      <Section title={t("contracts.list.contracts")} actions={<Button onClick={() => setAddingContract(true)} disabled={options.state.status !== "ready"}>{t("contracts.list.addContract")}</Button>}>
        {contracts.state.status === "loading" && <Loading />}
        {contracts.state.status === "failed" && <LoadFailed error={contracts.state.error} onRetry={contracts.reload} />}
        {contracts.state.status === "ready" && <ContractTable contracts={contracts.state.data.items} isTruncated={contracts.state.data.isTruncated} />}
      </Section>
      <FunderDialog funder={isAddingFunder ? "new" : null} onClose={() => setAddingFunder(false)} onSaved={(funder) => navigate(`/reports/contracts/funders/${funder.id}`)} />
      {options.state.status === "ready" && (
        <ContractDialog options={options.state.data} contract={isAddingContract ? "new" : null} onClose={() => setAddingContract(false)} onSaved={(contract) => navigate(`/reports/contracts/${contract.id}`)} />
      )}
    </ReportsPage>
  );
}

function FunderTable({ funders }: { funders: readonly FunderView[] }) {
  const { t } = useTranslation();
  if (funders.length === 0) return <Text>{t("contracts.list.noFunders")}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Caption>{t("contracts.list.funderCaption", { count: funders.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("contracts.list.funderName")}</Table.Th>
            <Table.Th>{t("contracts.list.kind")}</Table.Th>
            <Table.Th>{t("contracts.list.commissioners")}</Table.Th>
            <Table.Th>{t("contracts.list.contractCount")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {funders.map((funder) => (
            <Table.Tr key={funder.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/reports/contracts/funders/${funder.id}`}>
                    <bdi>{funder.name}</bdi>
                  </Anchor>
                  {!funder.isActive && <Badge color="gray" variant="light">{t("contracts.inactive")}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{t(`contracts.funderKinds.${funder.kind}`)}</Table.Td>
              <Table.Td>{funder.commissioners.length}</Table.Td>
              <Table.Td>{funder.contractCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Contracts with their funder, period, value and KPIs; shared by this page and a funder's. */
export function ContractTable({ contracts, isTruncated, showFunder = true }: { contracts: readonly ContractView[]; isTruncated: boolean; showFunder?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (contracts.length === 0) return <Text>{t("contracts.list.noContracts")}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>{t("contracts.list.contractCaption", { count: contracts.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("contracts.list.contractName")}</Table.Th>
              {showFunder && <Table.Th>{t("contracts.list.funder")}</Table.Th>}
              <Table.Th>{t("contracts.list.period")}</Table.Th>
              <Table.Th>{t("contracts.list.value")}</Table.Th>
              <Table.Th>{t("contracts.list.kpis")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.map((contract) => (
              <Table.Tr key={contract.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/reports/contracts/${contract.id}`}>
                    <bdi>{contract.name}</bdi>
                  </Anchor>
                </Table.Td>
                {showFunder && (
                  <Table.Td>
                    <bdi>{contract.funderName}</bdi>
                  </Table.Td>
                )}
                <Table.Td>{t("contracts.period", { from: isolate(format.day(contract.startsOn)), to: isolate(format.day(contract.endsOn)) })}</Table.Td>
                <Table.Td>{formatPence(contract.valuePence, currentLanguage())}</Table.Td>
                <Table.Td>{contract.kpiCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {isTruncated && <Text size="sm">{t("contracts.list.truncated", { count: contracts.length })}</Text>}
    </>
  );
}
