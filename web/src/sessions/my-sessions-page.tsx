/**
 * "My sessions": the signed-in worker's calendar, a week at a time from today, grouped by day, with
 * the sessions of the last two weeks still waiting for notes above it. The week is kept in the
 * address (`?from=`), so back and reload return to it. Laid out as cards, for a phone.
 */
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { currentLanguage } from "../i18n/i18n.js";
import { localIsoDate } from "../i18n/format.js";
import { groupByDay, shiftDay } from "./calendar-days.js";
import { CalendarEntryCard } from "./calendar-entry.js";
import { sessionsApi, type MyCalendar } from "./sessions-api.js";

const locales = { en: "en-GB", ur: "ur-PK" } as const;

/** "Tuesday 4 March", with "today" after it when it is. */
function dayHeading(day: string, todayLabel?: string): string {
  const words = new Intl.DateTimeFormat(locales[currentLanguage()], { weekday: "long", day: "numeric", month: "long" }).format(new Date(`${day}T12:00:00`));
  return todayLabel ? `${words} · ${todayLabel}` : words;
}

export function MySessionsPage() {
  const { t } = useTranslation();
  const today = localIsoDate(new Date());
  const [params, setParams] = useSearchParams();
  const requested = params.get("from");
  const from = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today;
  const to = shiftDay(from, 6);
  const { state, reload } = useLoad(async () => {
    const [week, recent] = await Promise.all([
      sessionsApi.myCalendar({ from, to }),
      from === today ? sessionsApi.myCalendar({ from: shiftDay(today, -14), to: shiftDay(today, -1) }) : null,
    ]);
    return { week, waiting: recent ? recent.items.filter((entry) => entry.isWriteUpDue) : [] };
  }, [from, to, today]);
  const show = (day: string) => setParams(day === today ? {} : { from: day }, { replace: true });

  return (
    <Page
      title={t("sessions.calendar.title")}
      actions={
        <Button component={Link} to="/my-day" variant="light">
          {t("sessions.calendar.enterDay")}
        </Button>
      }
    >
      <Group gap="xs" wrap="wrap">
        <Button variant="default" onClick={() => show(shiftDay(from, -7))}>
          {t("sessions.calendar.previous")}
        </Button>
        <Button variant="default" onClick={() => show(today)} disabled={from === today}>
          {t("sessions.calendar.thisWeek")}
        </Button>
        <Button variant="default" onClick={() => show(shiftDay(from, 7))}>
          {t("sessions.calendar.next")}
        </Button>
      </Group>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <>
          {state.data.waiting.length > 0 && (
            <Section title={t("sessions.calendar.waitingTitle")}>
              <Text size="sm">{t("sessions.calendar.waitingHint")}</Text>
              <Entries entries={state.data.waiting} calendar={state.data.week} today={today} />
            </Section>
          )}
          <Section title={t("sessions.calendar.weekTitle", { from: dayHeading(from), to: dayHeading(to) })}>
            {state.data.week.items.length === 0 ? <Text>{t("sessions.calendar.empty")}</Text> : <Entries entries={state.data.week.items} calendar={state.data.week} today={today} />}
          </Section>
        </>
      )}
    </Page>
  );
}

function Entries({ entries, calendar, today }: { entries: MyCalendar["items"]; calendar: MyCalendar; today: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {groupByDay(entries).map((group) => (
        <Stack key={group.day} gap={6}>
          <Title order={3} size="h5">
            {dayHeading(group.day, group.day === today ? t("sessions.calendar.today") : undefined)}
          </Title>
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {group.items.map((entry) => (
              <CalendarEntryCard key={entry.sessionId} entry={entry} interventionTypes={calendar.interventionTypes} />
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
