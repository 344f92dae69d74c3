/**
 * One row of a worker's day: which of their cases, when and how long, the kind of support and how
 * it happened, whether it took place, and short notes once it did. Compact, and a card of its own
 * on a phone.
 */
import { ActionIcon, Group, NativeSelect, Paper, SimpleGrid, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { chooseFirst } from "../components/choose-first.js";
import type { AttendanceChoice, DraftErrors, SessionDraft } from "./session-draft.js";
import { attendanceChoices, SessionKindFields } from "./session-fields.js";

export interface DayRowValue {
  key: number;
  caseId: string;
  draft: SessionDraft;
}

interface DayRowProps {
  index: number;
  row: DayRowValue;
  cases: readonly { id: string; label: string }[];
  interventionTypes: readonly InterventionType[];
  errors: DraftErrors;
  onChange: (row: DayRowValue) => void;
  /** Absent for the only row. */
  onRemove?: () => void;
}


export function DayRow({ index, row, cases, interventionTypes, errors, onChange, onRemove }: DayRowProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<SessionDraft>) => onChange({ ...row, draft: { ...row.draft, ...patch } });
  const { draft } = row;
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={t("sessions.day.rowLabel", { number: index + 1 })}>
      <Group justify="space-between" mb={4}>
        <Text fw={700}>{t("sessions.day.rowLabel", { number: index + 1 })}</Text>
        {onRemove && (
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={t("sessions.day.removeRow", { number: index + 1 })}>
            ×
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" verticalSpacing="xs">
        <NativeSelect
          label={t("sessions.day.case")}
          data={chooseFirst(t("sessions.form.choose"), cases.map((option) => ({ value: option.id, label: option.label })))}
          value={row.caseId}
          onChange={(event) => onChange({ ...row, caseId: event.currentTarget.value })}
          error={errors.caseId}
          required
        />
        <TextInput type="time" label={t("sessions.form.time")} value={draft.time} onChange={(event) => set({ time: event.currentTarget.value })} error={errors.date} required />
        <TextInput
          type="number"
          inputMode="numeric"
          min={5}
          max={600}
          step={5}
          label={t("sessions.form.duration")}
          value={draft.durationMinutes}
          onChange={(event) => set({ durationMinutes: event.currentTarget.value })}
          error={errors.durationMinutes}
          required
        />
        <NativeSelect
          label={t("sessions.form.attendance")}
          data={attendanceChoices.map((choice) => ({ value: choice, label: t(`sessions.attendance.${choice}`) }))}
          value={draft.attendance}
          onChange={(event) => set({ attendance: event.currentTarget.value as AttendanceChoice })}
          error={errors.attendance}
        />
        <SessionKindFields draft={draft} onChange={set} errors={errors} interventionTypes={interventionTypes} isCompact />
      </SimpleGrid>
      {draft.attendance !== "planned" && (
        <Textarea
          mt="xs"
          label={t("sessions.day.notes")}
          description={t("sessions.day.notesHint")}
          value={draft.notes}
          onChange={(event) => set({ notes: event.currentTarget.value })}
          error={errors.notes}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={20_000}
          dir="auto"
        />
      )}
    </Paper>
  );
}
