/** The emergency-access request: what it does and who is told, then the reason (at least 20 characters). */
import { Button, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { breakGlassBodySchema } from "../../../core/api/cases.js";
import { hasCode } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { casesApi } from "./cases-api.js";

export function BreakGlassForm({ caseId, onGranted }: { caseId: string; onGranted: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { reason: "" }, validate: zodValidate(breakGlassBodySchema, t) });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      await casesApi.breakGlass(caseId, breakGlassBodySchema.parse(values).reason);
      onGranted();
    } catch (error) {
      if (hasCode(error, "not_found")) setFormError(t("cases.breakGlass.noSuchCase"));
      else if (hasCode(error, "conflict")) onGranted();
      else throw error;
    }
  });
  const length = form.getValues().reason.trim().length;
  return (
    <Section title={t("cases.breakGlass.title")} className="emergency-panel">
      <Text>{t("cases.breakGlass.intro")}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t("cases.breakGlass.recorded")}</List.Item>
        <List.Item>{t("cases.breakGlass.alerted")}</List.Item>
        <List.Item>{t("cases.breakGlass.limits")}</List.Item>
      </List>
      <form onSubmit={submit} noValidate>
        <Stack maw={640}>
          <FormError message={formError} />
          <Textarea
            label={t("cases.breakGlass.reason")}
            description={t("cases.breakGlass.reasonHint", { typed: length })}
            required
            autosize
            minRows={3}
            maxLength={1000}
            dir="auto"
            {...form.getInputProps("reason")}
          />
          <Group>
            <Button type="submit" color="red" loading={form.submitting}>
              {t("cases.breakGlass.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
