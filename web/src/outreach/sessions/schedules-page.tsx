/**
 * A site's recurring outreach sessions: each with its partner, pattern, time, staff and next day,
 * and for those who work the site's outreach, a new schedule, changes, a day skipped, or an end.
 */
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { OutreachScheduleView } from "../../../../core/api/outreach-sessions.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { outreachApi } from "../outreach-api.js";
import type { OutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { dayWithYear, londonTime } from "./london-days.js";
import { EndScheduleDialog, SkipDayDialog } from "./schedule-changes.js";
import { ScheduleDialog } from "./schedule-dialog.js";
import { outreachSessionsApi } from "./sessions-api.js";
import { recurrenceText } from "./session-words.js";

type Open = { kind: "new" } | { kind: "edit" | "skip" | "end"; schedule: OutreachScheduleView } | null;

export function SchedulesPage() {
  const { t } = useTranslation();
  return (
    <OutreachPage
      title={t("outreachSessions.schedules.title")}
      actions={
        <Button component={Link} to="/outreach/calendar" variant="default">
          {t("outreachSessions.schedules.toCalendar")}
        </Button>
      }
    >
      {(here) => <Schedules here={here} />}
    </OutreachPage>
  );
}

function Schedules({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const { state, reload } = useLoad(async () => {
    const [list, options] = await Promise.all([outreachSessionsApi.schedules(here.siteId), outreachApi.options(here.siteId)]);
    return { list, options };
  }, [here.siteId]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { list, options } = state.data;
  const close = () => setOpen(null);
  const saved = () => {
    setOpen(null);
    reload();
  };
  return (
    <Stack gap="md">
      {list.abilities.create && (
        <Button onClick={() => setOpen({ kind: "new" })} style={{ alignSelf: "flex-start" }} data-testid="new-schedule">
          {t("outreachSessions.schedules.new")}
        </Button>
      )}
      {list.abilities.create && options.partners.length === 0 && <Text c="dimmed">{t("outreachSessions.schedules.noPartners")}</Text>}
      {list.items.length === 0 ? (
        <Text>{t("outreachSessions.schedules.empty")}</Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {list.items.map((schedule) => (
            <ScheduleCard key={schedule.id} schedule={schedule} onChange={(kind) => setOpen({ kind, schedule })} />
          ))}
        </Stack>
      )}
      <ScheduleDialog siteId={here.siteId} options={options} schedule={open?.kind === "edit" ? open.schedule : null} opened={open?.kind === "new" || open?.kind === "edit"} onClose={close} onSaved={saved} />
      {open?.kind === "skip" && <SkipDayDialog schedule={open.schedule} onClose={close} onSaved={saved} />}
      {open?.kind === "end" && <EndScheduleDialog schedule={open.schedule} onClose={close} onSaved={saved} />}
    </Stack>
  );
}

function ScheduleCard({ schedule, onChange }: { schedule: OutreachScheduleView; onChange: (kind: "edit" | "skip" | "end") => void }) {
  const { t } = useTranslation();
  const hasEnded = schedule.nextOccurrence === null;
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="outreach-schedule">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={700}>
            <bdi>{schedule.partner.name}</bdi>
          </Text>
          {hasEnded && <Badge color="gray">{t("outreachSessions.schedules.ended")}</Badge>}
        </Group>
        <Text>
          {recurrenceText(t, schedule.recurrence)} · {t("outreachSessions.schedules.at", { time: schedule.time, minutes: schedule.durationMinutes })}
        </Text>
        <Text size="sm">{t(`outreach.sessionTypes.${schedule.sessionType}`)}</Text>
        {schedule.staff.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("outreachSessions.card.staff", { names: schedule.staff.map((person) => `\u2068${person.displayName}\u2069`).join(t("outreach.listSeparator")) })}
          </Text>
        )}
        <Text size="sm">
          {schedule.nextOccurrence
            ? t("outreachSessions.schedules.next", { day: dayWithYear(schedule.nextOccurrence.day), time: londonTime(schedule.nextOccurrence.startsAt) })
            : schedule.endsOn
              ? t("outreachSessions.schedules.endedOn", { day: dayWithYear(schedule.endsOn) })
              : t("outreachSessions.schedules.noNext")}
        </Text>
        {schedule.abilities.edit && (
          <Group gap="xs" mt={4}>
            <Button variant="light" size="sm" onClick={() => onChange("edit")} aria-label={t("outreachSessions.schedules.editNamed", { partner: schedule.partner.name })}>
              {t("outreachSessions.schedules.edit")}
            </Button>
            {!hasEnded && (
              <>
                <Button variant="default" size="sm" onClick={() => onChange("skip")} aria-label={t("outreachSessions.schedules.skipNamed", { partner: schedule.partner.name })}>
                  {t("outreachSessions.schedules.skipAction")}
                </Button>
                <Button variant="default" size="sm" color="red" onClick={() => onChange("end")} aria-label={t("outreachSessions.schedules.endNamed", { partner: schedule.partner.name })}>
                  {t("outreachSessions.schedules.endAction")}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
