/**
 * How many entries wait to be sent, said where it cannot be missed, with "Send now" (sending also
 * starts by itself when the signal returns), and the entries the server refused, with its reason
 * and a way to remove one.
 */
import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { dayHeading } from "../sessions/london-days.js";
import { outreachMessage } from "../sessions/session-words.js";
import { removeEntry, type QueuedEntry } from "./offline-store.js";

interface Props {
  entries: readonly QueuedEntry[];
  isSending: boolean;
  /** Why sending cannot happen now, if it cannot. */
  blocker: string | null;
  onSend: () => void;
  onChanged: () => void;
}

const dayOf = (entry: QueuedEntry) => entry.body.occurrenceDay ?? entry.body.startsAt?.slice(0, 10) ?? entry.queuedAt.slice(0, 10);

export function WaitingEntries({ entries, isSending, blocker, onSend, onChanged }: Props) {
  const { t } = useTranslation();
  const refused = entries.filter((entry) => entry.problem);
  const pending = entries.filter((entry) => !entry.problem && !entry.conflict);
  return (
    <Stack gap="sm">
      <Alert color={entries.length > 0 ? "yellow" : "green"} variant="light" role="status" aria-live="polite" data-testid="waiting-count">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Text fw={700}>{entries.length > 0 ? t("outreachOffline.waiting", { count: entries.length }) : t("outreachOffline.allSent")}</Text>
            {blocker && entries.length > 0 && <Text size="sm">{blocker}</Text>}
            {pending.length > 0 && (
              <List size="sm" spacing={2} data-testid="waiting-list">
                {pending.map((entry) => (
                  <List.Item key={entry.id}>
                    <bdi>{entry.where}</bdi> · {dayHeading(dayOf(entry))} · {t("outreachOffline.people", { count: entry.body.headcount.total })}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
          {pending.length > 0 && (
            <Button onClick={onSend} loading={isSending} disabled={blocker !== null}>
              {t("outreachOffline.sendNow")}
            </Button>
          )}
        </Group>
      </Alert>
      {refused.length > 0 && (
        <Alert color="red" variant="light" title={t("outreachOffline.refused.title")}>
          <List spacing="xs">
            {refused.map((entry) => (
              <List.Item key={entry.id}>
                <Group gap="sm" wrap="wrap">
                  <Text>
                    <bdi>{entry.where}</bdi> · {dayHeading(dayOf(entry))}: {outreachMessage(entry.problem ?? "", t)}
                  </Text>
                  <Button size="xs" variant="default" onClick={() => void removeEntry(entry.id).then(onChanged)}>
                    {t("outreachOffline.refused.remove")}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
