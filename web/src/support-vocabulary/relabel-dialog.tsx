/**
 * Changing an entry's label: the organisation's own words, or for a built-in entry its own label
 * back (shown in each reader's language).
 */
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { relabelVocabularyEntryBodySchema } from "../../../core/api/support-vocabulary.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { supportVocabularyApi, type SupportVocabulary, type VocabularyListPath } from "./support-vocabulary-api.js";
import type { VocabularyRow } from "./vocabulary-table.js";

interface RelabelDialogProps {
  list: VocabularyListPath;
  row: VocabularyRow | null;
  onClose: () => void;
  onSaved: (vocabulary: SupportVocabulary) => void;
}

export function RelabelDialog({ list, row, onClose, onSaved }: RelabelDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={row !== null} onClose={onClose} title={t("supportVocabulary.relabelTitle")}>
      {row && <RelabelForm key={row.code} list={list} row={row} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function RelabelForm({ list, row, onCancel, onSaved }: { list: VocabularyListPath; row: VocabularyRow; onCancel: () => void; onSaved: (vocabulary: SupportVocabulary) => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { label: row.label }, validate: zodValidate(relabelVocabularyEntryBodySchema, t) });
  const { formError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => onSaved(await supportVocabularyApi.relabel(list, row.code, values.label)));
  async function useBuiltIn(): Promise<void> {
    try {
      onSaved(await supportVocabularyApi.useBuiltInLabel(list, row.code));
    } catch (error) {
      showFailure(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t("supportVocabulary.labelField")} description={t("supportVocabulary.labelHint")} required maxLength={100} dir="auto" data-autofocus {...form.getInputProps("label")} />
        {row.isBuiltIn && row.hasOwnLabel && (
          <Group gap="sm" align="center">
            <Button variant="subtle" onClick={() => void useBuiltIn()}>
              {t("supportVocabulary.useBuiltInLabel")}
            </Button>
            <Text size="sm" c="dimmed">
              {t("supportVocabulary.useBuiltInLabelHint")}
            </Text>
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
