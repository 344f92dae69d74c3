/**
 * Starting an assessment on a case: choose an instrument from the ones the organisation offers, and
 * the day it was done with the client (today unless it was earlier). Opens the new draft.
 */
import { Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { localIsoDate } from "../i18n/format.js";
import type { InstrumentSummary } from "../instruments/instruments-api.js";
import { assessmentsApi } from "./assessments-api.js";

interface StartAssessmentProps {
  caseId: string;
  instruments: readonly InstrumentSummary[];
  /** Preselected, from "start now" beside a re-assessment that is due. */
  instrumentKey: string | null;
  opened: boolean;
  onClose: () => void;
}

export function StartAssessmentDialog({ opened, onClose, ...form }: StartAssessmentProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("assessments.start.title")} size="lg">
      {opened && <StartForm {...form} onCancel={onClose} />}
    </AppModal>
  );
}

function StartForm({ caseId, instruments, instrumentKey, onCancel }: Omit<StartAssessmentProps, "opened" | "onClose"> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = localIsoDate(new Date());
  const [key, setKey] = useState(instrumentKey ?? "");
  const [assessedOn, setAssessedOn] = useState(today);
  const [errors, setErrors] = useState<{ key?: string; assessedOn?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const chosen = instruments.find((instrument) => instrument.key === key);

  async function start(): Promise<void> {
    const found = {
      ...(chosen ? {} : { key: t("assessments.start.chooseInstrument") }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(assessedOn) && assessedOn <= today ? {} : { assessedOn: t("assessments.start.dateNotFuture") }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    setError(null);
    try {
      const draft = await assessmentsApi.start(caseId, { instrumentKey: key, assessedOn });
      await navigate(`/assessments/${draft.id}`);
    } catch (failure) {
      setError(errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <Stack>
        <FormError message={error} />
        <NativeSelect
          label={t("assessments.start.instrument")}
          data={chooseFirst(t("assessments.start.choose"), instruments.map((instrument) => ({ value: instrument.key, label: instrument.title })))}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          error={errors.key}
          required
          data-autofocus
        />
        {chosen?.description && (
          <Text size="sm" c="dimmed" dir="auto">
            {chosen.description}
          </Text>
        )}
        <TextInput
          type="date"
          label={t("assessments.form.assessedOn")}
          description={t("assessments.start.dateHint")}
          value={assessedOn}
          max={today}
          onChange={(event) => setAssessedOn(event.currentTarget.value)}
          error={errors.assessedOn}
          required
          w={{ base: "100%", xs: 340 }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t("assessments.start.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
