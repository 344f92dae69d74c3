/**
 * Logging a session on the device: one of the kept schedule's occurrences that has started and is
 * not yet logged (nor waiting here), or a one-off. The same form and checks as online; what is
 * saved is sealed and waits to be sent.
 */
import { Alert, NativeSelect, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { logSessionBodySchema, type OutreachCalendarEntry } from "../../../../core/api/outreach-sessions.js";
import { dayHeading, londonTime, todayInLondon } from "../sessions/london-days.js";
import { OccurrenceHeading } from "../sessions/occurrence-heading.js";
import { SessionForm } from "../sessions/session-form.js";
import { initialValues, occurrenceBody, oneOffBody } from "../sessions/session-form-values.js";
import { saveEntry, type OfflinePack, type QueuedEntry } from "./offline-store.js";

const oneOff = "one-off";
const keyOf = (entry: OutreachCalendarEntry) => `${entry.scheduleId}|${entry.day}`;

interface Props {
  pack: OfflinePack;
  userId: string;
  waiting: readonly QueuedEntry[];
  onQueued: () => void;
}

export function OfflineLogForm({ pack, userId, waiting, onQueued }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState("");
  const [saved, setSaved] = useState(0);
  const now = new Date().toISOString();
  const queued = new Set(waiting.map((entry) => `${entry.body.scheduleId}|${entry.body.occurrenceDay}`));
  const loggable = pack.occurrences.filter((entry) => !entry.session && entry.startsAt <= now && !queued.has(keyOf(entry))).reverse();
  const occurrence = loggable.find((entry) => keyOf(entry) === choice);
  const me = pack.options.staff.some((person) => person.id === userId) ? [userId] : [];
  const where = (body: { partnerId?: string; venue?: string }) => pack.options.partners.find((partner) => partner.id === body.partnerId)?.name ?? body.venue ?? "";

  async function queue(body: QueuedEntry["body"], place: string) {
    await saveEntry({ id: crypto.randomUUID(), body, queuedAt: new Date().toISOString(), where: place });
    setChoice("");
    setSaved((count) => count + 1);
    onQueued();
  }

  return (
    <Stack gap="md">
      {saved > 0 && (
        <Alert color="green" role="status">
          {t("outreachOffline.log.saved")}
        </Alert>
      )}
      <NativeSelect
        size="md"
        label={t("outreachOffline.log.which")}
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value)}
        data={[
          { value: "", label: t("outreach.choose") },
          ...loggable.map((entry) => ({ value: keyOf(entry), label: `${entry.partner?.name ?? entry.venue} · ${dayHeading(entry.day)} ${londonTime(entry.startsAt)}` })),
          { value: oneOff, label: t("outreachOffline.log.oneOff") },
        ]}
      />
      {occurrence && (
        <SessionForm
          key={choice}
          heading={<OccurrenceHeading entry={occurrence} />}
          initial={initialValues({ topics: occurrence.topics, staffIds: [...new Set([...occurrence.staff.map((person) => person.id), ...me])] })}
          options={pack.options}
          extraStaff={occurrence.staff}
          bodyOf={(values, itemOrder) => occurrenceBody(values, itemOrder, occurrence.scheduleId!, occurrence.day)}
          schema={logSessionBodySchema}
          onSubmit={(body) => queue(body, occurrence.partner?.name ?? occurrence.venue)}
          submitLabel={t("outreachOffline.log.save")}
          conflictMessage={t("outreachSessions.log.alreadyLogged")}
        />
      )}
      {choice === oneOff && (
        <SessionForm
          key={choice}
          isOneOff
          initial={initialValues({ topics: [], staffIds: me, day: todayInLondon() })}
          options={pack.options}
          bodyOf={(values, itemOrder) => oneOffBody(values, itemOrder, pack.siteId)}
          schema={logSessionBodySchema}
          onSubmit={(body) => queue(body, where(body))}
          submitLabel={t("outreachOffline.log.save")}
          conflictMessage={t("outreachSessions.log.alreadyLogged")}
        />
      )}
    </Stack>
  );
}
