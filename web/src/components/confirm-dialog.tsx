/** Asks "are you sure?" before an action that is hard to undo; focus starts on Cancel. */
import { Button, Group, Stack, Text } from "@mantine/core";
import { AppModal } from "./app-modal.js";
import { useTranslation } from "react-i18next";
import { FormError } from "./form-error.js";
import { useKeptWhileClosing } from "./kept-while-closing.js";

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  isBusy?: boolean;
  /** Why the action failed, shown in the dialog so the person can try again or cancel. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ opened, title, message, confirmLabel, isBusy, error = null, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const words = useKeptWhileClosing({ message, confirmLabel }, opened);
  return (
    <AppModal opened={opened} onClose={onCancel} title={title}>
      <Stack>
        <Text>{words.message}</Text>
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t("common.cancel")}
          </Button>
          <Button color="red" loading={isBusy} onClick={onConfirm}>
            {words.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
