/**
 * Which days the dashboard covers: this quarter so far, the last whole quarter, the last 12 months
 * (the default), or dates of the user's own, checked with the server's own rules (the end not
 * before the start, at most three years) before they are asked for.
 */
import { Group, NativeSelect, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { outreachDashboardQuerySchema } from "../../../../core/api/outreach-dashboard.js";
import { lastTwelveMonths, quarter, type DayPeriod } from "../../../../core/outreach/dashboard-period.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { todayInLondon } from "../sessions/london-days.js";

const periodChoices = ["last_12_months", "this_quarter", "last_quarter", "custom"] as const;
type PeriodChoice = (typeof periodChoices)[number];

function periodOf(choice: Exclude<PeriodChoice, "custom">, today: string): DayPeriod {
  if (choice === "this_quarter") return quarter(today);
  if (choice === "last_quarter") return quarter(today, 1);
  return lastTwelveMonths(today);
}

export function PeriodChooser({ period, onChange }: { period: DayPeriod; onChange: (period: DayPeriod) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [choice, setChoice] = useState<PeriodChoice>("last_12_months");
  const [custom, setCustom] = useState<DayPeriod>(period);
  const [error, setError] = useState<string | null>(null);

  function choose(next: PeriodChoice): void {
    setChoice(next);
    setError(null);
    if (next === "custom") setCustom(period);
    else onChange(periodOf(next, todayInLondon()));
  }

  function changeCustom(next: DayPeriod): void {
    setCustom(next);
    if (next.from === "" || next.to === "") return;
    const checked = outreachDashboardQuerySchema.safeParse(next);
    if (checked.success) {
      setError(null);
      onChange(next);
    } else setError(next.to < next.from ? t("outreachDashboard.period.endBeforeStart") : t("outreachDashboard.period.tooLong"));
  }

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t("outreachDashboard.period.label")}
        value={choice}
        onChange={(event) => choose(event.currentTarget.value as PeriodChoice)}
        data={periodChoices.map((value) => ({ value, label: t(`outreachDashboard.period.${value}`) }))}
        miw={200}
      />
      {choice === "custom" && (
        <>
          <TextInput type="date" label={t("outreachDashboard.period.from")} value={custom.from} max={custom.to || undefined} onChange={(event) => changeCustom({ ...custom, from: event.currentTarget.value })} miw={160} />
          <TextInput type="date" label={t("outreachDashboard.period.to")} value={custom.to} min={custom.from || undefined} onChange={(event) => changeCustom({ ...custom, to: event.currentTarget.value })} error={error} miw={160} />
        </>
      )}
      <Text size="sm" c="dimmed" pb={6} aria-live="polite">
        {t("outreachDashboard.period.showing", { from: isolate(format.day(period.from)), to: isolate(format.day(period.to)) })}
      </Text>
    </Group>
  );
}
