/** Re-assessments the schedule says are due on the case: what, why (at the start, every so often, before closing) and by when; overdue ones marked. */
import { Badge, Button, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import type { ReassessmentDue } from "./assessments-api.js";

export function ReassessmentsDue({ due, onStart }: { due: readonly ReassessmentDue[]; onStart: ((instrumentKey: string) => void) | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (due.length === 0) return null;
  const ordered = [...due].sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || a.dueOn.localeCompare(b.dueOn));
  return (
    <div>
      <Text fw={600} mb={4} id="reassessments-due-heading">
        {t("assessments.due.title")}
      </Text>
      <List spacing="xs" aria-labelledby="reassessments-due-heading" listStyleType="none" p={0}>
        {ordered.map((item) => (
          <List.Item key={`${item.instrumentKey}-${item.reason}`} className={item.isOverdue ? "due-item due-item-overdue" : "due-item"}>
            <Group gap="sm" wrap="wrap">
              <Text fw={600}>
                <bdi>{item.title}</bdi>
              </Text>
              <Text size="sm">{t(`assessments.due.reasons.${item.reason}`)}</Text>
              <Text size="sm">{t(item.isOverdue ? "assessments.due.wasDue" : "assessments.due.dueOn", { date: format.day(item.dueOn) })}</Text>
              {item.isOverdue && (
                <Badge color="red" variant="filled" tt="none" radius="sm">
                  {t("assessments.due.overdue")}
                </Badge>
              )}
              {onStart && (
                <Button size="compact-sm" variant="light" onClick={() => onStart(item.instrumentKey)}>
                  {t("assessments.due.startNow", { instrument: isolate(item.title) })}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
