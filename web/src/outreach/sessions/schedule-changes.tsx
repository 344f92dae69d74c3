/**
 * The two quick changes to a schedule: skipping one of its coming days (Eid, a school holiday), or
 * putting a skipped day back; and ending it on a last day. Each sends the whole schedule with the
 * version seen.
 */
import { Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutreachScheduleView } from "../../../../core/api/outreach-sessions.js";
import { occurrences } from "../../../../core/outreach/schedule.js";
import { hasCode } from "../../api/error-messages.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { serverProblems } from "./form-errors.js";
import { addDays, dayWithYear, todayInLondon } from "./london-days.js";
import { scheduleBodyOf } from "./schedule-form-values.js";
import { outreachSessionsApi } from "./sessions-api.js";

interface ChangeProps {
  schedule: OutreachScheduleView;
  onClose: () => void;
  onSaved: () => void;
}

function useChange({ schedule, onSaved }: ChangeProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const send = async (change: Parameters<typeof scheduleBodyOf>[1]) => {
    setIsBusy(true);
    setError(null);
    try {
      await outreachSessionsApi.updateSchedule(schedule.id, scheduleBodyOf(schedule, change));
      onSaved();
    } catch (failure) {
      const { problems, message } = serverProblems(failure, t);
      setError(hasCode(failure, "conflict") ? t("outreachSessions.schedules.stale") : (message ?? problems.map((problem) => problem.message).join(" ")));
    } finally {
      setIsBusy(false);
    }
  };
  return { error, isBusy, send };
}

export function SkipDayDialog(props: ChangeProps) {
  const { t } = useTranslation();
  const { schedule, onClose } = props;
  const { error, isBusy, send } = useChange(props);
  const today = todayInLondon();
  // The coming ten weeks' days, as the schedule runs without its skips.
  const coming = occurrences({ ...schedule, skippedDays: [] }, today, addDays(today, 70)).map((occurrence) => occurrence.day);
  const open = coming.filter((day) => !schedule.skippedDays.includes(day));
  const [day, setDay] = useState(open[0] ?? "");
  const skipped = schedule.skippedDays.filter((skippedDay) => skippedDay >= today);
  return (
    <AppModal opened onClose={onClose} title={t("outreachSessions.schedules.skipTitle")}>
      <Stack gap="md">
        <FormError message={error} />
        {open.length === 0 ? (
          <Text>{t("outreachSessions.schedules.noComingDays")}</Text>
        ) : (
          <NativeSelect label={t("outreachSessions.schedules.skipDay")} size="md" value={day} onChange={(event) => setDay(event.currentTarget.value)} data={open.map((value) => ({ value, label: dayWithYear(value) }))} data-testid="skip-day" />
        )}
        {skipped.length > 0 && (
          <Stack gap={6}>
            <Text fw={600}>{t("outreachSessions.schedules.skippedDays")}</Text>
            {skipped.map((skippedDay) => (
              <Group key={skippedDay} justify="space-between">
                <Text>{dayWithYear(skippedDay)}</Text>
                <Button variant="subtle" size="compact-md" disabled={isBusy} onClick={() => void send({ skippedDays: schedule.skippedDays.filter((other) => other !== skippedDay) })}>
                  {t("outreachSessions.schedules.putBack")}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button disabled={!day} loading={isBusy} onClick={() => void send({ skippedDays: [...schedule.skippedDays, day] })}>
            {t("outreachSessions.schedules.skip")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

export function EndScheduleDialog(props: ChangeProps) {
  const { t } = useTranslation();
  const { schedule, onClose } = props;
  const { error, isBusy, send } = useChange(props);
  const today = todayInLondon();
  const [lastDay, setLastDay] = useState(schedule.startsOn > today ? schedule.startsOn : today);
  return (
    <AppModal opened onClose={onClose} title={t("outreachSessions.schedules.endTitle")}>
      <Stack gap="md">
        <FormError message={error} />
        <Text>{t("outreachSessions.schedules.endHint")}</Text>
        <TextInput type="date" label={t("outreachSessions.schedules.lastDay")} size="md" min={schedule.startsOn} value={lastDay} onChange={(event) => setLastDay(event.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button color="red" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(lastDay)} loading={isBusy} onClick={() => void send({ endsOn: lastDay })}>
            {t("outreachSessions.schedules.end")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
