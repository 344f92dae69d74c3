/** A page of cases: reference, client, state, tier, key worker, restriction, when opened. */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Reference } from "../components/reference.js";
import { useFormat } from "../i18n/format.js";
import { RestrictedBadge } from "../referrals/referral-badges.js";
import { CaseStateBadge, TierBadge } from "./case-badges.js";
import type { CaseSummary } from "./cases-api.js";
import { RecordLink } from "../components/record-link.js";

export function CaseTable({ cases, caption }: { cases: readonly CaseSummary[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("cases.reference")}</Table.Th>
            <Table.Th>{t("cases.client")}</Table.Th>
            <Table.Th>{t("cases.stateLabel")}</Table.Th>
            <Table.Th>{t("cases.tierLabel")}</Table.Th>
            <Table.Th>{t("cases.keyWorker")}</Table.Th>
            <Table.Th>{t("cases.opened")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((kase) => (
            <Table.Tr key={kase.id}>
              <Table.Td>
                <RecordLink kind="case" id={kase.id} reference={kase.reference} />
                {kase.isRestricted && (
                  <div>
                    <RestrictedBadge />
                  </div>
                )}
              </Table.Td>
              <Table.Td>
                <Reference value={kase.clientReference} />
              </Table.Td>
              <Table.Td>
                <CaseStateBadge state={kase.state} />
              </Table.Td>
              <Table.Td>{kase.tier ? <TierBadge tier={kase.tier} /> : <Text size="sm" c="dimmed">{t("cases.noTier")}</Text>}</Table.Td>
              <Table.Td>{kase.keyWorkerName ?? <Text size="sm" c="dimmed">{t("cases.noKeyWorker")}</Text>}</Table.Td>
              <Table.Td>{format.date(kase.openedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
