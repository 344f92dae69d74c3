/**
 * An entry logged here that meets a session already held: both versions side by side, part by part,
 * and the worker's choice — keep the one held, keep theirs in its place, take each part from one or
 * the other, or (when they were two sessions, not one occurrence) keep both. Nothing is dropped or
 * doubled until they choose.
 */
import { Button, Group, Paper, Radio, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfflineResolutionAction } from "../../../../core/api/outreach-offline.js";
import { FormError } from "../../components/form-error.js";
import { dayHeading, londonTime } from "../sessions/london-days.js";
import type { OfflinePack, QueuedEntry } from "./offline-store.js";
import { resolveEntry } from "./offline-sync.js";
import { entryWords, heldWords, mergedBody, sessionParts, type SessionPart, type Side } from "./session-versions.js";

interface Props {
  entry: QueuedEntry & { conflict: NonNullable<QueuedEntry["conflict"]> };
  pack: OfflinePack;
  canSend: boolean;
  onSettled: () => void;
}

const allMine = Object.fromEntries(sessionParts.map((part) => [part, "mine"])) as Record<SessionPart, Side>;

export function ConflictCard({ entry, pack, canSend, onSettled }: Props) {
  const { t } = useTranslation();
  const { session: held, canKeepBoth } = entry.conflict;
  const [isMerging, setMerging] = useState(false);
  const [choice, setChoice] = useState(allMine);
  const [busy, setBusy] = useState<OfflineResolutionAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const theirs = heldWords(t, held);
  const mine = entryWords(t, entry.body, pack);
  const titleId = `conflict-${entry.id}`;

  async function choose(action: OfflineResolutionAction, body = entry.body) {
    setBusy(action);
    setFailure(null);
    try {
      const isSettled = await resolveEntry(entry, action, body);
      if (!isSettled) setFailure(t("outreachOffline.conflict.changed"));
      onSettled();
    } catch (error) {
      console.error("Sending the choice failed", error);
      setFailure(t("outreachOffline.conflict.notSent"));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId} data-testid="offline-conflict">
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {t("outreachOffline.conflict.title", { where: entry.where, day: dayHeading(held.occurrenceDay ?? held.startsAt.slice(0, 10)), time: londonTime(held.startsAt) })}
        </Title>
        <Text>{t("outreachOffline.conflict.explain")}</Text>
        <FormError message={failure} />
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("outreachOffline.conflict.part")}</Table.Th>
              <Table.Th scope="col">{t("outreachOffline.conflict.held")}</Table.Th>
              <Table.Th scope="col">{t("outreachOffline.conflict.mine")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessionParts.map((part) => (
              <Table.Tr key={part}>
                <Table.Th scope="row">{t(`outreachOffline.parts.${part}`)}</Table.Th>
                <Table.Td>{isMerging ? <Radio name={`${entry.id}-${part}`} label={<bdi>{theirs[part]}</bdi>} checked={choice[part] === "held"} onChange={() => setChoice({ ...choice, [part]: "held" })} /> : <bdi>{theirs[part]}</bdi>}</Table.Td>
                <Table.Td>{isMerging ? <Radio name={`${entry.id}-${part}`} label={<bdi>{mine[part]}</bdi>} checked={choice[part] === "mine"} onChange={() => setChoice({ ...choice, [part]: "mine" })} /> : <bdi>{mine[part]}</bdi>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {isMerging ? (
          <Group gap="sm">
            <Button disabled={!canSend} loading={busy === "replace"} onClick={() => void choose("replace", mergedBody(entry.body, held, choice))}>
              {t("outreachOffline.conflict.saveMerge")}
            </Button>
            <Button variant="default" onClick={() => setMerging(false)}>
              {t("common.cancel")}
            </Button>
          </Group>
        ) : (
          <Group gap="sm">
            <Button variant="default" disabled={!canSend} loading={busy === "keep_existing"} onClick={() => void choose("keep_existing")}>
              {t("outreachOffline.conflict.keepHeld")}
            </Button>
            <Button variant="default" disabled={!canSend} loading={busy === "replace"} onClick={() => void choose("replace")}>
              {t("outreachOffline.conflict.keepMine")}
            </Button>
            <Button variant="default" disabled={!canSend} onClick={() => setMerging(true)}>
              {t("outreachOffline.conflict.merge")}
            </Button>
            {canKeepBoth && (
              <Button variant="default" disabled={!canSend} loading={busy === "keep_both"} onClick={() => void choose("keep_both")}>
                {t("outreachOffline.conflict.keepBoth")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
