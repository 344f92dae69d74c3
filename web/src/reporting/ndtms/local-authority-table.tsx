/**
 * The postcode district → local authority table: rows the administrator adds (a district such as
 * B11 and the authority's code), changes and removes. Rows without a district are not kept.
 */
import { Button, Group, Stack, Table, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface Row {
  id: number;
  district: string;
  code: string;
}

interface LocalAuthorityTableProps {
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  /** Field errors by district. */
  errors: Readonly<Record<string, string | undefined>>;
}

let nextRowId = 0;
const rowsOf = (values: Readonly<Record<string, string>>): Row[] => Object.entries(values).map(([district, code]) => ({ id: nextRowId++, district, code }));

export function LocalAuthorityTable({ values, onChange, errors }: LocalAuthorityTableProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(values));
  const [shown, setShown] = useState(values);
  // Reset to the defaults (or a save) replaces the table from outside.
  if (shown !== values && JSON.stringify(shown) !== JSON.stringify(values)) {
    setShown(values);
    setRows(rowsOf(values));
  }

  function change(next: Row[]): void {
    setRows(next);
    const table = Object.fromEntries(next.filter((row) => row.district.trim() !== "").map((row) => [row.district.trim().toUpperCase(), row.code]));
    setShown(table);
    onChange(table);
  }
  const update = (id: number, part: Partial<Row>) => change(rows.map((row) => (row.id === id ? { ...row, ...part } : row)));

  return (
    <Stack gap="xs">
      <Table verticalSpacing={4}>
        <Table.Caption>{t("ndtms.settings.localAuthority.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("ndtms.settings.localAuthority.district")}</Table.Th>
            <Table.Th scope="col">{t("ndtms.settings.localAuthority.code")}</Table.Th>
            <Table.Th scope="col">{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <TextInput aria-label={t("ndtms.settings.localAuthority.districtOf", { row: index + 1 })} value={row.district} dir="ltr" maxLength={8} onChange={(event) => update(row.id, { district: event.currentTarget.value })} maw={120} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t("ndtms.settings.localAuthority.codeOf", { row: index + 1 })} value={row.code} dir="ltr" maxLength={40} onChange={(event) => update(row.id, { code: event.currentTarget.value })} error={errors[row.district.trim().toUpperCase()]} maw={200} />
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => change(rows.filter((other) => other.id !== row.id))} aria-label={t("ndtms.settings.localAuthority.removeRow", { row: index + 1 })}>
                  {t("ndtms.settings.localAuthority.remove")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button size="compact-sm" variant="default" onClick={() => setRows([...rows, { id: nextRowId++, district: "", code: "" }])}>
          {t("ndtms.settings.localAuthority.add")}
        </Button>
      </Group>
    </Stack>
  );
}
