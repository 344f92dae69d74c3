/**
 * What a dashboard shows: one of the sites the user may read, or the whole organisation where it is
 * offered; and a period of whole months — the last 12 months, this year so far, last year, a
 * quarter, or months of the user's own choosing, checked as the server checks them before they are
 * asked for.
 */
import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { maxDashboardMonths, monthRangeProblem } from "../../../../core/api/reporting-dashboard.js";
import type { MonthRange } from "../../../../core/reporting/catalogue.js";
import { quarterMonths } from "../../../../core/reporting/kpi.js";
import { monthLong } from "../../components/charts/month-names.js";
import type { DashboardOptions } from "./dashboard-api.js";
import { monthsOfPeriod, periodKinds, quarterChoices, type PeriodKind } from "./dashboard-periods.js";

/** The scope's value in the chooser: a site's id, or this for the whole organisation (never an id). */
export const wholeOrganisation = "organisation";

export function ScopeChooser({ options, siteId, onChange }: { options: DashboardOptions; siteId: string | null; onChange: (siteId: string | null) => void }) {
  const { t } = useTranslation();
  const choices = [...(options.offersWholeOrganisation ? [{ value: wholeOrganisation, label: t("dashboard.scope.wholeOrganisation") }] : []), ...options.sites.map((site) => ({ value: site.id, label: site.name }))];
  return (
    <NativeSelect
      label={t("dashboard.scope.label")}
      value={siteId ?? wholeOrganisation}
      onChange={(event) => onChange(event.currentTarget.value === wholeOrganisation ? null : event.currentTarget.value)}
      data={choices}
      miw={200}
    />
  );
}

export function PeriodChooser({ lastWholeMonth, months, onChange }: { lastWholeMonth: string; months: MonthRange; onChange: (months: MonthRange) => void }) {
  const { t } = useTranslation();
  const quarters = quarterChoices(lastWholeMonth);
  const [kind, setKind] = useState<PeriodKind>("last_12_months");
  const [quarter, setQuarter] = useState(quarters[1] ?? quarters[0]!);
  const [custom, setCustom] = useState<MonthRange>(months);
  const [error, setError] = useState<string | null>(null);

  function choose(next: PeriodKind, nextQuarter = quarter): void {
    setKind(next);
    setError(null);
    if (next === "custom") setCustom(months);
    else onChange(monthsOfPeriod(next, lastWholeMonth, nextQuarter));
  }

  function changeCustom(next: MonthRange): void {
    setCustom(next);
    if (!/^\d{4}-\d{2}$/.test(next.from) || !/^\d{4}-\d{2}$/.test(next.to)) return;
    const problem = monthRangeProblem(next.from, next.to);
    if (problem === null) {
      setError(null);
      onChange(next);
    } else setError(next.to < next.from ? t("dashboard.period.endBeforeStart") : t("dashboard.period.tooLong", { months: maxDashboardMonths }));
  }

  const quarterName = (key: string) => {
    const range = quarterMonths(key);
    return t("dashboard.monthRange", { from: monthLong(range.from), to: monthLong(range.to) });
  };

  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <NativeSelect
        label={t("dashboard.period.label")}
        value={kind}
        onChange={(event) => choose(event.currentTarget.value as PeriodKind)}
        data={periodKinds.map((value) => ({ value, label: t(`dashboard.period.${value}`) }))}
        miw={200}
      />
      {kind === "quarter" && (
        <NativeSelect
          label={t("dashboard.period.whichQuarter")}
          value={quarter}
          onChange={(event) => {
            setQuarter(event.currentTarget.value);
            choose("quarter", event.currentTarget.value);
          }}
          data={quarters.map((value) => ({ value, label: quarterName(value) }))}
          miw={240}
        />
      )}
      {kind === "custom" && (
        <>
          <TextInput type="month" label={t("dashboard.period.from")} description={t("dashboard.period.monthHint")} value={custom.from} max={custom.to || undefined} onChange={(event) => changeCustom({ ...custom, from: event.currentTarget.value })} miw={180} />
          <TextInput type="month" label={t("dashboard.period.to")} description={t("dashboard.period.monthHint")} value={custom.to} min={custom.from || undefined} onChange={(event) => changeCustom({ ...custom, to: event.currentTarget.value })} error={error} miw={180} />
        </>
      )}
    </Group>
  );
}
