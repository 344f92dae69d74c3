/** The programmes as a table: title, kind, version, built in or the organisation's own, phases, whether offered; each opens its phases. */
import { Badge, Button, Group, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { isolate, useFormat } from "../i18n/format.js";
import { programmesApi, type Programme } from "./programmes-api.js";

interface ProgrammeTableProps {
  programmes: readonly Programme[];
  canManage: boolean;
  onOpen: (key: string) => void;
  onChanged: (programme: Programme) => void;
}

export function ProgrammeTable({ programmes, canManage, onOpen, onChanged }: ProgrammeTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function setRetired(programme: Programme): Promise<void> {
    setBusyKey(programme.key);
    setError(null);
    try {
      onChanged(await programmesApi.setRetired(programme.key, !programme.isRetired));
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusyKey(null);
    }
  }

  return (
    <>
      <FormError message={error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>{t("programmes.admin.caption", { count: programmes.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("programmes.admin.columns.title")}</Table.Th>
              <Table.Th scope="col">{t("programmes.admin.columns.kind")}</Table.Th>
              <Table.Th scope="col">{t("programmes.admin.columns.version")}</Table.Th>
              <Table.Th scope="col">{t("programmes.admin.columns.origin")}</Table.Th>
              <Table.Th scope="col">{t("programmes.admin.columns.phases")}</Table.Th>
              <Table.Th scope="col">{t("programmes.admin.columns.status")}</Table.Th>
              <Table.Th scope="col">{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programmes.map((programme) => (
              <Table.Tr key={programme.key}>
                <Table.Th scope="row" fw={600}>
                  <bdi>{programme.title}</bdi>
                </Table.Th>
                <Table.Td>{t(`programmes.kinds.${programme.kind}`)}</Table.Td>
                <Table.Td>{format.number(programme.version)}</Table.Td>
                <Table.Td>{t(programme.isBuiltIn ? "programmes.admin.builtIn" : "programmes.admin.own")}</Table.Td>
                <Table.Td>{format.number(programme.phases.length)}</Table.Td>
                <Table.Td>
                  <Badge color={programme.isRetired ? "gray" : "green"} variant="light" tt="none" radius="sm">
                    {t(programme.isRetired ? "programmes.admin.retired" : "programmes.admin.offered")}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="compact-sm" variant="default" onClick={() => onOpen(programme.key)} aria-label={t("programmes.admin.openNamed", { title: isolate(programme.title) })}>
                      {t("programmes.admin.open")}
                    </Button>
                    {canManage && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        loading={busyKey === programme.key}
                        onClick={() => void setRetired(programme)}
                        aria-label={t(programme.isRetired ? "programmes.admin.unretireNamed" : "programmes.admin.retireNamed", { title: isolate(programme.title) })}
                      >
                        {t(programme.isRetired ? "programmes.admin.unretire" : "programmes.admin.retire")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
