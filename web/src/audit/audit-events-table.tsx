/**
 * The filtered audit events, newest first, each as a sentence with when, where and the client's
 * reference; events made under emergency access are marked, and the data protection officer can
 * read why it was used (an audited read).
 */
import { Badge, Button, Pagination, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../../core/api/audit.js";
import { errorMessage } from "../api/error-messages.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { auditApi, type EventFilter } from "./audit-api.js";
import { eventSentence } from "./event-words.js";

const pageSize = 25;

function BreakGlassReason({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  async function read(): Promise<void> {
    setIsLoading(true);
    try {
      setReason((await auditApi.breakGlassReason(event.id)).reason);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsLoading(false);
    }
  }
  if (reason !== null) {
    return (
      <Text size="sm" role="status">
        {t("auditReview.events.reason")} <bdi>{reason}</bdi>
      </Text>
    );
  }
  return (
    <>
      <Button size="compact-xs" variant="light" color="orange" onClick={() => void read()} loading={isLoading}>
        {t("auditReview.events.readReason")}
      </Button>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}

export function AuditEventsTable({ filter }: { filter: EventFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const paginationLabels = usePaginationLabels();
  const { state, reload } = useLoad(() => auditApi.events(filter, { page, pageSize }), [page]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { items, total, isTotalCapped, abilities } = state.data;
  if (items.length === 0) return <Text>{t("auditReview.events.none")}</Text>;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{isTotalCapped ? t("auditReview.events.captionMore", { count: total }) : t("auditReview.events.caption", { count: total })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("audit.at")}</Table.Th>
              <Table.Th>{t("auditReview.events.what")}</Table.Th>
              <Table.Th>{t("auditReview.events.site")}</Table.Th>
              <Table.Th>{t("audit.seq")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{format.dateTime(event.at)}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">{eventSentence(event, t)}</Text>
                    {event.isBreakGlass && (
                      <>
                        <Badge color="orange" variant="light">
                          {t("auditReview.events.breakGlass")}
                        </Badge>
                        {abilities.readBreakGlassReason && event.clientId && <BreakGlassReason event={event} />}
                      </>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{event.siteName ?? "—"}</Table.Td>
                <Table.Td>{event.seq === null ? t("audit.unsealed") : format.number(event.seq)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > pageSize && <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} {...paginationLabels} />}
    </Stack>
  );
}
