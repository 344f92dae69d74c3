/**
 * Recording a group session: the programme, when and for how long, the venue (a partner such as a
 * mosque, or the office) and topic, who facilitated, the registered clients who came and how many
 * others came. Checked with the same schema as the server; the server's refusals are shown by field.
 */
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { recordGroupSessionBodySchema } from "../../../core/api/programmes.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { formPathOf, translateServerFieldMessage, zodValidate } from "../forms/validation.js";
import { localIsoDate } from "../i18n/format.js";
import { AttendeePicker } from "./attendee-picker.js";
import { programmesApi, type GroupSessionDetail, type RecordGroupSessionBody } from "./programmes-api.js";

interface RecordGroupSessionDialogProps {
  opened: boolean;
  siteId: string;
  onClose: () => void;
  onRecorded: (session: GroupSessionDetail) => void;
}

export function RecordGroupSessionDialog({ opened, onClose, ...form }: RecordGroupSessionDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("programmes.groups.form.title")} size="xl">
      {opened && <RecordForm {...form} onCancel={onClose} />}
    </AppModal>
  );
}

interface Draft {
  programmeKey: string;
  date: string;
  time: string;
  durationMinutes: string;
  venue: string;
  topic: string;
  facilitatorIds: string[];
  attendeeEnrolmentIds: string[];
  anonymousHeadcount: number | string;
}

/** The request as the API wants it; unfinished answers pass through so validation names the field. */
function toBody(draft: Draft): RecordGroupSessionBody {
  const startsAt = new Date(`${draft.date}T${draft.time}`);
  return {
    programmeKey: draft.programmeKey,
    startsAt: Number.isNaN(startsAt.getTime()) ? "" : startsAt.toISOString(),
    durationMinutes: Number(draft.durationMinutes),
    venue: draft.venue,
    topic: draft.topic.trim() === "" ? null : draft.topic,
    facilitatorIds: draft.facilitatorIds,
    attendeeEnrolmentIds: draft.attendeeEnrolmentIds,
    anonymousHeadcount: typeof draft.anonymousHeadcount === "number" ? draft.anonymousHeadcount : Number.NaN,
  };
}

/** Request paths that belong to a differently named field of the form. */
const fieldOf: Record<string, string> = { startsAt: "date" };

function RecordForm({ siteId, onRecorded, onCancel }: Omit<RecordGroupSessionDialogProps, "opened" | "onClose"> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({
    programmeKey: "",
    date: localIsoDate(new Date()),
    time: "18:00",
    durationMinutes: "90",
    venue: "",
    topic: "",
    facilitatorIds: [],
    attendeeEnrolmentIds: [],
    anonymousHeadcount: 0,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const programmes = useLoad(() => programmesApi.list(), []);
  const options = useLoad(async () => (draft.programmeKey ? programmesApi.groupSessionOptions(siteId, draft.programmeKey) : null), [siteId, draft.programmeKey]);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const validate = zodValidate(recordGroupSessionBodySchema, t, toBody);

  async function submit(): Promise<void> {
    const found = Object.fromEntries(Object.entries(validate(draft)).map(([path, message]) => [fieldOf[path.split(".")[0] ?? ""] ?? path.split(".")[0] ?? path, message]));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    setError(null);
    try {
      onRecorded(await programmesApi.recordGroupSession(siteId, toBody(draft)));
    } catch (failure) {
      const fields = failure instanceof ApiError ? failure.fields : [];
      setErrors(Object.fromEntries(fields.map((field) => [formPathOf(field.path).split(".")[0] ?? "", translateServerFieldMessage(field.message, t)])));
      setError(fields.length > 0 ? `${errorMessage(failure, t)} ${fields.map((field) => translateServerFieldMessage(field.message, t)).join(" ")}` : errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  if (programmes.state.status === "loading") return <Loading />;
  if (programmes.state.status === "failed") return <LoadFailed error={programmes.state.error} onRetry={programmes.reload} />;
  const offered = programmes.state.data.items.filter((programme) => !programme.isRetired);
  const choices = options.state.status === "ready" ? options.state.data : null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <FormError message={error} />
        <NativeSelect
          label={t("programmes.groups.form.programme")}
          data={chooseFirst(t("programmes.groups.form.choose"), offered.map((programme) => ({ value: programme.key, label: programme.title })))}
          value={draft.programmeKey}
          onChange={(event) => change({ programmeKey: event.currentTarget.value, attendeeEnrolmentIds: [] })}
          error={errors.programmeKey}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput type="date" label={t("programmes.groups.form.date")} value={draft.date} onChange={(event) => change({ date: event.currentTarget.value })} error={errors.date} required />
          <TextInput type="time" label={t("programmes.groups.form.time")} value={draft.time} onChange={(event) => change({ time: event.currentTarget.value })} required />
          <TextInput
            type="number"
            inputMode="numeric"
            min={5}
            max={720}
            step={5}
            label={t("programmes.groups.form.duration")}
            value={draft.durationMinutes}
            onChange={(event) => change({ durationMinutes: event.currentTarget.value })}
            error={errors.durationMinutes}
            required
          />
        </SimpleGrid>
        <TextInput label={t("programmes.groups.form.venue")} description={t("programmes.groups.form.venueHint")} value={draft.venue} maxLength={200} dir="auto" onChange={(event) => change({ venue: event.currentTarget.value })} error={errors.venue} required />
        <TextInput label={t("programmes.groups.form.topic")} value={draft.topic} maxLength={500} dir="auto" onChange={(event) => change({ topic: event.currentTarget.value })} error={errors.topic} />
        {!draft.programmeKey && <Text size="sm">{t("programmes.groups.form.chooseFirst")}</Text>}
        {options.state.status === "loading" && draft.programmeKey && <Loading />}
        {options.state.status === "failed" && <LoadFailed error={options.state.error} onRetry={options.reload} />}
        {choices && (
          <>
            <Checkbox.Group label={t("programmes.groups.form.facilitators")} value={draft.facilitatorIds} onChange={(ids) => change({ facilitatorIds: ids })} error={errors.facilitatorIds} withAsterisk>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
                {choices.facilitators.map((person) => (
                  <Checkbox key={person.userId} value={person.userId} label={<bdi>{person.name}</bdi>} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <AttendeePicker
              enrolments={choices.enrolments}
              chosen={draft.attendeeEnrolmentIds}
              onChosenChange={(ids) => change({ attendeeEnrolmentIds: ids })}
              headcount={draft.anonymousHeadcount}
              onHeadcountChange={(value) => change({ anonymousHeadcount: value })}
              headcountError={errors.anonymousHeadcount ?? errors.attendeeEnrolmentIds ?? null}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t("programmes.groups.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
