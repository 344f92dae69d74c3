/**
 * "Log this session" for one of a schedule's occurrences, reached from the calendar: where, what
 * and when come from the schedule and are shown at the top; the people who usually go (and the
 * user, when they go out from the site) are ticked. After saving, the session's page shows what was
 * logged and the stock left.
 */
import { Alert, Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { logSessionBodySchema, type OutreachCalendarEntry } from "../../../../core/api/outreach-sessions.js";
import type { OutreachOptions } from "../../../../core/api/outreach.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { useSignedInSession } from "../../session/session-context.js";
import { outreachApi } from "../outreach-api.js";
import type { OutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { OccurrenceHeading } from "./occurrence-heading.js";
import { SessionForm } from "./session-form.js";
import { initialValues, occurrenceBody } from "./session-form-values.js";
import { outreachSessionsApi } from "./sessions-api.js";

export function LogOccurrencePage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("outreachSessions.log.title")}>{(here) => <LogOccurrence here={here} />}</OutreachPage>;
}

function LogOccurrence({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const { scheduleId = "", day = "" } = useParams();
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const { state, reload } = useLoad(async () => {
    const [options, calendar] = await Promise.all([outreachApi.options(here.siteId), isDay ? outreachSessionsApi.calendar(here.siteId, day, day) : null]);
    return { options, entry: calendar?.items.find((item) => item.scheduleId === scheduleId && item.day === day) ?? null };
  }, [here.siteId, scheduleId, day]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { entry, options } = state.data;
  if (!entry) return <Alert color="gray">{t("outreachSessions.log.noSuchOccurrence")}</Alert>;
  if (entry.session) {
    return (
      <Alert color="green" title={t("outreachSessions.log.alreadyLogged")}>
        <Anchor component={Link} to={`/outreach/sessions/${entry.session.id}`}>
          {t("outreachSessions.card.logged", { count: entry.session.headcountTotal })}
        </Anchor>
      </Alert>
    );
  }
  if (!entry.canLog) return <Alert color="gray">{here.canWork ? t("outreachSessions.log.notYet") : t("outreachSessions.log.cannotLog")}</Alert>;
  return <OccurrenceForm entry={entry} options={options} />;
}

function OccurrenceForm({ entry, options }: { entry: OutreachCalendarEntry; options: OutreachOptions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSignedInSession();
  const usual = entry.staff.map((person) => person.id);
  const staffIds = options.staff.some((person) => person.id === user.id) && !usual.includes(user.id) ? [...usual, user.id] : usual;
  return (
    <SessionForm
      heading={<OccurrenceHeading entry={entry} />}
      initial={initialValues({ topics: entry.topics, staffIds })}
      options={options}
      extraStaff={entry.staff}
      bodyOf={(values, itemOrder) => occurrenceBody(values, itemOrder, entry.scheduleId!, entry.day)}
      schema={logSessionBodySchema}
      onSubmit={async (body) => {
        const logged = await outreachSessionsApi.log(body);
        void navigate(`/outreach/sessions/${logged.id}`, { state: { logged: true } });
      }}
      submitLabel={t("outreachSessions.log.save")}
      conflictMessage={t("outreachSessions.log.alreadyLogged")}
    />
  );
}
