/** The next steps the server offers for this case now (from `availableEvents`), each opening a dialog that asks why. */
import { Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { caseEventSchema, type CaseEventType } from "../../../core/cases/case-state-machine.js";
import type { CaseNotice } from "./case-notice.js";
import type { CaseDetail } from "./cases-api.js";
import { TransitionDialog } from "./transition-dialog.js";

const eventTypes: readonly string[] = caseEventSchema.options.map((option) => option.shape.type.value);
const isEventType = (value: string): value is CaseEventType => eventTypes.includes(value);

interface CaseActionsProps {
  kase: CaseDetail;
  onChanged: (kase: CaseDetail, notice: CaseNotice) => void;
  onStale: () => void;
}

export function CaseActions({ kase, onChanged, onStale }: CaseActionsProps) {
  const { t } = useTranslation();
  const [event, setEvent] = useState<CaseEventType | null>(null);
  const events = kase.availableEvents.filter(isEventType);
  if (events.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t("cases.actions.title")}>
      <Group gap="sm" wrap="wrap">
        <Text fw={600} me="sm">
          {t("cases.actions.title")}
        </Text>
        {events.map((type) => (
          <Button key={type} variant={type === "close" ? "outline" : type === "reopen" ? "default" : "filled"} color={type === "close" ? "red" : undefined} onClick={() => setEvent(type)}>
            {t(`cases.events.${type}`)}
          </Button>
        ))}
      </Group>
      <TransitionDialog
        kase={kase}
        event={event}
        onClose={() => setEvent(null)}
        onDone={(next, type) => {
          setEvent(null);
          onChanged(next, { key: `cases.eventDone.${type}` });
        }}
        onStale={() => {
          setEvent(null);
          onStale();
        }}
      />
    </Paper>
  );
}
