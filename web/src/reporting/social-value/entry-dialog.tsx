/**
 * Adding a code to the unit-cost catalogue or changing an entry: what one unit is, who bears the
 * cost, its fiscal, economic and social values in pounds, the price year, the source and how far
 * it can be trusted. A change is kept as the entry's next version; the server refuses one made to
 * a version someone has since replaced.
 */
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createCatalogueEntryBodySchema, updateCatalogueEntryBodySchema } from "../../../../core/api/social-value.js";
import { penceFromPounds, poundsFromPence } from "../../../../core/reporting/contracts.js";
import { confidenceGrades, costBearingAgencies, costUnits, discountClasses, type UnitCostEntry } from "../../../../core/social-value/index.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { fieldErrors } from "../contracts/form-checks.js";
import { socialValueApi } from "./social-value-api.js";

interface EntryValues {
  code: string;
  description: string;
  unit: string;
  /** An agency, or "" for none. */
  agency: string;
  /** Pounds as written; named for the fields the server reports on. */
  fiscalPence: string;
  economicPence: string;
  socialPence: string;
  priceYear: string;
  source: { citation: string; url: string };
  confidenceGrade: string;
  discountClass: string;
  overlapGroup: string;
  caveat: string;
}

const money = (pence: number | null) => (pence === null ? "" : poundsFromPence(pence));
const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function EntryDialog({ entry, onClose, onSaved }: { entry: UnitCostEntry | "new" | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={entry !== null} onClose={onClose} title={entry === "new" || entry === null ? t("socialValue.entry.addTitle") : t("socialValue.entry.changeTitle", { code: entry.code })} size="xl">
      {entry !== null && <EntryForm entry={entry === "new" ? null : entry} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function EntryForm({ entry, onCancel, onSaved }: { entry: UnitCostEntry | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const pence = (written: string) => (written.trim() === "" ? null : (penceFromPounds(written) ?? Number.NaN));
  const bodyOf = (values: EntryValues) => {
    const fields = {
      description: values.description,
      unit: values.unit,
      agency: values.agency === "" ? null : values.agency,
      fiscalPence: pence(values.fiscalPence),
      economicPence: pence(values.economicPence),
      socialPence: pence(values.socialPence),
      priceYear: values.priceYear.trim(),
      source: { citation: values.source.citation, url: orNull(values.source.url) },
      confidenceGrade: Number(values.confidenceGrade),
      discountClass: values.discountClass,
      overlapGroup: orNull(values.overlapGroup),
      caveat: orNull(values.caveat),
    };
    return entry ? { ...fields, version: entry.version } : { ...fields, code: values.code.trim() };
  };
  const form = useForm<EntryValues>({
    initialValues: {
      code: entry?.code ?? "",
      description: entry?.description ?? "",
      unit: entry?.unit ?? "per_incident",
      agency: entry?.agency ?? "",
      fiscalPence: money(entry?.fiscalPence ?? null),
      economicPence: money(entry?.economicPence ?? null),
      socialPence: money(entry?.socialPence ?? null),
      priceYear: entry?.priceYear ?? "",
      source: { citation: entry?.source.citation ?? "", url: entry?.source.url ?? "" },
      confidenceGrade: String(entry?.confidenceGrade ?? 3),
      discountClass: entry?.discountClass ?? "standard",
      overlapGroup: entry?.overlapGroup ?? "",
      caveat: entry?.caveat ?? "",
    },
    validate: (values) =>
      fieldErrors(entry ? updateCatalogueEntryBodySchema : createCatalogueEntryBodySchema, bodyOf(values), t, (path, issue) => {
        if (issue.code === "custom") return path === "agency" ? t("socialValue.entry.needsAgency") : path === "fiscalPence" ? t("socialValue.entry.needsValue") : undefined;
        return path.endsWith("Pence") ? t("socialValue.entry.poundsFormat") : undefined;
      }),
  });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      if (entry) await socialValueApi.changeEntry(entry.code, updateCatalogueEntryBodySchema.parse(bodyOf(values)));
      else await socialValueApi.addEntry(createCatalogueEntryBodySchema.parse(bodyOf(values)));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict" && error.fields.length === 0) setFormError(t("socialValue.stale"));
      else if (error instanceof ApiError && error.code === "conflict") form.setFieldError("code", t("socialValue.entry.codeTaken"));
      else showFailure(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {entry && <Text size="sm">{t("socialValue.entry.versionNote", { version: entry.version + 1 })}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t("socialValue.catalogue.code")} description={t("socialValue.entry.codeHint")} required disabled={entry !== null} dir="ltr" maxLength={40} data-autofocus {...form.getInputProps("code")} />
          <NativeSelect label={t("socialValue.entry.unit")} data={costUnits.map((unit) => ({ value: unit, label: t(`socialValue.units.${unit}`) }))} {...form.getInputProps("unit")} />
          <TextInput label={t("socialValue.catalogue.priceYear")} description={t("socialValue.entry.priceYearHint")} required dir="ltr" placeholder="2013-14" {...form.getInputProps("priceYear")} />
        </SimpleGrid>
        <TextInput label={t("socialValue.catalogue.description")} description={t("socialValue.entry.descriptionHint")} required maxLength={300} dir="auto" {...form.getInputProps("description")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t("socialValue.catalogue.agency")} description={t("socialValue.entry.agencyHint")} data={[{ value: "", label: t("socialValue.entry.noAgency") }, ...costBearingAgencies.map((agency) => ({ value: agency, label: t(`socialValue.agencies.${agency}`) }))]} {...form.getInputProps("agency")} />
          <NativeSelect label={t("socialValue.entry.discountClass")} description={t("socialValue.entry.discountClassHint")} data={discountClasses.map((each) => ({ value: each, label: t(`socialValue.discountClasses.${each}`) }))} {...form.getInputProps("discountClass")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t("socialValue.kinds.fiscal")} description={t("socialValue.entry.valueHint")} inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("fiscalPence")} />
          <TextInput label={t("socialValue.kinds.economic")} description={t("socialValue.entry.valueHint")} inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("economicPence")} />
          <TextInput label={t("socialValue.kinds.social")} description={t("socialValue.entry.valueHint")} inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("socialPence")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("socialValue.entry.citation")} required maxLength={300} dir="auto" {...form.getInputProps("source.citation")} />
          <TextInput label={t("socialValue.entry.url")} type="url" dir="ltr" placeholder="https://" {...form.getInputProps("source.url")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect label={t("socialValue.catalogue.grade")} description={t("socialValue.entry.gradeHint")} data={confidenceGrades.map((grade) => ({ value: String(grade), label: t(`socialValue.grades.${grade}`) }))} {...form.getInputProps("confidenceGrade")} />
          <TextInput label={t("socialValue.entry.overlapGroup")} description={t("socialValue.entry.overlapGroupHint")} dir="ltr" maxLength={40} {...form.getInputProps("overlapGroup")} />
        </SimpleGrid>
        <Textarea label={t("socialValue.entry.caveat")} description={t("socialValue.entry.caveatHint")} autosize minRows={2} maxRows={5} maxLength={500} dir="auto" {...form.getInputProps("caveat")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(entry ? "socialValue.entry.saveVersion" : "socialValue.entry.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
