/**
 * The file's columns, in order: whether each field is in the file, its column name, and buttons to
 * move it up or down. Codes and names are Latin text, so they are shown left to right in either
 * direction of the page.
 */
import { Button, Checkbox, Group, Table, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NdtmsSettingsView } from "./ndtms-api.js";

export type Columns = NdtmsSettingsView["settings"]["columns"];

interface ColumnsTableProps {
  columns: Columns;
  onChange: (columns: Columns) => void;
  /** Field errors by path (`columns.2.name`). */
  errors: Readonly<Record<string, string>>;
}

export function ColumnsTable({ columns, onChange, errors }: ColumnsTableProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<Columns[number]>) => onChange(columns.map((column, at) => (at === index ? { ...column, ...change } : column)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...columns];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="ndtms-columns">
        <Table.Caption>{t("ndtms.settings.columns.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("ndtms.settings.columns.included")}</Table.Th>
            <Table.Th scope="col">{t("ndtms.settings.columns.field")}</Table.Th>
            <Table.Th scope="col">{t("ndtms.settings.columns.name")}</Table.Th>
            <Table.Th scope="col">{t("ndtms.settings.columns.order")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column, index) => {
            const field = t(`ndtms.fields.${column.field}`);
            return (
              <Table.Tr key={column.field}>
                <Table.Td>
                  <Checkbox aria-label={t("ndtms.settings.columns.includeField", { field })} checked={column.isIncluded} onChange={(event) => update(index, { isIncluded: event.currentTarget.checked })} />
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  {field}
                </Table.Th>
                <Table.Td>
                  <TextInput aria-label={t("ndtms.settings.columns.nameOf", { field })} value={column.name} dir="ltr" onChange={(event) => update(index, { name: event.currentTarget.value })} error={errors[`columns.${index}.name`]} maw={240} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="default" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("ndtms.settings.columns.moveUp", { field })}>
                      {t("ndtms.settings.columns.up")}
                    </Button>
                    <Button size="compact-xs" variant="default" disabled={index === columns.length - 1} onClick={() => move(index, 1)} aria-label={t("ndtms.settings.columns.moveDown", { field })}>
                      {t("ndtms.settings.columns.down")}
                    </Button>
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
