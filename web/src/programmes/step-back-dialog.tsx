/**
 * Stepping back a phase, usually after a relapse. Relapse is part of recovery: the wording is
 * neutral, the reason is a plain choice, and the note says what happened for the people who work
 * with the client next. The client goes back to the previous phase, or to an earlier one chosen.
 */
import { Button, Group, NativeSelect, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { stepBackReasons } from "../../../core/programmes/programme.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { isolate } from "../i18n/format.js";
import type { EnrolmentDetail, EnrolmentEvent } from "./programmes-api.js";
import { stepFailureMessage } from "./step-failure.js";

interface StepBackDialogProps {
  opened: boolean;
  enrolment: EnrolmentDetail;
  onClose: () => void;
  onSend: (event: EnrolmentEvent, done: string) => Promise<void>;
}

export function StepBackDialog({ opened, onClose, ...form }: StepBackDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("programmes.stepBack.title")} size="lg">
      {opened && <StepBackForm {...form} onCancel={onClose} />}
    </AppModal>
  );
}

function StepBackForm({ enrolment, onSend, onCancel }: Omit<StepBackDialogProps, "opened" | "onClose"> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const currentIndex = enrolment.currentPhase?.index ?? 0;
  const earlier = enrolment.phases.slice(0, currentIndex);
  const [reason, setReason] = useState<(typeof stepBackReasons)[number]>("relapse");
  const [toPhaseId, setToPhaseId] = useState(earlier.at(-1)?.id ?? "");
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(): Promise<void> {
    if (note.trim() === "") {
      setNoteError(t("programmes.stepBack.noteNeeded"));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const isPrevious = toPhaseId === earlier.at(-1)?.id;
      await onSend({ type: "step_back", reason, note: note.trim(), ...(isPrevious ? {} : { toPhaseId }) }, "programmes.stepBack.done");
    } catch (failure) {
      setError(stepFailureMessage(failure, t));
      setIsBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Text size="sm">{t("programmes.stepBack.intro")}</Text>
        <FormError message={error} />
        <Radio.Group label={t("programmes.stepBack.reason")} value={reason} onChange={(value) => setReason(value === "other" ? "other" : "relapse")}>
          <Stack gap={6} mt={6}>
            {stepBackReasons.map((code) => (
              <Radio key={code} value={code} label={t(`programmes.stepBackReasons.${code}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <NativeSelect
          label={t("programmes.stepBack.toPhase")}
          data={earlier.map((phase, index) => ({ value: phase.id, label: t("programmes.stepBack.phaseOption", { number: index + 1, title: isolate(phase.title) }) }))}
          value={toPhaseId}
          onChange={(event) => setToPhaseId(event.currentTarget.value)}
        />
        <Textarea
          label={t("programmes.stepBack.note")}
          description={t("programmes.stepBack.noteHint")}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setNoteError(null);
          }}
          error={noteError}
          required
          autosize
          minRows={3}
          maxLength={4000}
          dir="auto"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t("programmes.stepBack.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
