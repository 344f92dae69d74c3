/** The client's enrolments as a short list: programme, where they are, and how it stands; one is shown in full below. */
import { Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import type { EnrolmentSummary } from "./programmes-api.js";

const stateColour = { in_phase: "blue", withdrawn: "gray", completed: "green" } as const;

export function EnrolmentList({ items, shownId, onShow }: { items: readonly EnrolmentSummary[]; shownId: string | null; onShow: (id: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {items.map((item) => {
        const isShown = item.id === shownId;
        return (
          <Paper key={item.id} component="li" withBorder p="sm" bg={isShown ? "var(--mantine-color-blue-light)" : undefined}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600} dir="auto">
                    {item.programme.title}
                  </Text>
                  <Badge color={stateColour[item.state]} variant="light">
                    {t(`programmes.states.${item.state}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {item.currentPhase
                    ? t("programmes.case.phaseOf", { number: item.currentPhase.index + 1, total: item.phaseCount, title: isolate(item.currentPhase.title) })
                    : t("programmes.case.allPhasesDone", { count: item.phaseCount })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("programmes.case.enrolledOn", { date: format.day(item.enrolledOn) })}
                </Text>
              </Stack>
              <Button
                size="compact-sm"
                variant={isShown ? "light" : "default"}
                aria-pressed={isShown}
                onClick={() => onShow(item.id)}
                aria-label={t(isShown ? "programmes.case.shownNamed" : "programmes.case.showNamed", { title: isolate(item.programme.title) })}
              >
                {t(isShown ? "programmes.case.shown" : "programmes.case.show")}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
