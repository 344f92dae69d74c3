/**
 * The organisation's disclosure settings (`/reports/disclosure`), for administrators: in plain
 * words what the threshold and the rounding do to every figure that leaves for a funder, with a
 * worked example that follows what is typed, and the form that changes them. The core's rules
 * are checked as the server checks them (the threshold never below 5).
 */
import { Button, Checkbox, Group, List, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { disclosureSettingsBodySchema, type DisclosureSettingsView } from "../../../../core/api/reporting-contracts.js";
import { disclosureSettingsSchema } from "../../../../core/disclosure/index.js";
import { FormError } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { ReportsPage } from "../reports-page.js";
import { contractsApi } from "./contracts-api.js";
import { DisclosureExample } from "./disclosure-example.js";
import { fieldErrors } from "./form-checks.js";

interface SettingsValues {
  threshold: number | "";
  roundingBase: number | "";
  followsThreshold: boolean;
  protectionWidth: number | "";
}

const bodyOf = (values: SettingsValues) => ({ threshold: values.threshold, roundingBase: values.roundingBase, protectionWidth: values.followsThreshold ? null : values.protectionWidth });

export function DisclosureSettingsPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(contractsApi.disclosureSettings, []);
  return (
    <ReportsPage title={t("disclosureSettings.title")}>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <SettingsForm view={state.data} onSaved={replace} />}
    </ReportsPage>
  );
}

function SettingsForm({ view, onSaved }: { view: DisclosureSettingsView; onSaved: (view: DisclosureSettingsView) => void }) {
  const { t } = useTranslation();
  const [isSaved, setSaved] = useState(false);
  const form = useForm<SettingsValues>({
    initialValues: { threshold: view.settings.threshold, roundingBase: view.settings.roundingBase, followsThreshold: view.settings.protectionWidth === null, protectionWidth: view.settings.protectionWidth ?? view.rules.threshold },
    validate: (values) =>
      fieldErrors(disclosureSettingsBodySchema, bodyOf(values), t, (path) => {
        if (path === "threshold") return t("disclosureSettings.errors.threshold", { lowest: view.lowestThreshold });
        if (path === "roundingBase") return t(values.roundingBase === "" || values.roundingBase < 1 ? "disclosureSettings.errors.roundingBase" : "disclosureSettings.errors.roundingBelowThreshold");
        if (path === "protectionWidth") return t("disclosureSettings.errors.protectionWidth");
        return undefined;
      }),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onSaved(await contractsApi.saveDisclosureSettings(disclosureSettingsBodySchema.parse(bodyOf(values))));
    form.resetDirty();
    setSaved(true);
  });
  // The example follows what is typed while it makes a valid set of rules, and the saved rules otherwise.
  const typed = form.getValues();
  const typedRules = disclosureSettingsSchema.safeParse({ threshold: typed.threshold, roundingBase: typed.roundingBase, ...(typed.followsThreshold ? {} : { protectionWidth: typed.protectionWidth }) });
  const rules = typedRules.success ? typedRules.data : view.rules;

  return (
    <>
      <Section title={t("disclosureSettings.explain.title")}>
        <Stack gap="xs" maw="75ch">
          <Text>{t("disclosureSettings.explain.intro")}</Text>
          <List spacing="xs">
            <List.Item>{t("disclosureSettings.explain.zero")}</List.Item>
            <List.Item>{t("disclosureSettings.explain.threshold", { threshold: rules.threshold, below: rules.threshold - 1 })}</List.Item>
            <List.Item>{t("disclosureSettings.explain.rounding", { base: rules.roundingBase })}</List.Item>
            <List.Item>{t("disclosureSettings.explain.secondary", { width: rules.protectionWidth })}</List.Item>
            <List.Item>{t("disclosureSettings.explain.rates")}</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t("disclosureSettings.explain.defaults", { threshold: view.defaults.threshold, base: view.defaults.roundingBase, lowest: view.lowestThreshold })}
          </Text>
        </Stack>
        <DisclosureExample rules={rules} />
      </Section>
      <Section title={t("disclosureSettings.form.title")}>
        <form onSubmit={submit} noValidate>
          <Stack maw={640}>
            <FormError message={formError} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput label={t("disclosureSettings.form.threshold")} description={t("disclosureSettings.form.thresholdHint", { lowest: view.lowestThreshold })} min={view.lowestThreshold} max={1000} allowDecimal={false} allowNegative={false} required dir="ltr" {...form.getInputProps("threshold")} />
              <NumberInput label={t("disclosureSettings.form.roundingBase")} description={t("disclosureSettings.form.roundingBaseHint")} min={1} max={1000} allowDecimal={false} allowNegative={false} required dir="ltr" {...form.getInputProps("roundingBase")} />
            </SimpleGrid>
            <Checkbox label={t("disclosureSettings.form.followsThreshold")} description={t("disclosureSettings.form.followsThresholdHint")} {...form.getInputProps("followsThreshold", { type: "checkbox" })} />
            {!typed.followsThreshold && (
              <NumberInput label={t("disclosureSettings.form.protectionWidth")} description={t("disclosureSettings.form.protectionWidthHint")} min={1} max={10_000} allowDecimal={false} allowNegative={false} required dir="ltr" {...form.getInputProps("protectionWidth")} />
            )}
            <Group>
              <Button type="submit" loading={form.submitting}>
                {t("common.save")}
              </Button>
              {isSaved && !form.isDirty() && (
                <Text size="sm" role="status">
                  {t("disclosureSettings.form.saved")}
                </Text>
              )}
            </Group>
          </Stack>
        </form>
      </Section>
    </>
  );
}
