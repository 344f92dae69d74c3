/**
 * Adding outcomes noticed after the case closed (offered to managers at the site, on a closed case):
 * the same rows as when closing, checked by the server against this closure's outcomes.
 */
import { Button, Group, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { addCaseOutcomesBodySchema } from "../../../core/api/case-outcomes.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { localIsoDate } from "../i18n/format.js";
import type { OutcomeType } from "../support-vocabulary/support-vocabulary-api.js";
import { caseOutcomesApi, type CaseOutcomeList } from "./case-outcomes-api.js";
import { outcomeRowErrors } from "./outcome-rows.js";
import { emptyOutcome, OutcomesEditor, type OutcomeRow } from "./outcomes-editor.js";

interface AddOutcomesFormProps {
  caseId: string;
  vocabulary: readonly OutcomeType[];
  onSaved: (list: CaseOutcomeList) => void;
}

export function AddOutcomesForm({ caseId, vocabulary, onSaved }: AddOutcomesFormProps) {
  const { t } = useTranslation();
  const form = useForm<{ outcomes: OutcomeRow[] }>({
    initialValues: { outcomes: [emptyOutcome()] },
    validate: (values) => ({ ...zodValidate(addCaseOutcomesBodySchema, t)(values), ...outcomeRowErrors(values.outcomes, localIsoDate(new Date()), t) }),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onSaved(await caseOutcomesApi.add(caseId, addCaseOutcomesBodySchema.parse(values).outcomes));
    form.setValues({ outcomes: [emptyOutcome()] });
  });
  return (
    <Section title={t("caseOutcomes.addTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("caseOutcomes.addHint")}</Text>
          <FormError message={formError} />
          <OutcomesEditor form={form} vocabulary={vocabulary} />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} disabled={form.getValues().outcomes.length === 0}>
              {t("caseOutcomes.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
