/**
 * Scheduling a panel meeting: when it starts and ends, where, who attends, and how long before and
 * after it members may read the agenda's cases (asked in hours, 72 and 24 unless changed; the API
 * takes minutes). Times are typed as local wall-clock times and sent with their offset.
 */
import { Button, Checkbox, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createMeetingBodySchema } from "../../../core/api/panel.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate } from "../i18n/format.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

interface Values {
  startsAt: string;
  endsAt: string;
  location: string;
  hoursBefore: number | string;
  hoursAfter: number | string;
  attendeeIds: string[];
}

/** "2026-05-04T18:00" typed in the browser, as an instant with its offset. */
export const instantOf = (local: string): string => {
  const moment = new Date(local);
  return Number.isNaN(moment.getTime()) ? local : moment.toISOString();
};
const minutesOf = (hours: number | string): number => (typeof hours === "number" ? Math.round(hours * 60) : Number.NaN);

export function ScheduleMeetingDialog({ siteId, opened, onClose, onScheduled }: { siteId: string; opened: boolean; onClose: () => void; onScheduled: (meetingId: string) => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("panel.schedule.title")} size="lg">
      {opened && <ScheduleForm siteId={siteId} onCancel={onClose} onScheduled={onScheduled} />}
    </AppModal>
  );
}

function ScheduleForm({ siteId, onCancel, onScheduled }: { siteId: string; onCancel: () => void; onScheduled: (meetingId: string) => void }) {
  const { t } = useTranslation();
  const members = useLoad(() => panelApi.members(siteId), [siteId]);
  const toBody = (values: Values) => ({
    siteId,
    startsAt: instantOf(values.startsAt),
    endsAt: instantOf(values.endsAt),
    location: values.location,
    minutesBefore: minutesOf(values.hoursBefore),
    minutesAfter: minutesOf(values.hoursAfter),
    attendeeIds: values.attendeeIds,
  });
  const form = useForm<Values>({
    initialValues: { startsAt: "", endsAt: "", location: "", hoursBefore: 72, hoursAfter: 24, attendeeIds: [] },
    validate: (values) => {
      const errors = zodValidate<Values>(createMeetingBodySchema, t, toBody)(values);
      // The body names minutes; the form asks in hours.
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path === "minutesBefore" ? "hoursBefore" : path === "minutesAfter" ? "hoursAfter" : path, message]));
    },
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onScheduled((await panelApi.scheduleMeeting(createMeetingBodySchema.parse(toBody(values)))).id));
  const labels = panelLabels(t);
  const active = members.state.status === "ready" ? members.state.data.items.filter((member) => member.isActive) : [];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Group grow align="flex-start">
          <TextInput type="datetime-local" label={t("panel.schedule.startsAt")} required data-autofocus {...form.getInputProps("startsAt")} />
          <TextInput type="datetime-local" label={t("panel.schedule.endsAt")} required {...form.getInputProps("endsAt")} />
        </Group>
        <TextInput label={t("panel.schedule.location")} description={t("panel.schedule.locationHint")} maxLength={200} dir="auto" required {...form.getInputProps("location")} />
        <Group grow align="flex-start">
          <NumberInput label={t("panel.schedule.hoursBefore")} min={0} max={168} allowDecimal={false} required {...form.getInputProps("hoursBefore")} />
          <NumberInput label={t("panel.schedule.hoursAfter")} min={0} max={168} allowDecimal={false} required {...form.getInputProps("hoursAfter")} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("panel.schedule.windowHint")}
        </Text>
        {members.state.status === "loading" && <Loading />}
        {members.state.status === "failed" && <LoadFailed error={members.state.error} onRetry={members.reload} />}
        {members.state.status === "ready" && (
          <Checkbox.Group label={t("panel.schedule.attendees")} description={active.length === 0 ? t("panel.schedule.noMembers") : t("panel.schedule.attendeesHint")} {...form.getInputProps("attendeeIds")}>
            <Stack gap={6} mt="xs">
              {active.map((member) => (
                <Checkbox
                  key={member.id}
                  value={member.id}
                  label={t("panel.schedule.attendee", { name: isolate(member.name), organisation: isolate(member.memberOrganisation), role: labels.panelRole(member.panelRole) })}
                  description={member.accessBlockedBy ? labels.refusal(member.accessBlockedBy) : undefined}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("panel.schedule.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
