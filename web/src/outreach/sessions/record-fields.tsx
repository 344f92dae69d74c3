/**
 * The parts of logging a session other than the headcount and the resources: follow-up contacts,
 * the topics covered (chips), who was there, and notes about the session — never about a person.
 */
import { Checkbox, Chip, Group, Input, NumberInput, Stack, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { StaffOption } from "../../../../core/api/outreach.js";
import { outreachTopics } from "../../../../core/outreach/vocabulary.js";
import type { SessionFormValues } from "./session-form-values.js";

export function FollowUpField({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const { t } = useTranslation();
  return <NumberInput label={t("outreachSessions.form.followUps")} description={t("outreachSessions.form.followUpsHint")} min={0} max={100_000} allowNegative={false} allowDecimal={false} inputMode="numeric" size="md" hideControls data-testid="follow-up-contacts" {...form.getInputProps("followUpContacts")} />;
}

/** A form field's value, change and problem, as Mantine's `getInputProps` gives them. */
interface FieldProps<T> {
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
}

export const fieldProps = <T,>(props: ReturnType<UseFormReturnType<never>["getInputProps"]>): FieldProps<T> => ({ value: props.value as T, onChange: props.onChange as (value: T) => void, error: props.error as string | undefined });

export function TopicChips({ field, label }: { field: FieldProps<string[]>; label: string }) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label} error={field.error}>
      <Chip.Group multiple value={field.value} onChange={field.onChange}>
        <Group gap={8} mt={6}>
          {outreachTopics.map((topic) => (
            <Chip key={topic} value={topic} size="md">
              {t(`outreach.topics.${topic}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}

export function StaffChecks({ field, staff, label }: { field: FieldProps<string[]>; staff: readonly StaffOption[]; label: string }) {
  return (
    <Checkbox.Group label={label} value={field.value} onChange={field.onChange} error={field.error}>
      <Stack gap={10} mt={6}>
        {staff.map((person) => (
          <Checkbox key={person.id} value={person.id} size="md" label={<bdi>{person.displayName}</bdi>} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function NotesField({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const { t } = useTranslation();
  return <Textarea label={t("outreachSessions.form.notes")} description={t("outreachSessions.form.notesHint")} autosize minRows={3} maxLength={4000} dir="auto" data-testid="session-notes" {...form.getInputProps("notes")} />;
}
