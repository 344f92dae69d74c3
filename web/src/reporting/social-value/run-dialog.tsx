/**
 * "Run a calculation": what it covers (a site or every site, optionally one programme's cases, or
 * a contract), the months (a financial year, or months of one's own choosing), and the cost of the
 * work (the spend recorded for those sites and months, or an amount entered with where it comes
 * from). Checked with the server's own schema before sending; the server's refusals on their fields.
 */
import { Alert, Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { runCalculationBodySchema, type SocialValueOptions } from "../../../../core/api/social-value.js";
import { penceFromPounds } from "../../../../core/reporting/contracts.js";
import { financialYearMonths, financialYearOfMonth } from "../../../../core/social-value/index.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { fieldErrors } from "../contracts/form-checks.js";
import { socialValueApi } from "./social-value-api.js";
import { monthsText } from "./social-value-words.js";

interface RunValues {
  scopeKind: "sites" | "contract";
  /** A site's id, or "" for every site. */
  siteId: string;
  /** A programme's code, or "" for all the work. */
  programmeCode: string;
  contractId: string;
  /** The first year of a financial year ("2025" for 2025-26), or "custom". */
  period: string;
  from: string;
  to: string;
  costSource: "spend" | "entered";
  pounds: string;
  priceYear: string;
  note: string;
}

/** How many financial years the form offers, ending with the last one that has ended. */
const yearsOffered = 5;

/** Where each of the server's field paths is on this form. */
const formFieldOf: Record<string, keyof RunValues> = {
  "scope.siteId": "siteId",
  "scope.programmeCode": "programmeCode",
  "scope.contractId": "contractId",
  "months.from": "from",
  "months.to": "to",
  months: "to",
  "cost.source": "costSource",
  "cost.pence": "pounds",
  "cost.priceYear": "priceYear",
  "cost.note": "note",
};

/** The server's own messages about a calculation's scope and cost, in the reader's language. */
function runFieldWords(t: TFunction, message: string): string {
  const known: Record<string, string> = {
    "This site could not be found.": "socialValue.run.errors.noSite",
    "This programme could not be found.": "socialValue.run.errors.noProgramme",
    "This contract could not be found.": "socialValue.run.errors.noContract",
    "Spend is recorded by site, not by programme: enter what the programme's work cost.": "socialValue.run.errors.spendByProgramme",
  };
  return known[message] ? t(known[message]) : message;
}

export function RunDialog({ opened, onClose, onMade }: { opened: boolean; onClose: () => void; onMade: (calculationId: string) => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("socialValue.run.title")} size="lg">
      {opened && <RunOptions onCancel={onClose} onMade={onMade} />}
    </AppModal>
  );
}

function RunOptions({ onCancel, onMade }: { onCancel: () => void; onMade: (calculationId: string) => void }) {
  const options = useLoad(socialValueApi.options, []);
  if (options.state.status === "loading") return <Loading />;
  if (options.state.status === "failed") return <LoadFailed error={options.state.error} onRetry={options.reload} />;
  return <RunForm options={options.state.data} onCancel={onCancel} onMade={onMade} />;
}

