/**
 * A page of spend entries: month, place, category, the few words, the amount and the grant it is
 * charged to, with the buttons to correct or remove each, and the pages of them.
 */
import { Button, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FundingOptions, SpendView } from "../../../../core/api/funding.js";
import { monthLong } from "../../components/charts/month-names.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { isolate } from "../../i18n/format.js";
import { pence, placeOf } from "./funding-words.js";

/** Entries a page lists (the server takes up to 100). */
export const spendPageSize = 50;

interface SpendTableProps {
  entries: readonly SpendView[];
  total: number;
  totalPence: number;
  page: number;
  onPage: (page: number) => void;
  options: FundingOptions | null;
  onEdit: (spend: SpendView) => void;
  onRemove: (spend: SpendView) => void;
}

export function SpendTable({ entries, total, totalPence, page, onPage, options, onEdit, onRemove }: SpendTableProps) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  if (total === 0) return <Text>{t("funding.spend.none")}</Text>;
  const grantOf = (grantId: string | null) => (grantId === null ? null : options?.grants.find((grant) => grant.id === grantId));
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Caption>{t("funding.spend.caption", { count: total, amount: isolate(pence(totalPence)) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("funding.spend.month")}</Table.Th>
              <Table.Th>{t("funding.spend.placeColumn")}</Table.Th>
              <Table.Th>{t("funding.spend.category")}</Table.Th>
              <Table.Th>{t("funding.spend.description")}</Table.Th>
              <Table.Th>{t("funding.spend.amount")}</Table.Th>
              <Table.Th>{t("funding.spend.grant")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((spend) => {
              const grant = grantOf(spend.grantId);
              return (
                <Table.Tr key={spend.id}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{monthLong(spend.month)}</Table.Td>
                  <Table.Td>
                    <bdi>{placeOf(t, spend.siteId, options)}</bdi>
                  </Table.Td>
                  <Table.Td>{t(`funding.categories.${spend.category}`)}</Table.Td>
                  <Table.Td>
                    <bdi>{spend.description}</bdi>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{pence(spend.amountPence)}</Table.Td>
                  <Table.Td>{grant ? <bdi>{grant.funderName}</bdi> : <Text span inherit c="dimmed">{t("funding.spend.notCharged")}</Text>}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => onEdit(spend)} aria-label={t("funding.spend.editNamed", { description: spend.description })}>
                        {t("funding.spend.correct")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(spend)} aria-label={t("funding.spend.removeNamed", { description: spend.description })}>
                        {t("funding.spend.remove.action")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > spendPageSize && <Pagination total={Math.ceil(total / spendPageSize)} value={page} onChange={onPage} {...paginationLabels} />}
    </Stack>
  );
}
