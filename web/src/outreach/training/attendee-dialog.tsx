/**
 * Adding an attendee to a training, or correcting one: their name, role and organisation, an email
 * if they gave one, their consent to be held (required), and their confidence before and after for
 * each of the training's statements. Made to be filled in on a phone at the back of the room.
 */
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { attendeeBodySchema, type AttendeeBody, type AttendeeView, type DeliveryDetail } from "../../../../core/api/outreach-training.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { RatingControl } from "./rating-control.js";
import { trainingApi } from "./training-api.js";

interface Values {
  name: string;
  role: string;
  organisation: string;
  email: string;
  hasConsented: boolean;
  before: string[];
  after: string[];
}

const rating = (value: string): number | null => (value === "" ? null : Number(value));
const toBody = (values: Values) => ({
  name: values.name,
  role: values.role,
  organisation: values.organisation,
  email: values.email.trim() === "" ? null : values.email.trim(),
  hasConsented: values.hasConsented,
  before: values.before.map(rating),
  after: values.after.map(rating),
});

interface AttendeeDialogProps {
  delivery: DeliveryDetail;
  attendee: AttendeeView | "new" | null;
  onClose: () => void;
  onSaved: (delivery: DeliveryDetail) => void;
}

export function AttendeeDialog({ delivery, attendee, onClose, onSaved }: AttendeeDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={attendee !== null} onClose={onClose} title={t(attendee === "new" ? "training.attendee.addTitle" : "training.attendee.editTitle")} size="lg">
      {attendee !== null && <AttendeeForm delivery={delivery} attendee={attendee === "new" ? null : attendee} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function AttendeeForm({ delivery, attendee, onCancel, onSaved }: { delivery: DeliveryDetail; attendee: AttendeeView | null; onCancel: () => void; onSaved: (delivery: DeliveryDetail) => void }) {
  const { t } = useTranslation();
  const ratingsOf = (values: readonly (number | null)[] | undefined) => delivery.confidenceQuestions.map((_question, index) => String(values?.[index] ?? ""));
  const validateSchema = zodValidate<Values>(attendeeBodySchema, t, toBody);
  const form = useForm<Values>({
    initialValues: {
      name: attendee?.name ?? "",
      role: attendee?.role ?? "",
      organisation: attendee?.organisation ?? (delivery.partner?.name ?? ""),
      email: attendee?.email ?? "",
      hasConsented: attendee !== null,
      before: ratingsOf(attendee?.before),
      after: ratingsOf(attendee?.after),
    },
    // The consent box says why it is needed, not only that it is.
    validate: (values) => ({ ...validateSchema(values), ...(values.hasConsented ? {} : { hasConsented: t("training.attendee.consentRequired") }) }),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const body: AttendeeBody = attendeeBodySchema.parse(toBody(values));
    onSaved(attendee ? await trainingApi.updateAttendee(attendee.id, body) : await trainingApi.addAttendee(delivery.id, body));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t("training.attendee.name")} maxLength={120} dir="auto" autoComplete="off" required data-autofocus {...form.getInputProps("name")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("training.attendee.role")} description={t("training.attendee.roleHint")} maxLength={120} dir="auto" autoComplete="off" {...form.getInputProps("role")} />
          <TextInput label={t("training.attendee.organisation")} maxLength={200} dir="auto" autoComplete="off" {...form.getInputProps("organisation")} />
        </SimpleGrid>
        <TextInput type="email" label={t("training.attendee.email")} description={t("training.attendee.emailHint")} maxLength={254} dir="ltr" autoComplete="off" inputMode="email" {...form.getInputProps("email")} />
        {delivery.confidenceQuestions.length > 0 && (
          <Stack gap="sm">
            <Text fw={600}>{t("training.attendee.ratingsTitle")}</Text>
            <Text size="sm" c="dimmed">
              {t("training.attendee.ratingsHint")}
            </Text>
            {delivery.confidenceQuestions.map((question, index) => (
              <Paper key={index} withBorder p="sm" radius="md">
                <Stack gap="xs">
                  <Text size="sm" dir="auto">
                    {index + 1}. {question}
                  </Text>
                  <RatingControl label={t("training.attendee.before")} value={form.values.before[index] ?? ""} onChange={(value) => form.setFieldValue(`before.${index}`, value)} error={form.errors[`before.${index}`] as string | undefined} />
                  <RatingControl label={t("training.attendee.after")} value={form.values.after[index] ?? ""} onChange={(value) => form.setFieldValue(`after.${index}`, value)} error={form.errors[`after.${index}`] as string | undefined} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        <Checkbox label={t("training.attendee.consent")} description={t("training.attendee.consentHint")} required {...form.getInputProps("hasConsented", { type: "checkbox" })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(attendee ? "training.attendee.save" : "training.attendee.addSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
