/**
 * One entry of the outreach calendar as a card that reads well on a phone: the time, the partner
 * (or venue), the kind of session and who goes, and the one thing to do about it — a large "Log
 * this session" once it has started and is not yet logged, or a link to what was logged.
 */
import { Anchor, Button, Paper, Stack, Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { OutreachCalendarEntry } from "../../../../core/api/outreach-sessions.js";
import { londonTime, timeRange } from "./london-days.js";

export function OccurrenceCard({ entry, canLogHere, now = new Date() }: { entry: OutreachCalendarEntry; canLogHere: boolean; now?: Date }) {
  const { t } = useTranslation();
  const titleId = useId();
  const where = entry.partner?.name ?? entry.venue;
  const isAhead = new Date(entry.startsAt).getTime() > now.getTime();
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="outreach-occurrence" data-day={entry.day}>
      <Stack gap={6}>
        <Text fw={700} id={titleId}>
          {timeRange(t("outreachSessions.card.time", { start: londonTime(entry.startsAt), end: londonTime(entry.endsAt) }))} · <bdi>{where}</bdi>
        </Text>
        <Text size="sm">
          {t(`outreach.sessionTypes.${entry.sessionType}`)}
          {entry.kind === "one_off" && ` · ${t("outreachSessions.card.oneOff")}`}
        </Text>
        {entry.staff.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("outreachSessions.card.staff", { names: entry.staff.map((person) => `\u2068${person.displayName}\u2069`).join(t("outreach.listSeparator")) })}
          </Text>
        )}
        {entry.session ? (
          <Anchor component={Link} to={`/outreach/sessions/${entry.session.id}`} fw={600} data-testid="occurrence-logged" aria-describedby={titleId}>
            {t("outreachSessions.card.logged", { count: entry.session.headcountTotal })}
          </Anchor>
        ) : entry.canLog && entry.scheduleId ? (
          <Button component={Link} to={`/outreach/calendar/${entry.scheduleId}/${entry.day}/log`} size="lg" fullWidth data-testid="log-occurrence" aria-describedby={titleId}>
            {t("outreachSessions.card.log")}
          </Button>
        ) : canLogHere && isAhead ? (
          <Text size="sm" c="dimmed">
            {t("outreachSessions.card.notYet")}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
