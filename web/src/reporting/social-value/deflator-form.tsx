/**
 * The GDP-deflator table as a form: which publication it is (name, reference year, source and
 * date) and its rows, a price year and its index each. None are shipped: until the years a
 * calculation needs are entered, its figures are not uprated and its report says so.
 */
import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { putDeflatorsBodySchema, type DeflatorsView } from "../../../../core/api/social-value.js";
import { ApiError } from "../../api/api-error.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { fieldErrors } from "../contracts/form-checks.js";
import { socialValueApi } from "./social-value-api.js";

interface DeflatorValues {
  series: { name: string; reference: string; source: { citation: string; url: string }; publishedOn: string; rows: { year: string; index: string }[] };
}

export function DeflatorForm({ deflators, isJustSaved, onSaved }: { deflators: DeflatorsView; isJustSaved: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { series } = deflators;
  const bodyOf = (values: DeflatorValues) => ({
    series: {
      name: values.series.name,
      reference: values.series.reference,
      source: { citation: values.series.source.citation, url: values.series.source.url.trim() === "" ? null : values.series.source.url.trim() },
      publishedOn: values.series.publishedOn.trim() === "" ? null : values.series.publishedOn,
      rows: values.series.rows.map((row) => ({ year: row.year.trim(), index: row.index.trim() === "" ? Number.NaN : Number(row.index.replace(",", ".")) })),
    },
    version: deflators.version,
  });
  const form = useForm<DeflatorValues>({
    initialValues: {
      series: {
        name: series.name,
        reference: series.reference,
        source: { citation: series.source.citation, url: series.source.url ?? "" },
        publishedOn: series.publishedOn ?? "",
        rows: series.rows.map((row) => ({ year: row.year, index: String(row.index) })),
      },
    },
    validate: (values) => fieldErrors(putDeflatorsBodySchema, bodyOf(values), t, (path) => (path === "series.rows" ? t("socialValue.deflators.eachYearOnce") : undefined)),
  });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      await socialValueApi.changeDeflators(putDeflatorsBodySchema.parse(bodyOf(values)));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("socialValue.stale"));
      else showFailure(error);
    }
  });
  return (
    <Section title={t("socialValue.deflators.title")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          {isJustSaved && <Alert color="green">{t("socialValue.settings.saved")}</Alert>}
          <Text size="sm" maw="75ch">
            {t("socialValue.deflators.intro")}{" "}
            {series.source.url && (
              <Anchor href={series.source.url} target="_blank" rel="noreferrer">
                {t("socialValue.deflators.whereFrom")}
              </Anchor>
            )}
          </Text>
          {series.rows.length === 0 && <Alert color="orange">{t("socialValue.deflators.none")}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t("socialValue.deflators.name")} required dir="auto" {...form.getInputProps("series.name")} />
            <TextInput label={t("socialValue.deflators.reference")} description={t("socialValue.deflators.referenceHint")} required dir="auto" {...form.getInputProps("series.reference")} />
            <TextInput label={t("socialValue.entry.citation")} required dir="auto" {...form.getInputProps("series.source.citation")} />
            <TextInput label={t("socialValue.entry.url")} type="url" dir="ltr" {...form.getInputProps("series.source.url")} />
            <TextInput label={t("socialValue.deflators.publishedOn")} type="date" dir="ltr" {...form.getInputProps("series.publishedOn")} />
          </SimpleGrid>
          {form.values.series.rows.length > 0 && (
          <Table verticalSpacing={4} maw={480} aria-label={t("socialValue.deflators.rows")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("socialValue.catalogue.priceYear")}</Table.Th>
                <Table.Th>{t("socialValue.deflators.index")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.values.series.rows.map((_, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput aria-label={t("socialValue.catalogue.priceYear")} placeholder="2013-14" dir="ltr" {...form.getInputProps(`series.rows.${index}.year`)} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={t("socialValue.deflators.index")} inputMode="decimal" dir="ltr" {...form.getInputProps(`series.rows.${index}.index`)} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem("series.rows", index)}>
                      {t("socialValue.settings.remove")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          )}
          {form.errors["series.rows"] && (
            <Text c="red" size="sm">
              {form.errors["series.rows"]}
            </Text>
          )}
          <div>
            <Button size="xs" variant="default" onClick={() => form.insertListItem("series.rows", { year: "", index: "" })}>
              {t("socialValue.deflators.addRow")}
            </Button>
          </div>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {deflators.updatedByName ? t("socialValue.settings.lastChanged", { name: isolate(deflators.updatedByName), at: isolate(format.dateTime(deflators.updatedAt)) }) : t("socialValue.settings.asShipped")}
            </Text>
            <Button type="submit" loading={form.submitting}>
              {t("socialValue.deflators.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
