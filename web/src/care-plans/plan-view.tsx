/**
 * A care plan version as read: each goal with where it stands and its target date (the client's own
 * words beside it), the support and who gives it how often, and the barriers with how each is
 * addressed. Typed words keep their own direction.
 */
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import type { CarePlanContent, CarePlanIntervention } from "../../../core/support/care-plan.js";
import { isolate, useFormat } from "../i18n/format.js";
import { barrierKindLabel, goalProgressLabel, interventionTypeLabel } from "../support-vocabulary/labels.js";

const progressColours: Record<string, string> = { not_started: "gray", progressing: "blue", achieved: "green", dropped: "orange" };

export function ProgressBadge({ value }: { value: string | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={value ? progressColours[value] : "gray"} variant={value ? "light" : "outline"}>
      {value ? goalProgressLabel(value, t) : t("carePlans.view.notReviewed")}
    </Badge>
  );
}

export function frequencyText(frequency: CarePlanIntervention["frequency"], t: TFunction): string {
  if (frequency === "as_needed") return t("carePlans.frequency.asNeeded");
  return t(`carePlans.frequency.${frequency.unit}`, { count: frequency.every });
}

interface PlanViewProps {
  content: CarePlanContent;
  people: readonly { userId: string; name: string }[];
  interventionTypes: readonly InterventionType[];
  /** Where each goal stands (the latest review), when showing the current version. */
  progress?: ReadonlyMap<string, string | null>;
}

export function PlanView({ content, people, interventionTypes, progress }: PlanViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const goalNumber = new Map(content.goals.map((goal, index) => [goal.id, index + 1]));
  const nameOf = (userId: string) => people.find((person) => person.userId === userId)?.name ?? t("carePlans.view.someone");
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("carePlans.view.goals")}
        </Title>
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {content.goals.map((goal, index) => (
            <Paper key={goal.id} withBorder p="sm" component="li">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={2}>
                  <Text fw={600} dir="auto">
                    {t("carePlans.view.goalLine", { number: index + 1, what: isolate(goal.what) })}
                  </Text>
                  {goal.clientWords && (
                    <Text size="sm" dir="auto">
                      {t("carePlans.view.clientWords", { words: isolate(goal.clientWords) })}
                    </Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {t("carePlans.view.targetDate", { date: isolate(format.day(goal.targetDate)) })}
                    {goal.domain ? ` · ${t(`referrals.reasons.${goal.domain}`)}` : ""}
                  </Text>
                </Stack>
                {progress && <ProgressBadge value={progress.get(goal.id) ?? null} />}
              </Group>
            </Paper>
          ))}
        </Stack>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("carePlans.view.interventions")}
        </Title>
        {content.interventions.length === 0 ? (
          <Text>{t("carePlans.view.noInterventions")}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {content.interventions.map((intervention) => (
              <Paper key={intervention.id} withBorder p="sm" component="li">
                <Text fw={600}>{interventionTypeLabel(intervention.typeCode, t, interventionTypes)}</Text>
                <Text size="sm" dir="auto">
                  {"workerId" in intervention.deliveredBy
                    ? t("carePlans.view.byWorker", { name: isolate(nameOf(intervention.deliveredBy.workerId)) })
                    : t("carePlans.view.byPartner", { name: isolate(intervention.deliveredBy.partnerOrganisation) })}
                </Text>
                <Text size="sm">{frequencyText(intervention.frequency, t)}</Text>
                <Text size="sm" c="dimmed">
                  {intervention.endDate
                    ? t("carePlans.view.fromTo", { start: isolate(format.day(intervention.startDate)), end: isolate(format.day(intervention.endDate)) })
                    : t("carePlans.view.from", { start: isolate(format.day(intervention.startDate)) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("carePlans.view.serves", { goals: intervention.goalIds.map((id) => format.number(goalNumber.get(id) ?? 0)).join(", ") })}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("carePlans.view.barriers")}
        </Title>
        {content.barriers.length === 0 ? (
          <Text>{t("carePlans.view.noBarriers")}</Text>
        ) : (
          <List spacing="xs">
            {content.barriers.map((barrier, index) => (
              <List.Item key={index}>
                <Text fw={600} span>
                  {barrierKindLabel(barrier.kind, t)}
                </Text>
                <Text size="sm" dir="auto">
                  {barrier.description}
                </Text>
                <Text size="sm" dir="auto">
                  {t("carePlans.view.howAddressed", { how: isolate(barrier.howAddressed) })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
