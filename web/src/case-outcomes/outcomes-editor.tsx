/**
 * Rows of outcomes to record: each picks an outcome the organisation offers now (retired ones are
 * not offered), the day it was achieved (not after today) and what shows it. Used when closing a
 * case and when adding outcomes to a closed one; the fields are the form's `outcomes.<n>.…`, so
 * the server's field errors land on the row and field they name.
 */
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { chooseFirst } from "../components/choose-first.js";
import { localIsoDate } from "../i18n/format.js";
import { closureOutcomeLabel } from "../support-vocabulary/labels.js";
import type { OutcomeType } from "../support-vocabulary/support-vocabulary-api.js";

export interface OutcomeRow {
  code: string;
  achievedOn: string;
  evidence: string;
}

export const emptyOutcome = (): OutcomeRow => ({ code: "", achievedOn: "", evidence: "" });


interface OutcomesEditorProps {
  form: UseFormReturnType<{ outcomes: OutcomeRow[] }>;
  /** The organisation's closure outcomes; only those not retired are offered. */
  vocabulary: readonly OutcomeType[];
  hint?: string;
}

export function OutcomesEditor({ form, vocabulary, hint }: OutcomesEditorProps) {
  const { t } = useTranslation();
  const rows = form.getValues().outcomes;
  const offered = chooseFirst(
    t("caseOutcomes.editor.choose"),
    vocabulary.filter((outcome) => !outcome.isRetired).map((outcome) => ({ value: outcome.code, label: closureOutcomeLabel(outcome.code, t, vocabulary) })),
  );
  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
      <Text component="legend" fw={600} size="sm" p={0}>
        {t("caseOutcomes.editor.legend")}
      </Text>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      {rows.length === 0 && <Text size="sm">{t("caseOutcomes.editor.empty")}</Text>}
      {rows.map((_row, index) => {
        const number = index + 1;
        return (
          <Paper key={form.key(`outcomes.${index}`)} withBorder p="sm" component="fieldset" m={0} aria-label={t("caseOutcomes.editor.row", { number })}>
            <Stack gap="xs">
              <Group grow align="flex-start" wrap="wrap">
                <NativeSelect label={t("caseOutcomes.editor.outcome")} data={offered} required miw={220} {...form.getInputProps(`outcomes.${index}.code`)} />
                <TextInput label={t("caseOutcomes.editor.achievedOn")} type="date" max={localIsoDate(new Date())} required miw={160} {...form.getInputProps(`outcomes.${index}.achievedOn`)} />
              </Group>
              <Textarea
                label={t("caseOutcomes.editor.evidence")}
                description={t("caseOutcomes.editor.evidenceHint")}
                required
                autosize
                minRows={2}
                maxLength={2000}
                dir="auto"
                {...form.getInputProps(`outcomes.${index}.evidence`)}
              />
              <Group justify="flex-end">
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeListItem("outcomes", index)} aria-label={t("caseOutcomes.editor.removeNamed", { number })}>
                  {t("caseOutcomes.editor.remove")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" size="sm" onClick={() => form.insertListItem("outcomes", emptyOutcome())}>
          {t("caseOutcomes.editor.add")}
        </Button>
      </Group>
    </Stack>
  );
}
