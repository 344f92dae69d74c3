/**
 * One code mapping as an editable table: each of Pathways' codes (in the user's words) beside the
 * national code it becomes. An empty code leaves the cell empty in the file.
 */
import { Table, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

export interface CodeRow {
  code: string;
  label: string;
}

interface CodeTableProps {
  caption: string;
  rows: readonly CodeRow[];
  values: Readonly<Record<string, string>>;
  onChange: (code: string, value: string) => void;
  /** Field errors by our code. */
  errors: Readonly<Record<string, string | undefined>>;
  /** At most this many characters (the attributor's sex is one). */
  maxLength?: number;
}

export function CodeTable({ caption, rows, values, onChange, errors, maxLength = 40 }: CodeTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("ndtms.settings.codes.ours")}</Table.Th>
            <Table.Th scope="col">{t("ndtms.settings.codes.national")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={400}>
                <bdi>{row.label}</bdi>
              </Table.Th>
              <Table.Td>
                <TextInput
                  aria-label={t("ndtms.settings.codes.nationalFor", { label: row.label })}
                  value={values[row.code] ?? ""}
                  dir="ltr"
                  maxLength={maxLength}
                  onChange={(event) => onChange(row.code, event.currentTarget.value)}
                  error={errors[row.code]}
                  maw={220}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
