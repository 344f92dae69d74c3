/**
 * One page of client merges: when, the record kept and the one merged into it (references only),
 * who merged them, whether the merge can still be undone, and the undo button when the server
 * offers it.
 */
import { Badge, Button, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Reference } from "../components/reference.js";
import { RelativeTime } from "../components/relative-time.js";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import type { ClientMerge } from "./clients-api.js";
import { mergeStateMessage } from "./merge-state-message.js";

const badgeColour: Record<ClientMerge["state"], string> = {
  reversible: "green",
  reversed: "gray",
  expired: "gray",
  kept_record_merged: "yellow",
};

interface ClientMergesTableProps {
  merges: ClientMerge[];
  total: number;
  onUndo: (merge: ClientMerge) => void;
}

export function ClientMergesTable({ merges, total, onUndo }: ClientMergesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t("clients.merges.caption", { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("clients.merges.mergedAt")}</Table.Th>
            <Table.Th>{t("clients.merges.kept")}</Table.Th>
            <Table.Th>{t("clients.merges.merged")}</Table.Th>
            <Table.Th>{t("clients.merges.mergedBy")}</Table.Th>
            <Table.Th>{t("clients.merges.canUndo")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("clients.merges.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {merges.map((merge) => (
            <MergeRow key={merge.id} merge={merge} onUndo={onUndo} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MergeRow({ merge, onUndo }: { merge: ClientMerge; onUndo: (merge: ClientMerge) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const message = mergeStateMessage(merge, (iso) => isolate(format.date(iso)));
  const values = { ...message.values, ...(message.values.kept ? { kept: isolateReference(message.values.kept) } : {}) };
  return (
    <Table.Tr>
      <Table.Td>
        <RelativeTime iso={merge.mergedAt} />
      </Table.Td>
      <Table.Td>
        <Reference value={merge.kept.reference} fw={600} />
      </Table.Td>
      <Table.Td>
        <Reference value={merge.merged.reference} />
      </Table.Td>
      <Table.Td>{merge.mergedBy ?? t("clients.merges.unknownPerson")}</Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Badge color={badgeColour[merge.state]} variant="light">
            {t(`clients.merges.badge.${merge.state}`)}
          </Badge>
          <Text size="sm">{t(message.key, values)}</Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {merge.abilities.reverse && (
          <Button
            variant="outline"
            color="red"
            size="sm"
            onClick={() => onUndo(merge)}
            aria-label={t("clients.merges.undoNamed", { kept: isolateReference(merge.kept.reference), merged: isolateReference(merge.merged.reference) })}
          >
            {t("clients.merges.undo")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
