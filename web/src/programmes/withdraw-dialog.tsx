/** Leaving the programme, with the reason and an optional note. The client can rejoin later where they left. */
import { Button, Group, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { withdrawalReasons } from "../../../core/programmes/programme.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import type { EnrolmentEvent } from "./programmes-api.js";
import { stepFailureMessage } from "./step-failure.js";

interface WithdrawDialogProps {
  opened: boolean;
  onClose: () => void;
  onSend: (event: EnrolmentEvent, done: string) => Promise<void>;
}

export function WithdrawDialog({ opened, onClose, onSend }: WithdrawDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("programmes.withdraw.title")} size="lg">
      {opened && <WithdrawForm onSend={onSend} onCancel={onClose} />}
    </AppModal>
  );
}

function WithdrawForm({ onSend, onCancel }: { onSend: WithdrawDialogProps["onSend"]; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(): Promise<void> {
    const chosen = withdrawalReasons.find((code) => code === reason);
    if (!chosen) {
      setReasonError(t("programmes.withdraw.reasonNeeded"));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      await onSend({ type: "withdraw", reason: chosen, ...(note.trim() ? { note: note.trim() } : {}) }, "programmes.withdraw.done");
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
        <Text size="sm">{t("programmes.withdraw.intro")}</Text>
        <FormError message={error} />
        <NativeSelect
          label={t("programmes.withdraw.reason")}
          data={chooseFirst(t("programmes.withdraw.choose"), withdrawalReasons.map((code) => ({ value: code, label: t(`programmes.withdrawalReasons.${code}`) })))}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
          error={reasonError}
          required
          data-autofocus
        />
        <Textarea label={t("programmes.withdraw.note")} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={4000} dir="auto" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isBusy}>
            {t("programmes.withdraw.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
