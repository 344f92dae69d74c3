/**
 * What has happened on the enrolment, oldest first: each step with who recorded it and when, the
 * phases it moved between, the reason chosen and the note written. Step backs read as plainly as
 * any other step.
 */
import { Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import type { EnrolmentDetail, HistoryEntry } from "./programmes-api.js";

export function EnrolmentHistory({ enrolment }: { enrolment: EnrolmentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("programmes.history.title")}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={enrolment.history.length} component="ol" role="list" p={0} m={0} style={{ listStyle: "none" }}>
        <Timeline.Item component="li" title={<Text fw={600} component="span">{t("programmes.history.enrolled")}</Text>}>
          <Text size="sm" c="dimmed">
            {t("programmes.history.byAt", { who: isolate(enrolment.enrolledByName ?? t("programmes.history.someone")), at: isolate(format.dateTime(enrolment.enrolledAt)) })}
          </Text>
        </Timeline.Item>
        {enrolment.history.map((entry, index) => (
          <Timeline.Item key={`${entry.at}-${index}`} component="li" title={<Text fw={600} component="span">{t(`programmes.history.types.${entry.type}`)}</Text>}>
            <EntryBody entry={entry} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

function EntryBody({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lines: string[] = [];
  const from = entry.fromPhase ? isolate(entry.fromPhase.title) : null;
  const to = entry.toPhase ? isolate(entry.toPhase.title) : null;
  if ((entry.type === "advance" || entry.type === "step_back") && from && to) lines.push(t("programmes.history.fromTo", { from, to }));
  if ((entry.type === "withdraw" || entry.type === "rejoin") && to) lines.push(t("programmes.history.atPhase", { phase: to }));
  if (entry.type === "advance" || entry.type === "complete") {
    lines.push(entry.isOverride ? t("programmes.history.override") : t("programmes.history.criteriaMet"));
  }
  if (entry.reason) {
    const label = entry.type === "step_back" ? t(`programmes.stepBackReasons.${entry.reason}`) : t(`programmes.withdrawalReasons.${entry.reason}`);
    lines.push(t("programmes.history.reason", { reason: label }));
  }
  return (
    <Stack gap={2} mt={2}>
      <Text size="sm" c="dimmed">
        {t("programmes.history.byAt", { who: isolate(entry.actorName ?? t("programmes.history.someone")), at: isolate(format.dateTime(entry.at)) })}
      </Text>
      {lines.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
      {entry.note && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} dir="auto">
          {entry.note}
        </Text>
      )}
    </Stack>
  );
}
