/**
 * The case's story in order: each event, who did it and when, the state it moved from and to, and
 * the reason given. Emergency (break-glass) views are part of the story too, and so are assessments
 * (linked) as they are submitted, approved, returned and corrected.
 */
import { Anchor, Stack, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Section } from "../components/section.js";
import { isolate, useFormat } from "../i18n/format.js";
import type { CaseDetail, TimelineEntry } from "./cases-api.js";
import { useTimelineDetails } from "./timeline-details.js";

export function CaseTimeline({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t("cases.timeline.title")}>
      {kase.timeline.length === 0 ? (
        <Text>{t("cases.timeline.none")}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={kase.timeline.length - 1} component="ol" role="list" p={0} m={0} style={{ listStyle: "none" }}>
          {kase.timeline.map((entry, index) => (
            <Timeline.Item key={`${entry.at}-${index}`} title={<EntryTitle entry={entry} />} component="li" color={entry.type === "break_glass" ? "red" : undefined}>
              <EntryBody entry={entry} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  return (
    <Text fw={600} component="span">
      {entry.type === "outcomes_added" ? t("caseOutcomes.timeline.added") : t(`cases.timeline.types.${entry.type}`, { defaultValue: entry.type })}
    </Text>
  );
}

function EntryBody({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const details = useTimelineDetails();
  const state = (value: string) => t(`cases.states.${value}`, { defaultValue: value });
  return (
    <Stack gap={2} mt={2}>
      <Text size="sm" c="dimmed">
        {t("cases.timeline.byAt", { who: isolate(entry.actorName ?? t("cases.timeline.system")), at: isolate(format.dateTime(entry.at)) })}
      </Text>
      {entry.toState && (
        <Text size="sm">
          {entry.fromState
            ? t("cases.timeline.fromTo", { from: state(entry.fromState), to: state(entry.toState) })
            : t("cases.timeline.to", { to: state(entry.toState) })}
        </Text>
      )}
      {details(entry).map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
      {typeof entry.details.assessmentId === "string" && (
        <Anchor component={Link} to={`/assessments/${entry.details.assessmentId}`} size="sm">
          {t("cases.timeline.openAssessment")}
        </Anchor>
      )}
      {entry.reason && (
        <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {t("cases.timeline.reason", { reason: isolate(entry.reason) })}
        </Text>
      )}
    </Stack>
  );
}
