/**
 * The discounting settings as a form: each schedule's rates (a rate and the year it applies from,
 * as percentages), the optimism-bias reduction for each confidence grade, and the price year to
 * bring figures to (empty: the financial year in which each calculation's period ends).
 */
import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { putSettingsBodySchema, type SettingsView } from "../../../../core/api/social-value.js";
import { confidenceGrades } from "../../../../core/social-value/index.js";
import { ApiError } from "../../api/api-error.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { fieldErrors } from "../contracts/form-checks.js";
import { socialValueApi } from "./social-value-api.js";

type Band = { fromYear: string; rate: string };
interface DiscountingValues {
  discounting: { standard: Band[]; health: Band[] };
  optimismBias: Record<string, string>;
  targetPriceYear: string;
}

const percent = (share: number) => String(Math.round(share * 100_000) / 1000);
const share = (written: string) => (written.trim() === "" ? Number.NaN : Math.round(Number(written.replace(",", ".")) * 1000) / 100_000);

export function DiscountingForm({ settings, isJustSaved, onSaved }: { settings: SettingsView; isJustSaved: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bodyOf = (values: DiscountingValues) => ({
    discounting: {
      standard: values.discounting.standard.map((band) => ({ fromYear: Number(band.fromYear), rate: share(band.rate) })),
      health: values.discounting.health.map((band) => ({ fromYear: Number(band.fromYear), rate: share(band.rate) })),
    },
    optimismBias: Object.fromEntries(confidenceGrades.map((grade) => [grade, share(values.optimismBias[grade] ?? "")])),
    targetPriceYear: values.targetPriceYear.trim() === "" ? null : values.targetPriceYear.trim(),
    version: settings.version,
  });
  const form = useForm<DiscountingValues>({
    initialValues: {
      discounting: {
        standard: settings.discounting.standard.map((band) => ({ fromYear: String(band.fromYear), rate: percent(band.rate) })),
        health: settings.discounting.health.map((band) => ({ fromYear: String(band.fromYear), rate: percent(band.rate) })),
      },
      optimismBias: Object.fromEntries(confidenceGrades.map((grade) => [grade, percent(settings.optimismBias[grade])])),
      targetPriceYear: settings.targetPriceYear ?? "",
    },
    validate: (values) => fieldErrors(putSettingsBodySchema, bodyOf(values), t, (path) => (path.endsWith(".rate") || path.startsWith("optimismBias.") ? t("socialValue.settings.percentFormat") : undefined)),
  });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      await socialValueApi.changeSettings(putSettingsBodySchema.parse(bodyOf(values)));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("socialValue.stale"));
      else showFailure(error);
    }
  });
  const schedule = (kind: "standard" | "health") => (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t(`socialValue.settings.schedules.${kind}`)}
      </Title>
      <Table verticalSpacing={4} maw={420} aria-label={t(`socialValue.settings.schedules.${kind}`)}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("socialValue.settings.fromYear")}</Table.Th>
            <Table.Th>{t("socialValue.settings.rate")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.values.discounting[kind].map((_, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                <TextInput aria-label={t("socialValue.settings.fromYear")} inputMode="numeric" dir="ltr" disabled={index === 0} {...form.getInputProps(`discounting.${kind}.${index}.fromYear`)} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t("socialValue.settings.rate")} inputMode="decimal" dir="ltr" rightSection="%" {...form.getInputProps(`discounting.${kind}.${index}.rate`)} />
              </Table.Td>
              <Table.Td>
                {index > 0 && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem(`discounting.${kind}`, index)}>
                    {t("socialValue.settings.remove")}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div>
        <Button size="xs" variant="default" onClick={() => form.insertListItem(`discounting.${kind}`, { fromYear: "", rate: "" })}>
          {t("socialValue.settings.addRate")}
        </Button>
      </div>
    </Stack>
  );
  return (
    <Section title={t("socialValue.settings.discountingTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          {isJustSaved && <Alert color="green">{t("socialValue.settings.saved")}</Alert>}
          <Text size="sm">{t("socialValue.settings.discountingIntro")}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {schedule("standard")}
            {schedule("health")}
          </SimpleGrid>
          <Title order={3} size="h5">
            {t("socialValue.settings.optimismBias")}
          </Title>
          <Text size="sm">{t("socialValue.settings.optimismBiasIntro")}</Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
            {confidenceGrades.map((grade) => (
              <TextInput key={grade} label={t("socialValue.settings.grade", { grade })} inputMode="decimal" dir="ltr" rightSection="%" {...form.getInputProps(`optimismBias.${grade}`)} />
            ))}
          </SimpleGrid>
          <TextInput label={t("socialValue.settings.targetPriceYear")} description={t("socialValue.settings.targetPriceYearHint")} placeholder="2025-26" dir="ltr" maw={320} {...form.getInputProps("targetPriceYear")} />
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {settings.updatedByName ? t("socialValue.settings.lastChanged", { name: isolate(settings.updatedByName), at: isolate(format.dateTime(settings.updatedAt)) }) : t("socialValue.settings.asShipped")}
            </Text>
            <Button type="submit" loading={form.submitting}>
              {t("socialValue.settings.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
