/**
 * Adding a grant or changing one: the funder, what it pays for, how much and over which period,
 * the funder's restrictions (staff only), the sites and programmes it supports (none: all), and
 * whether the public site lists it and its amount. The server's field errors land on their fields.
 */
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createGrantBodySchema, updateGrantBodySchema, type FundingOptions, type GrantView } from "../../../../core/api/funding.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { fundingApi } from "./funding-api.js";
import { placeFundingErrors } from "./funding-words.js";
import { grantBodyOf, grantValuesOf, validateGrant, type GrantValues } from "./grant-form-values.js";

interface GrantDialogProps {
  options: FundingOptions;
  /** "new" to add one, a grant to change it, null when closed. */
  grant: GrantView | "new" | null;
  onClose: () => void;
  onSaved: (grant: GrantView) => void;
}

export function GrantDialog({ options, grant, onClose, onSaved }: GrantDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={grant !== null} onClose={onClose} title={t(grant === "new" ? "funding.grants.form.addTitle" : "funding.grants.form.editTitle")} size="xl">
      {grant !== null && <GrantForm options={options} grant={grant === "new" ? null : grant} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function GrantForm({ options, grant, onCancel, onSaved }: { options: FundingOptions; grant: GrantView | null; onCancel: () => void; onSaved: (grant: GrantView) => void }) {
  const { t } = useTranslation();
  const form = useForm<GrantValues>({ initialValues: grantValuesOf(grant), validate: validateGrant(t, grant) });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = grantBodyOf(values, grant);
      onSaved(grant ? await fundingApi.updateGrant(grant.id, updateGrantBodySchema.parse(body)) : await fundingApi.createGrant(createGrantBodySchema.parse(body)));
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("funding.stale"));
      else if (!placeFundingErrors(t, error, form.setFieldError)) showFailure(error);
    }
  });
  // An inactive funder takes no new grants, but a grant keeps the funder it has.
  const funders = options.funders.filter((funder) => funder.isActive || funder.id === grant?.funderId);
  const programmes = options.programmes.filter((programme) => !programme.isRetired || grant?.programmeCodes.includes(programme.code));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <NativeSelect label={t("funding.grants.form.funder")} required data={chooseFirst(t("funding.choose"), funders.map((funder) => ({ value: funder.id, label: funder.name })))} data-autofocus {...form.getInputProps("funderId")} />
        <TextInput label={t("funding.grants.form.purpose")} description={t("funding.grants.form.purposeHint")} required maxLength={200} dir="auto" {...form.getInputProps("purpose")} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t("funding.grants.form.amount")} description={t("funding.poundsHint")} required inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("amountPence")} />
          <TextInput type="date" label={t("funding.grants.form.startsOn")} required {...form.getInputProps("startsOn")} />
          <TextInput type="date" label={t("funding.grants.form.endsOn")} required min={form.values.startsOn || undefined} {...form.getInputProps("endsOn")} />
        </SimpleGrid>
        <Textarea label={t("funding.grants.form.restrictions")} description={t("funding.grants.form.restrictionsHint")} autosize minRows={2} maxRows={6} maxLength={2000} dir="auto" {...form.getInputProps("restrictions")} />
        <Checkbox.Group label={t("funding.grants.form.sites")} description={t("funding.grants.form.sitesHint")} {...form.getInputProps("siteIds")}>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt="xs">
            {options.sites.map((site) => (
              <Checkbox key={site.id} value={site.id} label={<bdi>{site.name}</bdi>} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group label={t("funding.grants.form.programmes")} description={t("funding.grants.form.programmesHint")} {...form.getInputProps("programmeCodes")}>
          <Stack gap={6} mt="xs">
            {programmes.map((programme) => (
              <Checkbox key={programme.code} value={programme.code} label={<bdi>{programme.title}</bdi>} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox label={t("funding.grants.form.isDisclosed")} description={t("funding.grants.form.isDisclosedHint")} {...form.getInputProps("isDisclosed", { type: "checkbox" })} />
        <Checkbox
          label={t("funding.grants.form.isAmountDisclosed")}
          description={t("funding.grants.form.isAmountDisclosedHint")}
          disabled={!form.values.isDisclosed}
          ms="lg"
          {...form.getInputProps("isAmountDisclosed", { type: "checkbox" })}
          checked={form.values.isDisclosed && form.values.isAmountDisclosed}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(grant ? "common.save" : "funding.grants.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
