/**
 * Asks for the reason before an action that needs one (cancelling a meeting, an action): a short
 * text, checked for being there, then handed to `onSubmit`; a failure is shown in the dialog.
 */
import { Button, Group, Text, Textarea } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "./app-modal.js";
import { FormError } from "./form-error.js";

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  /** What is about to happen, above the reason. */
  intro?: ReactNode;
  label: string;
  confirmLabel: string;
  maxLength: number;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}

export function ReasonDialog({ opened, title, intro, label, confirmLabel, maxLength, onClose, onSubmit }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isMissing, setIsMissing] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const close = () => {
    setReason("");
    setError(null);
    setIsMissing(false);
    onClose();
  };

  async function submit(): Promise<void> {
    setIsMissing(reason.trim() === "");
    if (reason.trim() === "") return;
    setIsBusy(true);
    try {
      await onSubmit(reason.trim());
      setReason("");
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <AppModal opened={opened} onClose={close} title={title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormError message={error} />
        {intro && (
          <Text size="sm" mb="sm" dir="auto">
            {intro}
          </Text>
        )}
        <Textarea
          label={label}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={isMissing ? t("common.reasonNeeded") : undefined}
          autosize
          minRows={2}
          maxLength={maxLength}
          dir="auto"
          required
          data-autofocus
        />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red" loading={isBusy}>
            {confirmLabel}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
