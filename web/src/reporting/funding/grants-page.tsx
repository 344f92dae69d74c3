/**
 * Grants (`/reports/funding`), for administrators: every funder's grants with their purpose,
 * period, amount, what has been charged to them and what is left, the funder's restrictions, and
 * whether the public site lists them. Grants are added, changed and ended early here; funders
 * themselves are kept with the contracts.
 */
import { Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { FundingOptions, GrantView } from "../../../../core/api/funding.js";
import { grantStatus } from "../../../../core/funding/grants.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, localIsoDate, useFormat } from "../../i18n/format.js";
import { EndGrantDialog } from "./end-grant-dialog.js";
import { fundingApi } from "./funding-api.js";
import { FundingPage } from "./funding-page.js";
import { pence } from "./funding-words.js";
import { GrantDialog } from "./grant-dialog.js";

export function GrantsPage() {
  const { t } = useTranslation();
  const grants = useLoad(fundingApi.grants, []);
  const options = useLoad(fundingApi.options, []);
  const [editing, setEditing] = useState<GrantView | "new" | null>(null);
  const [ending, setEnding] = useState<GrantView | null>(null);
  const saved = () => {
    setEditing(null);
    setEnding(null);
    grants.reload();
    options.reload();
  };
  const hasFunders = options.state.status === "ready" && options.state.data.funders.some((funder) => funder.isActive);

  return (
    <FundingPage title={t("funding.grants.title")}>
      <Text maw="70ch">{t("funding.grants.intro")}</Text>
      <Section
        title={t("funding.grants.listTitle")}
        actions={
          <Button onClick={() => setEditing("new")} disabled={!hasFunders}>
            {t("funding.grants.add")}
          </Button>
        }
      >
        {options.state.status === "ready" && !hasFunders && (
          <Text>
            {t("funding.grants.noFunders")}{" "}
            <Anchor component={Link} to="/reports/contracts">
              {t("funding.grants.fundersLink")}
            </Anchor>
          </Text>
        )}
        {grants.state.status === "loading" && <Loading />}
        {grants.state.status === "failed" && <LoadFailed error={grants.state.error} onRetry={grants.reload} />}
        {grants.state.status === "ready" && (
          <GrantTable grants={grants.state.data.items} options={options.state.status === "ready" ? options.state.data : null} onEdit={setEditing} onEnd={setEnding} />
        )}
        {grants.state.status === "ready" && grants.state.data.isTruncated && <Text size="sm">{t("funding.grants.truncated", { count: grants.state.data.items.length })}</Text>}
      </Section>
      {options.state.status === "ready" && <GrantDialog options={options.state.data} grant={editing} onClose={() => setEditing(null)} onSaved={saved} />}
      <EndGrantDialog grant={ending} onClose={() => setEnding(null)} onSaved={saved} />
    </FundingPage>
  );
}

interface GrantTableProps {
  grants: readonly GrantView[];
  options: FundingOptions | null;
  onEdit: (grant: GrantView) => void;
  onEnd: (grant: GrantView) => void;
}

function GrantTable({ grants, options, onEdit, onEnd }: GrantTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = localIsoDate(new Date());
  if (grants.length === 0) return <Text>{t("funding.grants.none")}</Text>;
  const supports = (grant: GrantView) =>
    grant.siteIds.length === 0 ? t("funding.grants.allSites") : grant.siteIds.map((siteId) => options?.sites.find((site) => site.id === siteId)?.name ?? t("funding.unknownSite")).join(t("funding.listSeparator"));
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t("funding.grants.caption", { count: grants.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("funding.grants.grant")}</Table.Th>
            <Table.Th>{t("funding.grants.period")}</Table.Th>
            <Table.Th>{t("funding.grants.amount")}</Table.Th>
            <Table.Th miw={110}>{t("funding.grants.spent")}</Table.Th>
            <Table.Th miw={110}>{t("funding.grants.public")}</Table.Th>
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((grant) => {
            const status = grantStatus(grant, today);
            return (
              <Table.Tr key={grant.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text fw={500}>
                      <bdi>{grant.funderName}</bdi>
                    </Text>
                    <Text size="sm">
                      <bdi>{grant.purpose}</bdi>
                    </Text>
                    <Text size="sm" c="dimmed">
                      {t("funding.grants.supports", { sites: isolate(supports(grant)) })}
                    </Text>
                    {grant.restrictions !== "" && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
                        {t("funding.grants.restrictionsLabel")} <bdi>{grant.restrictions}</bdi>
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                      {t("funding.period", { from: isolate(format.day(grant.startsOn)), to: isolate(format.day(grant.endedOn ?? grant.endsOn)) })}
                    </Text>
                    <Badge variant="light" color={status === "current" ? "green" : "gray"}>
                      {t(grant.endedOn ? "funding.grants.status.endedEarly" : `funding.grants.status.${status}`)}
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td>{pence(grant.amountPence)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{pence(grant.spentPence)}</Text>
                  <Text size="sm" c={grant.spentPence > grant.amountPence ? "red" : "dimmed"}>
                    {grant.spentPence > grant.amountPence ? t("funding.grants.over", { amount: isolate(pence(grant.spentPence - grant.amountPence)) }) : t("funding.grants.left", { amount: isolate(pence(grant.amountPence - grant.spentPence)) })}
                  </Text>
                </Table.Td>
                <Table.Td>{t(grant.isDisclosed ? (grant.isAmountDisclosed ? "funding.grants.disclosedWithAmount" : "funding.grants.disclosed") : "funding.grants.notDisclosed")}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onEdit(grant)} aria-label={t("funding.grants.editNamed", { name: grant.purpose })}>
                      {t("funding.edit")}
                    </Button>
                    {/* A grant whose period is over has nothing left to end early; one ended early can have the end taken back. */}
                    {(grant.endedOn !== null || status !== "ended") && (
                      <Button size="xs" variant="subtle" color={grant.endedOn ? undefined : "red"} onClick={() => onEnd(grant)} aria-label={t(grant.endedOn ? "funding.grants.reopenNamed" : "funding.grants.endNamed", { name: grant.purpose })}>
                        {t(grant.endedOn ? "funding.grants.reopen" : "funding.grants.end.action")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