function RunForm({ options, onCancel, onMade }: { options: SocialValueOptions; onCancel: () => void; onMade: (calculationId: string) => void }) {
  const { t } = useTranslation();
  const lastYear = Number(options.lastFinancialYear.from.slice(0, 4));
  const years = Array.from({ length: yearsOffered }, (_, back) => lastYear - back);
  const monthsOf = (values: RunValues) => (values.period === "custom" ? { from: values.from, to: values.to } : financialYearMonths(Number(values.period)));
  const bodyOf = (values: RunValues) => ({
    scope: values.scopeKind === "contract" ? { kind: "contract", contractId: values.contractId } : { kind: "sites", siteId: values.siteId === "" ? null : values.siteId, programmeCode: values.programmeCode === "" ? null : values.programmeCode },
    months: monthsOf(values),
    cost: values.costSource === "spend" ? { source: "spend" } : { source: "entered", pence: penceFromPounds(values.pounds) ?? Number.NaN, priceYear: values.priceYear, note: values.note },
  });
  const birmingham = options.sites[0]?.id ?? "";
  const form = useForm<RunValues>({
    initialValues: {
      scopeKind: "sites",
      siteId: birmingham,
      programmeCode: "",
      contractId: options.contracts[0]?.id ?? "",
      period: String(lastYear),
      from: options.lastFinancialYear.from,
      to: options.lastFinancialYear.to,
      costSource: "spend",
      pounds: "",
      priceYear: financialYearOfMonth(options.lastFinancialYear.to),
      note: "",
    },
    validate: (values) => {
      const errors = fieldErrors(runCalculationBodySchema, bodyOf(values), t, (path) => (path === "cost.pence" ? t(values.pounds.trim() === "" ? "validation.required" : "socialValue.run.poundsFormat") : undefined));
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [formFieldOf[path] ?? path, message]));
    },
  });
  const { formError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const made = await socialValueApi.run(runCalculationBodySchema.parse(bodyOf(values)));
      onMade(made.id);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0 && error.fields.every((field) => formFieldOf[field.path.replace(/^body\./, "")])) {
        for (const field of error.fields) form.setFieldError(formFieldOf[field.path.replace(/^body\./, "")]!, runFieldWords(t, field.message));
      } else showFailure(error);
    }
  });
  const values = form.values;
  const contract = options.contracts.find((each) => each.id === values.contractId);
  // Spend is recorded by site: a programme's cost (or a contract's limited to programmes) must be entered.
  const spendUnavailable = (values.scopeKind === "sites" && values.programmeCode !== "") || (values.scopeKind === "contract" && (contract?.hasProgrammes ?? false));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Radio.Group label={t("socialValue.run.covers")} {...form.getInputProps("scopeKind")}>
          <Group mt="xs">
            <Radio value="sites" label={t("socialValue.run.coversSites")} />
            <Radio value="contract" label={t("socialValue.run.coversContract")} disabled={options.contracts.length === 0} />
          </Group>
        </Radio.Group>
        {values.scopeKind === "sites" ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t("socialValue.run.site")} data={[...options.sites.map((site) => ({ value: site.id, label: site.name })), { value: "", label: t("socialValue.scope.everySite") }]} {...form.getInputProps("siteId")} />
            <NativeSelect
              label={t("socialValue.run.programme")}
              description={t("socialValue.run.programmeHint")}
              data={[{ value: "", label: t("socialValue.run.allWork") }, ...options.programmes.map((programme) => ({ value: programme.code, label: programme.title }))]}
              {...form.getInputProps("programmeCode")}
            />
          </SimpleGrid>
        ) : (
          <NativeSelect
            label={t("socialValue.run.contract")}
            description={t("socialValue.run.contractHint")}
            data={options.contracts.map((each) => ({ value: each.id, label: t("socialValue.run.contractChoice", { contract: each.name, funder: each.funderName }) }))}
            {...form.getInputProps("contractId")}
          />
        )}
        <NativeSelect
          label={t("socialValue.run.period")}
          data={[...years.map((year) => ({ value: String(year), label: t("socialValue.run.financialYear", { months: monthsText(t, financialYearMonths(year)) }) })), { value: "custom", label: t("socialValue.run.otherMonths") }]}
          {...form.getInputProps("period")}
        />
        {values.period === "custom" && (
          <Group align="flex-start" wrap="wrap">
            <TextInput type="month" label={t("socialValue.run.from")} placeholder="YYYY-MM" dir="ltr" max={options.lastWholeMonth} {...form.getInputProps("from")} />
            <TextInput type="month" label={t("socialValue.run.to")} placeholder="YYYY-MM" dir="ltr" max={options.lastWholeMonth} {...form.getInputProps("to")} />
          </Group>
        )}
        <Radio.Group label={t("socialValue.run.cost")} {...form.getInputProps("costSource")}>
          <Stack mt="xs" gap="xs">
            <Radio value="spend" label={t("socialValue.run.costSpend")} description={t("socialValue.run.costSpendHint")} disabled={spendUnavailable} />
            <Radio value="entered" label={t("socialValue.run.costEntered")} />
          </Stack>
        </Radio.Group>
        {spendUnavailable && values.costSource === "spend" && (
          <Alert color="orange" variant="light">
            {t("socialValue.run.errors.spendByProgramme")}
          </Alert>
        )}
        {values.costSource === "entered" && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t("socialValue.run.amount")} description={t("socialValue.run.amountHint")} required inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("pounds")} />
              <TextInput label={t("socialValue.run.priceYear")} description={t("socialValue.run.priceYearHint")} required dir="ltr" placeholder="2025-26" {...form.getInputProps("priceYear")} />
            </SimpleGrid>
            <TextInput label={t("socialValue.run.note")} description={t("socialValue.run.noteHint")} required maxLength={300} dir="auto" {...form.getInputProps("note")} />
          </>
        )}
        <Text size="sm" c="dimmed">
          {t("socialValue.run.explain")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("socialValue.run.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
