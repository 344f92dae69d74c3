/** A week's calendar entries as a list of days, Monday to Sunday, today marked; each day's entries as cards, a day with none as one line. */
import { SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OutreachCalendar } from "../../../../core/api/outreach-sessions.js";
import { addDays, dayHeading } from "./london-days.js";
import { OccurrenceCard } from "./occurrence-card.js";

export function WeekDays({ calendar, days }: { calendar: OutreachCalendar; days: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {days.map((day) => {
        const entries = calendar.items.filter((entry) => entry.day === day);
        const isToday = day === calendar.today;
        const heading = isToday ? `${dayHeading(day)} · ${t("outreachSessions.calendar.today")}` : dayHeading(day);
        // A quiet day is one line, so a week fits a phone's screen.
        if (entries.length === 0) {
          return (
            <Text key={day} size="sm" c="dimmed" data-testid="outreach-day" data-day={day}>
              <Text span fw={600} c={isToday ? "blue.8" : undefined}>
                {heading}
              </Text>
              {" · "}
              {t("outreachSessions.calendar.nothing")}
            </Text>
          );
        }
        return (
          <Stack key={day} gap={6} component="section" aria-label={heading} data-testid="outreach-day" data-day={day}>
            <Title order={2} size="h4" c={isToday ? "blue.8" : undefined}>
              {heading}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {entries.map((entry) => (
                <OccurrenceCard key={`${entry.scheduleId ?? "one-off"}/${entry.day}/${entry.session?.id ?? ""}`} entry={entry} canLogHere={calendar.abilities.log} />
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The seven days from `monday`. */
export const weekFrom = (monday: string): string[] => Array.from({ length: 7 }, (_, index) => addDays(monday, index));
