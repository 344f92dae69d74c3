/**
 * The fields of a session, shared by recording one and changing one: day, time, length, how it
 * happened (with the venue for a partner venue), the type of support, the workers, whether it took
 * place, and the notes (once it is no longer planned: notes record what happened, a missed session's follow-up too).
 */
import { Group, MultiSelect, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { attendances, sessionModes } from "../../../core/api/sessions.js";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { chooseFirst } from "../components/choose-first.js";
import { interventionTypeLabel, sessionModeLabel } from "../support-vocabulary/labels.js";
import type { AttendanceChoice, DraftErrors, SessionDraft } from "./session-draft.js";
import type { SessionWorker } from "./sessions-api.js";

interface SessionFieldsProps {
  draft: SessionDraft;
  onChange: (patch: Partial<SessionDraft>) => void;
  errors: DraftErrors;
  interventionTypes: readonly InterventionType[];
  /** Offered workers and the chosen ones; left out where the worker is the signed-in user. */
  workers?: { options: readonly SessionWorker[]; chosen: readonly string[]; onChange: (ids: string[]) => void };
  /** Notes already written (changing a session): the box then replaces them only if filled in. */
  hasNotes?: boolean;
}

/** Planned, or how it went: the choices every way of recording a session offers. */
export const attendanceChoices: readonly AttendanceChoice[] = ["planned", ...attendances];

/** Types offered for a new record: those in use, plus the session's own if it has since been retired. */
export function typeOptions(types: readonly InterventionType[], current: string, t: ReturnType<typeof useTranslation>["t"]) {
  return types.filter((type) => !type.isRetired || type.code === current).map((type) => ({ value: type.code, label: interventionTypeLabel(type.code, t, types) }));
}

export function SessionFields({ draft, onChange, errors, interventionTypes, workers, hasNotes = false }: SessionFieldsProps) {
  const { t } = useTranslation();
  const hasHappened = draft.attendance !== "planned";
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput type="date" label={t("sessions.form.date")} value={draft.date} onChange={(event) => onChange({ date: event.currentTarget.value })} error={errors.date} required data-autofocus />
        <TextInput type="time" label={t("sessions.form.time")} value={draft.time} onChange={(event) => onChange({ time: event.currentTarget.value })} required />
        <TextInput
          type="number"
          inputMode="numeric"
          min={5}
          max={600}
          step={5}
          label={t("sessions.form.duration")}
          value={draft.durationMinutes}
          onChange={(event) => onChange({ durationMinutes: event.currentTarget.value })}
          error={errors.durationMinutes}
          required
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SessionKindFields draft={draft} onChange={onChange} errors={errors} interventionTypes={interventionTypes} />
      </SimpleGrid>
      {workers && (
        <MultiSelect
          label={t("sessions.form.workers")}
          description={t("sessions.form.workersHint")}
          data={workers.options.map((worker) => ({ value: worker.userId, label: worker.name }))}
          value={[...workers.chosen]}
          onChange={workers.onChange}
          maxValues={5}
          searchable
          nothingFoundMessage={t("common.nothingFound")}
          error={errors.workerIds}
          required
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <Radio.Group
        withAsterisk={false}
        label={t("sessions.form.attendance")}
        value={draft.attendance}
        onChange={(value) => onChange({ attendance: value })}
        error={errors.attendance}
      >
        <Group gap="md" mt="xs">
          {attendanceChoices.map((choice) => (
            <Radio key={choice} value={choice} label={t(`sessions.attendance.${choice}`)} />
          ))}
        </Group>
      </Radio.Group>
      {hasHappened ? (
        <Textarea
          label={hasNotes ? t("sessions.form.replaceNotes") : t("sessions.form.notes")}
          description={t("sessions.form.notesHint")}
          value={draft.notes}
          onChange={(event) => onChange({ notes: event.currentTarget.value })}
          error={errors.notes}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={20_000}
          dir="auto"
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t("sessions.form.notesWhenAttended")}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The type of support, how it happened and, for a partner venue, where: the same in every way of
 * recording a session. `isCompact` leaves out the venue's hint, for a row of a worker's day.
 */
export function SessionKindFields({ draft, onChange, errors, interventionTypes, isCompact = false }: Omit<SessionFieldsProps, "workers" | "hasNotes"> & { isCompact?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t("sessions.form.type")}
        data={chooseFirst(t("sessions.form.choose"), typeOptions(interventionTypes, draft.interventionType, t))}
        value={draft.interventionType}
        onChange={(event) => onChange({ interventionType: event.currentTarget.value })}
        error={errors.interventionType}
        required
      />
      <NativeSelect
        label={t("sessions.form.mode")}
        data={sessionModes.map((mode) => ({ value: mode, label: sessionModeLabel(mode, t) }))}
        value={draft.mode}
        onChange={(event) => onChange({ mode: event.currentTarget.value as SessionDraft["mode"] })}
        error={errors.mode}
        required
      />
      {draft.mode === "partner_venue" && (
        <TextInput
          label={t("sessions.form.venue")}
          description={isCompact ? undefined : t("sessions.form.venueHint")}
          value={draft.venue}
          maxLength={120}
          dir="auto"
          onChange={(event) => onChange({ venue: event.currentTarget.value })}
          error={errors.venue}
          required
        />
      )}
    </>
  );
}
