/**
 * What the disclosure rules do to a few counts, worked out by the core's own engine as the
 * settings are typed: a zero stays zero, a small count is hidden, the rest are rounded.
 */
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { discloseCount, type DisclosureRules } from "../../../../core/disclosure/index.js";
import { useFormat } from "../../i18n/format.js";

export function DisclosureExample({ rules }: { rules: DisclosureRules }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = [...new Set([0, 3, rules.threshold - 1, rules.threshold, 12, 13, 47, 102])].sort((a, b) => a - b);
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder>
        <Table.Caption>{t("disclosureSettings.example.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("disclosureSettings.example.counted")}</Table.Th>
            <Table.Th>{t("disclosureSettings.example.shown")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counts.map((count) => {
            const shown = discloseCount(count, rules);
            return (
              <Table.Tr key={count}>
                <Table.Td>{format.number(count)}</Table.Td>
                <Table.Td>{shown.kind === "suppressed" ? t("disclosureSettings.example.hidden") : format.number(shown.value)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
