/**
 * The form for a panel meeting, used both to schedule one and to change one: when it starts and
 * ends, where, who attends, and how long before and after it members may read the agenda's cases
 * (asked in hours; the API takes minutes). Times are typed as local wall-clock times and sent as
 * instants. The caller gives the schema its body is checked with (the same one the server uses)
 * and what to do with it; field errors from either side land on the field they are about.
 */
import { Button, Checkbox, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { CreateMeetingBody } from "../../../core/api/panel.js";
import type { RefusalReason } from "../../../core/panel/access.js";
import type { PanelRole } from "../../../core/panel/membership.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { isolate } from "../i18n/format.js";
import { instantOf, meetingFormErrors, minutesOf, onFormFields, type MeetingFormValues } from "./meeting-form-fields.js";
import { panelLabels } from "./panel-labels.js";

/** What the form produces, before the caller adds the site (scheduling) or the version seen (changing). */
export type MeetingFields = Omit<CreateMeetingBody, "siteId">;

export interface AttendeeOption {
  memberId: string;
  name: string;
  memberOrganisation: string;
  /** Shown when known (the members list has it; a meeting's member options do not). */
  panelRole: PanelRole | null;
  accessBlockedBy: RefusalReason | null;
}

interface MeetingFormProps<Body> {
  initialValues: MeetingFormValues;
  attendeeOptions: readonly AttendeeOption[];
  /** The request's schema (the server's own), and the body it is asked of from the form's fields. */
  schema: z.ZodType<Body>;
  bodyOf: (fields: MeetingFields) => unknown;
  /** Rejects with the API's error for the form to show; a caller may handle some failures itself. */
  onSubmit: (body: Body) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
  /** Above the fields, e.g. a page's own message about a failure it handled. */
  notice?: ReactNode;
}

export function MeetingForm<Body>({ initialValues, attendeeOptions, schema, bodyOf, onSubmit, onCancel, submitLabel, notice }: MeetingFormProps<Body>) {
  const { t } = useTranslation();
  const labels = panelLabels(t);
  const fieldsOf = (values: MeetingFormValues): MeetingFields => ({
    startsAt: instantOf(values.startsAt),
    endsAt: instantOf(values.endsAt),
    location: values.location,
    minutesBefore: minutesOf(values.hoursBefore),
    minutesAfter: minutesOf(values.hoursAfter),
    attendeeIds: values.attendeeIds,
  });
  const form = useForm<MeetingFormValues>({
    initialValues,
    validate: (values) => meetingFormErrors(schema, bodyOf(fieldsOf(values)), values, t),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(schema.parse(bodyOf(fieldsOf(values))));
    } catch (error) {
      throw onFormFields(error, t);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {notice}
        <FormError message={formError} />
        <Group grow align="flex-start">
          <TextInput type="datetime-local" label={t("panel.schedule.startsAt")} required data-autofocus {...form.getInputProps("startsAt")} />
          <TextInput type="datetime-local" label={t("panel.schedule.endsAt")} required {...form.getInputProps("endsAt")} />
        </Group>
        <TextInput label={t("panel.schedule.location")} description={t("panel.schedule.locationHint")} maxLength={200} dir="auto" required {...form.getInputProps("location")} />
        <Group grow align="flex-start">
          <NumberInput label={t("panel.schedule.hoursBefore")} min={0} max={168} decimalScale={2} required {...form.getInputProps("hoursBefore")} />
          <NumberInput label={t("panel.schedule.hoursAfter")} min={0} max={168} decimalScale={2} required {...form.getInputProps("hoursAfter")} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("panel.schedule.windowHint")}
        </Text>
        <Checkbox.Group label={t("panel.schedule.attendees")} description={attendeeOptions.length === 0 ? t("panel.schedule.noMembers") : t("panel.schedule.attendeesHint")} {...form.getInputProps("attendeeIds")}>
          <Stack gap={6} mt="xs">
            {attendeeOptions.map((member) => (
              <Checkbox
                key={member.memberId}
                value={member.memberId}
                label={
                  member.panelRole
                    ? t("panel.schedule.attendee", { name: isolate(member.name), organisation: isolate(member.memberOrganisation), role: labels.panelRole(member.panelRole) })
                    : t("panel.meetingForm.attendee", { name: isolate(member.name), organisation: isolate(member.memberOrganisation) })
                }
                description={member.accessBlockedBy ? labels.refusal(member.accessBlockedBy) : undefined}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
