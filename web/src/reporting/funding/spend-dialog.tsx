/**
 * Recording spend or correcting it: the month, where (a site or the organisation as a whole), the
 * category, the amount in pounds, a few words, and the grant it is charged to — offered only the
 * grants that run in that month and support that place.
 */
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { correctSpendBodySchema, recordSpendBodySchema, spendCategories, type FundingOptions, type SpendView } from "../../../../core/api/funding.js";
import { shiftMonth } from "../../../../core/api/reporting-dashboard.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { fundingApi } from "./funding-api.js";
import { londonMonthNow, placeFundingErrors } from "./funding-words.js";
import { chargeableGrants, organisationWideValue, spendBodyOf, spendValuesOf, validateSpend, type SpendValues } from "./spend-form-values.js";

interface SpendDialogProps {
  options: FundingOptions;
  /** "new" to record spend, an entry to correct it, null when closed. */
  spend: SpendView | "new" | null;
  onClose: () => void;
  onSaved: () => void;
}

export function SpendDialog({ options, spend, onClose, onSaved }: SpendDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={spend !== null} onClose={onClose} title={t(spend === "new" ? "funding.spend.form.addTitle" : "funding.spend.form.editTitle")} size="lg">
      {spend !== null && <SpendForm options={options} spend={spend === "new" ? null : spend} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function SpendForm({ options, spend, onCancel, onSaved }: { options: FundingOptions; spend: SpendView | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  // New spend starts on the month just ended: most is recorded once its invoices and payroll are in,
  // and it is the last month the spend page shows unless asked for the month under way.
  const form = useForm<SpendValues>({ initialValues: spendValuesOf(spend, shiftMonth(londonMonthNow(), -1)), validate: validateSpend(t, spend) });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = spendBodyOf(values, spend);
      if (spend) await fundingApi.correctSpend(spend.id, correctSpendBodySchema.parse(body));
      else await fundingApi.recordSpend(recordSpendBodySchema.parse(body));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("funding.stale"));
      else if (!placeFundingErrors(t, error, form.setFieldError)) showFailure(error);
    }
  });
  const grants = chargeableGrants(options, form.values, spend?.grantId ?? null);
  const places = [{ value: organisationWideValue, label: t("funding.organisationWide") }, ...options.sites.map((site) => ({ value: site.id, label: site.name }))];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="month" label={t("funding.spend.form.month")} description={t("funding.spend.form.monthHint")} required max={londonMonthNow()} placeholder="YYYY-MM" dir="ltr" data-autofocus {...form.getInputProps("month")} />
          <NativeSelect label={t("funding.spend.form.place")} required data={chooseFirst(t("funding.choose"), places)} {...form.getInputProps("siteId")} />
          <NativeSelect label={t("funding.spend.form.category")} required data={chooseFirst(t("funding.choose"), spendCategories.map((category) => ({ value: category, label: t(`funding.categories.${category}`) })))} {...form.getInputProps("category")} />
          <TextInput label={t("funding.spend.form.amount")} description={t("funding.poundsHint")} required inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("amountPence")} />
        </SimpleGrid>
        <TextInput label={t("funding.spend.form.description")} description={t("funding.spend.form.descriptionHint")} required maxLength={200} dir="auto" {...form.getInputProps("description")} />
        <NativeSelect
          label={t("funding.spend.form.grant")}
          description={t("funding.spend.form.grantHint")}
          data={[
            { value: "", label: t("funding.spend.form.noGrant") },
            ...grants.map((grant) => ({ value: grant.id, label: t("funding.spend.form.grantChoice", { funder: isolate(grant.funderName), purpose: isolate(grant.purpose), from: isolate(format.day(grant.startsOn)), to: isolate(format.day(grant.endedOn ?? grant.endsOn)) }) })),
          ]}
          {...form.getInputProps("grantId")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(spend ? "common.save" : "funding.spend.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
