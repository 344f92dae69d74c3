/**
 * Today's outreach and the rest of this week's at the user's current site, each with its "Log
 * this session" button, for an outreach worker's home page; earlier days of the week appear only
 * while they wait to be logged. Shows nothing where the user has no outreach.
 */
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { useOutreachHere } from "../outreach-here.js";
import { addDays, mondayOf, todayInLondon } from "./london-days.js";
import { OccurrenceCard } from "./occurrence-card.js";
import { outreachSessionsApi } from "./sessions-api.js";

export function ThisWeeksOutreach() {
  const here = useOutreachHere();
  return here ? <ThisWeek siteId={here.siteId} /> : null;
}

function ThisWeek({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const today = todayInLondon();
  const monday = mondayOf(today);
  const { state, reload } = useLoad(() => outreachSessionsApi.calendar(siteId, monday, addDays(monday, 6)), [siteId, monday]);
  return (
    <Section title={t("outreachSessions.thisWeek.title")} actions={<Anchor component={Link} to="/outreach/calendar">{t("outreachSessions.thisWeek.calendar")}</Anchor>}>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        [
          { key: "waiting", entries: state.data.items.filter((entry) => entry.day < today && entry.canLog) },
          { key: "today", entries: state.data.items.filter((entry) => entry.day === today) },
          { key: "later", entries: state.data.items.filter((entry) => entry.day > today) },
        ]
          .filter(({ key, entries }) => key !== "waiting" || entries.length > 0)
          .map(({ key, entries }) => (
          <Stack key={key} gap={6}>
            <Title order={3} size="h5">
              {t(`outreachSessions.thisWeek.${key}`)}
            </Title>
            {entries.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("outreachSessions.thisWeek.nothing")}
              </Text>
            ) : (
              <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {entries.map((entry) => (
                  <OccurrenceCard key={`${entry.scheduleId ?? "one-off"}/${entry.day}/${entry.session?.id ?? ""}`} entry={entry} canLogHere={state.data.abilities.log} />
                ))}
              </Stack>
            )}
          </Stack>
        ))}
    </Section>
  );
}
