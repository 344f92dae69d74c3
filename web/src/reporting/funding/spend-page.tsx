/**
 * Spend (`/reports/funding/spend`), for administrators: for a period of whole months and a choice
 * of place (everything, the organisation-wide spend only, or one site), the summary by category
 * and by month, then the entries, newest month first, recorded, corrected and removed here.
 */
import { Button, Group, NativeSelect, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { spendCategories, type SpendCategory, type SpendView } from "../../../../core/api/funding.js";
import { shiftMonth } from "../../../../core/api/reporting-dashboard.js";
import type { MonthRange } from "../../../../core/reporting/catalogue.js";
import { monthLong } from "../../components/charts/month-names.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { errorMessage } from "../../api/error-messages.js";
import { isolate } from "../../i18n/format.js";
import { PeriodChooser } from "../dashboard/dashboard-choosers.js";
import { monthsOfPeriod } from "../dashboard/dashboard-periods.js";
import { fundingApi } from "./funding-api.js";
import { FundingPage } from "./funding-page.js";
import { londonMonthNow, pence } from "./funding-words.js";
import { SpendCharts } from "./spend-charts.js";
import { SpendDialog } from "./spend-dialog.js";
import { SpendTable, spendPageSize } from "./spend-table.js";

export function SpendPage() {
  const { t } = useTranslation();
  const lastWholeMonth = shiftMonth(londonMonthNow(), -1);
  const [months, setMonths] = useState<MonthRange>(monthsOfPeriod("last_12_months", lastWholeMonth));
  const [site, setSite] = useState("all");
  const [category, setCategory] = useState<SpendCategory | "">("");
  const [page, setPage] = useState(1);
  const [generation, setGeneration] = useState(0);
  const options = useLoad(fundingApi.options, []);
  const summary = useLoad(() => fundingApi.spendSummary({ months, site }), [months, site, generation]);
  const entries = useLoad(() => fundingApi.spend({ months, site, category: category || undefined, page, pageSize: spendPageSize }), [months, site, category, page, generation]);
  const [editing, setEditing] = useState<SpendView | "new" | null>(null);
  const [removing, setRemoving] = useState<SpendView | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const refresh = () => setGeneration((value) => value + 1);
  const choose = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  async function remove(spend: SpendView) {
    setIsRemoving(true);
    try {
      await fundingApi.removeSpend(spend.id);
      setRemoving(null);
      refresh();
    } catch (error) {
      setRemoveError(errorMessage(error, t));
    } finally {
      setIsRemoving(false);
    }
  }

  const ready = options.state.status === "ready" ? options.state.data : null;
  const places = [
    { value: "all", label: t("funding.spend.places.all") },
    { value: "organisation", label: t("funding.spend.places.organisation") },
    ...(ready?.sites.map((entry) => ({ value: entry.id, label: entry.name })) ?? []),
  ];

  return (
    <FundingPage title={t("funding.spend.title")} actions={<Button onClick={() => setEditing("new")} disabled={!ready}>{t("funding.spend.add")}</Button>}>
      <Text maw="70ch">{t("funding.spend.intro")}</Text>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <PeriodChooser lastWholeMonth={lastWholeMonth} months={months} onChange={choose(setMonths)} />
        <NativeSelect label={t("funding.spend.place")} value={site} onChange={(event) => choose(setSite)(event.currentTarget.value)} data={places} miw={200} />
      </Group>
      <Section title={t("funding.spend.summary.title")}>
        {summary.state.status === "loading" && <Loading />}
        {summary.state.status === "failed" && <LoadFailed error={summary.state.error} onRetry={summary.reload} />}
        {summary.state.status === "ready" && <SpendCharts summary={summary.state.data} />}
      </Section>
      <Section
        title={t("funding.spend.entries")}
        actions={
          <NativeSelect
            aria-label={t("funding.spend.categoryFilter")}
            value={category}
            onChange={(event) => choose(setCategory)(event.currentTarget.value as SpendCategory | "")}
            data={[{ value: "", label: t("funding.spend.allCategories") }, ...spendCategories.map((value) => ({ value, label: t(`funding.categories.${value}`) }))]}
          />
        }
      >
        {entries.state.status === "loading" && <Loading />}
        {entries.state.status === "failed" && <LoadFailed error={entries.state.error} onRetry={entries.reload} />}
        {entries.state.status === "ready" && (
          <SpendTable
            entries={entries.state.data.items}
            total={entries.state.data.total}
            totalPence={entries.state.data.totalPence}
            page={page}
            onPage={setPage}
            options={ready}
            onEdit={setEditing}
            onRemove={(spend) => {
              setRemoveError(null);
              setRemoving(spend);
            }}
          />
        )}
      </Section>
      {ready && (
        <SpendDialog
          options={ready}
          spend={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t("funding.spend.remove.title")}
        message={removing ? t("funding.spend.remove.message", { amount: isolate(pence(removing.amountPence)), month: isolate(monthLong(removing.month)), description: isolate(removing.description) }) : ""}
        confirmLabel={t("funding.spend.remove.confirm")}
        isBusy={isRemoving}
        error={removeError}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </FundingPage>
  );
}
