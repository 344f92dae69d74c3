/**
 * A list of articles or case studies for staff: filters by status, topic and words in a title,
 * each row linking to its editor, with its languages, status and whether it is on the site.
 */
import { Anchor, Badge, Group, Pagination, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { contentTopics, languageNames } from "../../../core/content/vocabulary.js";
import { contentStatuses } from "../../../core/content/workflow.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { contentApi, type ContentKindPath } from "./content-api.js";
import { statusColours } from "./labels.js";

export function ContentList({ kind }: { kind: ContentKindPath }) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const format = useFormat();
  const [status, setStatus] = useState<string | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const { state, reload } = useLoad(() => contentApi.list(kind, { status: status ?? undefined, topic: topic ?? undefined, q: q.trim() || undefined, page }), [kind, status, topic, q, page]);
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select label={t("content.list.status")} placeholder={t("content.list.anyStatus")} clearable data={contentStatuses.map((value) => ({ value, label: t(`content.status.${value}`) }))} value={status} onChange={filter(setStatus)} />
        <Select label={t("content.list.topic")} placeholder={t("content.list.anyTopic")} clearable data={contentTopics.map((value) => ({ value, label: t(`content.topics.${value}`) }))} value={topic} onChange={filter(setTopic)} />
        <TextInput label={t("content.list.search")} type="search" value={q} onChange={(event) => filter(setQ)(event.currentTarget.value)} />
      </Group>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && <Text>{t("content.list.none")}</Text>}
      {state.status === "ready" && state.data.items.length > 0 && (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("content.list.title")}</Table.Th>
                {kind === "case-studies" && <Table.Th>{t("content.list.case")}</Table.Th>}
                <Table.Th>{t("content.list.languages")}</Table.Th>
                <Table.Th>{t("content.list.status")}</Table.Th>
                <Table.Th>{t("content.list.updated")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/content/${kind}/${item.id}`} dir="auto">
                      {item.title || t("content.list.untitled")}
                    </Anchor>
                    <Text size="xs" c="dimmed">{t("content.list.by", { name: item.authorName })}</Text>
                  </Table.Td>
                  {kind === "case-studies" && <Table.Td>{item.caseReference}</Table.Td>}
                  <Table.Td>{item.languages.map((language) => languageNames[language]).join(" · ")}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={statusColours[item.status]}>{t(`content.status.${item.status}`)}</Badge>
                      {item.isLive && <Badge color="green" variant="outline">{t("content.live")}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{format.dateTime(item.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {state.data.total > state.data.pageSize && <Pagination total={Math.ceil(state.data.total / state.data.pageSize)} value={page} onChange={setPage} {...paginationLabels} />}
        </>
      )}
    </Stack>
  );
}
