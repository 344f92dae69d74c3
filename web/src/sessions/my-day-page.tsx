/**
 * "My day": a worker enters the sessions of one day in one go, on any of their open cases at the
 * site they are working at. Each row is checked here first; the server then stores all of them or
 * none, naming the row and field of any problem. The day's sessions already recorded are listed
 * below, so nothing is entered twice.
 */
import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { dayRowSchema } from "../../../core/api/sessions.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { casesApi } from "../cases/cases-api.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, localIsoDate } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { CalendarEntryCard } from "./calendar-entry.js";
import { DayRow, type DayRowValue } from "./day-row.js";
import { detailsOf, draftProblems, errorsFromSchema, errorsFromServer, newDraft, type DraftErrors } from "./session-draft.js";
import { sessionsApi } from "./sessions-api.js";

let nextKey = 1;

/** A new row: after the one before it (its start plus its length), otherwise at ten. */
function rowAfter(day: string, previous?: DayRowValue): DayRowValue {
  const draft = { ...newDraft(), date: day, time: "10:00", attendance: "attended" as const };
  if (previous && /^\d{2}:\d{2}$/.test(previous.draft.time)) {
    const [hours, minutes] = previous.draft.time.split(":").map(Number);
    const end = Math.min(23 * 60, (hours ?? 10) * 60 + (minutes ?? 0) + (Number(previous.draft.durationMinutes) || 60));
    draft.time = `${String(Math.floor(end / 60)).padStart(2, "0")}:${String(end % 60).padStart(2, "0")}`;
    draft.interventionType = previous.draft.interventionType;
    draft.mode = previous.draft.mode;
  }
  return { key: nextKey++, caseId: "", draft };
}

export function MyDayPage() {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  const [day, setDay] = useState(localIsoDate(new Date()));
  const [rows, setRows] = useState<DayRowValue[]>(() => [rowAfter(day)]);
  const [errors, setErrors] = useState<Record<number, DraftErrors>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const { state, reload } = useLoad(async () => {
    const [calendar, cases] = await Promise.all([
      sessionsApi.myCalendar({ from: day, to: day }),
      site ? casesApi.list({ siteId: site.id, state: "open", isMine: true, page: 1, pageSize: 100 }) : null,
    ]);
    return { calendar, cases: (cases?.items ?? []).map((kase) => ({ id: kase.id, label: kase.reference })) };
  }, [day, site?.id]);

  async function save(): Promise<void> {
    const dated = rows.map((row) => ({ ...row, draft: { ...row.draft, date: day } }));
    const bodies = dated.map((row) => dayRowSchema.safeParse({ caseId: row.caseId, ...detailsOf(row.draft) }));
    const found: Record<number, DraftErrors> = {};
    bodies.forEach((result, index) => {
      const problems = { ...errorsFromSchema(result, t), ...draftProblems(dated[index]!.draft, t) };
      if (Object.keys(problems).length > 0) found[index] = problems;
    });
    setErrors(found);
    setSaved(null);
    if (Object.keys(found).length > 0) {
      setFormError(t("sessions.day.checkRows"));
      return;
    }
    setIsBusy(true);
    setFormError(null);
    try {
      const stored = await sessionsApi.recordDay({ sessions: bodies.flatMap((result) => (result.success ? [result.data] : [])) });
      setSaved(stored.length);
      setRows([rowAfter(day)]);
      reload();
    } catch (failure) {
      const placed = failure instanceof ApiError ? errorsFromServer(failure.fields, t) : [];
      const byRow: Record<number, DraftErrors> = {};
      for (const problem of placed) if (problem.row !== null) byRow[problem.row] = { ...byRow[problem.row], [problem.field]: problem.message };
      setErrors(byRow);
      setFormError(placed.length > 0 ? t("sessions.day.checkRows") : errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Page title={t("sessions.day.title")} actions={<Button component={Link} to="/my-sessions" variant="light">{t("sessions.day.toCalendar")}</Button>}>
      <Text>{t("sessions.day.intro")}</Text>
      {saved !== null && (
        <Alert color="green" variant="light" role="status">
          {t("sessions.day.saved", { count: saved })}
        </Alert>
      )}
      {!site ? (
        <Text>{t("sessions.day.noSite")}</Text>
      ) : state.status === "loading" ? (
        <Loading />
      ) : state.status === "failed" ? (
        <LoadFailed error={state.error} onRetry={reload} />
      ) : state.data.cases.length === 0 ? (
        <Text>{t("sessions.day.noCases", { site: isolate(site.name) })}</Text>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack>
            <FormError message={formError} />
            <TextInput type="date" label={t("sessions.day.date")} value={day} max={localIsoDate(new Date(Date.now() + 366 * 86_400_000))} onChange={(event) => setDay(event.currentTarget.value)} required w={{ base: "100%", xs: 240 }} />
            <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
              {rows.map((row, index) => (
                <DayRow
                  key={row.key}
                  index={index}
                  row={row}
                  cases={state.data.cases}
                  interventionTypes={state.data.calendar.interventionTypes}
                  errors={errors[index] ?? {}}
                  onChange={(next) => setRows((current) => current.map((item) => (item.key === row.key ? next : item)))}
                  {...(rows.length > 1 ? { onRemove: () => setRows((current) => current.filter((item) => item.key !== row.key)) } : {})}
                />
              ))}
            </Stack>
            <Group justify="space-between">
              <Button variant="default" onClick={() => setRows((current) => [...current, rowAfter(day, current.at(-1))])} disabled={rows.length >= 20}>
                {t("sessions.day.addRow")}
              </Button>
              <Button type="submit" loading={isBusy}>
                {t("sessions.day.saveAll", { count: rows.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {state.status === "ready" && (
        <Section title={t("sessions.day.alreadyTitle")}>
          {state.data.calendar.items.length === 0 ? (
            <Text>{t("sessions.day.alreadyNone")}</Text>
          ) : (
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {state.data.calendar.items.map((entry) => (
                <CalendarEntryCard key={entry.sessionId} entry={entry} interventionTypes={state.data.calendar.interventionTypes} />
              ))}
            </Stack>
          )}
        </Section>
      )}
    </Page>
  );
}
