/**
 * Setting up or changing a recurring outreach session: the partner and kind of session, topics, the
 * pattern (weekly on a weekday every N weeks, or the nth or last weekday of each month), the time
 * (London) and length, the first and optional last day, and who usually goes. Checked with the
 * request's own schema; the server's problems land on their boxes.
 */
import { Button, Group, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { createScheduleBodySchema, updateScheduleBodySchema, type OutreachScheduleView } from "../../../../core/api/outreach-sessions.js";
import type { OutreachOptions } from "../../../../core/api/outreach.js";
import { weekdays } from "../../../../core/outreach/schedule.js";
import { outreachSessionTypes } from "../../../../core/outreach/vocabulary.js";
import { hasCode } from "../../api/error-messages.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { place, schemaProblems, serverProblems } from "./form-errors.js";
import { todayInLondon } from "./london-days.js";
import { fieldProps, StaffChecks, TopicChips } from "./record-fields.js";
import { scheduleFieldOf, scheduleFieldsOf, scheduleValues, type ScheduleFormValues } from "./schedule-form-values.js";
import { outreachSessionsApi } from "./sessions-api.js";

interface ScheduleDialogProps {
  siteId: string;
  /** The schedule to change; null to set up a new one. */
  schedule: OutreachScheduleView | null;
  options: OutreachOptions;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

export function ScheduleDialog({ opened, onClose, schedule, ...rest }: ScheduleDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={schedule ? t("outreachSessions.schedules.editTitle") : t("outreachSessions.schedules.newTitle")} size="lg">
      {opened && <ScheduleForm schedule={schedule} onClose={onClose} {...rest} />}
    </AppModal>
  );
}

function ScheduleForm({ siteId, schedule, options, onClose, onSaved }: Omit<ScheduleDialogProps, "opened">) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const bodyOf = (values: ScheduleFormValues) => (schedule ? { ...scheduleFieldsOf(values), version: schedule.version } : { ...scheduleFieldsOf(values), siteId });
  const schema = schedule ? updateScheduleBodySchema : createScheduleBodySchema;
  const form = useForm<ScheduleFormValues>({
    initialValues: scheduleValues(schedule, { startsOn: todayInLondon(), staffIds: [] }),
    validate: (values) => place(schemaProblems(schema.safeParse(bodyOf(values)), t), scheduleFieldOf).fields,
  });
  const values = form.getValues();
  const weekdayOptions = weekdays.map((day) => ({ value: String(day), label: t(`outreach.weekdays.${day}`) }));
  const partners = options.partners.filter((partner) => partner.isActive || partner.id === schedule?.partner.id);
  const staff = [...options.staff, ...(schedule?.staff ?? []).filter((person) => !options.staff.some((option) => option.id === person.id))];

  const submit = form.onSubmit(async (typed) => {
    setFormError(null);
    try {
      if (schedule) await outreachSessionsApi.updateSchedule(schedule.id, updateScheduleBodySchema.parse(bodyOf(typed)));
      else await outreachSessionsApi.createSchedule(createScheduleBodySchema.parse(bodyOf(typed)));
      onSaved();
    } catch (error) {
      const { problems, message } = serverProblems(error, t);
      const placed = place(problems, scheduleFieldOf);
      form.setErrors(placed.fields);
      setFormError(hasCode(error, "conflict") ? t("outreachSessions.schedules.stale") : (message ?? (placed.unplaced.join(" ") || t("errors.checkFields"))));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        <NativeSelect label={t("outreachSessions.form.partner")} required size="md" data={[{ value: "", label: t("outreach.choose") }, ...partners.map((partner) => ({ value: partner.id, label: partner.name }))]} data-testid="schedule-partner" {...form.getInputProps("partnerId")} />
        <NativeSelect label={t("outreachSessions.form.sessionType")} required size="md" data={outreachSessionTypes.map((type) => ({ value: type, label: t(`outreach.sessionTypes.${type}`) }))} data-testid="schedule-type" {...form.getInputProps("sessionType")} />
        <SegmentedControl fullWidth aria-label={t("outreachSessions.schedules.pattern")} data={[{ value: "weekly", label: t("outreachSessions.schedules.weekly") }, { value: "monthly", label: t("outreachSessions.schedules.monthly") }]} {...form.getInputProps("kind")} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {values.kind === "monthly" && (
            <NativeSelect label={t("outreachSessions.schedules.nth")} size="md" data={["1", "2", "3", "4", "-1"].map((nth) => ({ value: nth, label: t(`outreachSessions.schedules.nthOptions.${nth === "-1" ? "last" : nth}`) }))} {...form.getInputProps("nth")} />
          )}
          <NativeSelect label={t("outreachSessions.schedules.weekday")} size="md" data={weekdayOptions} data-testid="schedule-weekday" {...form.getInputProps("weekday")} />
          {values.kind === "weekly" && <NumberInput label={t("outreachSessions.schedules.everyWeeks")} min={1} max={8} allowDecimal={false} allowNegative={false} size="md" {...form.getInputProps("everyWeeks")} />}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="time" label={t("outreachSessions.form.time")} description={t("outreachSessions.form.londonTime")} required size="md" data-testid="schedule-time" {...form.getInputProps("time")} />
          <NumberInput label={t("outreachSessions.form.duration")} min={15} max={720} step={15} allowDecimal={false} allowNegative={false} required size="md" {...form.getInputProps("durationMinutes")} />
          <TextInput type="date" label={t("outreachSessions.schedules.startsOn")} required size="md" data-testid="schedule-starts-on" {...form.getInputProps("startsOn")} />
          <TextInput type="date" label={t("outreachSessions.schedules.endsOn")} description={t("outreachSessions.schedules.endsOnHint")} size="md" {...form.getInputProps("endsOn")} />
        </SimpleGrid>
        <TopicChips field={fieldProps<string[]>(form.getInputProps("topics"))} label={t("outreachSessions.form.topics")} />
        <StaffChecks field={fieldProps<string[]>(form.getInputProps("staffIds"))} staff={staff} label={t("outreachSessions.schedules.staff")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="save-schedule">
            {schedule ? t("outreachSessions.schedules.saveChanges") : t("outreachSessions.schedules.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
