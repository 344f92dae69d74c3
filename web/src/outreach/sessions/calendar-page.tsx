/**
 * The site's outreach calendar, a week at a time (Monday to Sunday, London days), as a list of days
 * for a phone. The week is kept in the address (`?week=`), so back and reload return to it.
 */
import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { OutreachPage } from "../outreach-page.js";
import { useOutreachHere, type OutreachHere } from "../outreach-here.js";
import { addDays, dayHeading, mondayOf, todayInLondon } from "./london-days.js";
import { outreachSessionsApi } from "./sessions-api.js";
import { WeekDays, weekFrom } from "./week-days.js";

export function OutreachCalendarPage() {
  const { t } = useTranslation();
  const here = useOutreachHere();
  return (
    <OutreachPage
      title={t("outreachSessions.calendar.title")}
      actions={
        <Group gap="xs">
          <Button component={Link} to="/outreach/calendar/schedules" variant="light">
            {t("outreachSessions.calendar.schedules")}
          </Button>
          {here?.canWork && (
            <Button component={Link} to="/outreach/sessions/new" variant="default">
              {t("outreachSessions.calendar.logOneOff")}
            </Button>
          )}
          {here?.canWork && (
            <Button component={Link} to="/outreach/offline" variant="default" data-testid="log-offline">
              {t("outreachOffline.entry")}
            </Button>
          )}
        </Group>
      }
    >
      {(here) => <Week here={here} />}
    </OutreachPage>
  );
}

function Week({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisMonday = mondayOf(todayInLondon());
  const asked = params.get("week");
  const monday = asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? mondayOf(asked) : thisMonday;
  const days = weekFrom(monday);
  const { state, reload } = useLoad(() => outreachSessionsApi.calendar(here.siteId, monday, addDays(monday, 6)), [here.siteId, monday]);
  const show = (day: string) => setParams(day === thisMonday ? {} : { week: day }, { replace: true });

  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button variant="default" onClick={() => show(addDays(monday, -7))}>
          {t("outreachSessions.calendar.previous")}
        </Button>
        <Button variant="default" onClick={() => show(thisMonday)} disabled={monday === thisMonday}>
          {t("outreachSessions.calendar.thisWeek")}
        </Button>
        <Button variant="default" onClick={() => show(addDays(monday, 7))}>
          {t("outreachSessions.calendar.next")}
        </Button>
      </Group>
      <Text fw={600} aria-live="polite">
        {t("outreachSessions.calendar.week", { from: dayHeading(monday), to: dayHeading(addDays(monday, 6)) })}
      </Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <WeekDays calendar={state.data} days={days} />}
    </>
  );
}
