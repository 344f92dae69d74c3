/** The plan's reviews, newest first: when, by whom, which version, and how each goal was going with its note. */
import { Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolate, useFormat } from "../i18n/format.js";
import type { CurrentPlan } from "./care-plans-api.js";
import { ProgressBadge } from "./plan-view.js";

export function ReviewList({ plan }: { plan: CurrentPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (plan.reviews.length === 0) return <Text>{t("carePlans.reviews.none")}</Text>;
  const goalName = (goalId: string) => plan.goalsSummary.find((goal) => goal.goalId === goalId)?.what ?? goalId;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {plan.reviews.map((review) => (
        <Paper key={review.id} withBorder p="sm" component="li">
          <Text fw={600}>
            {t("carePlans.reviews.heading", { date: isolate(format.day(review.reviewedOn)), name: isolate(review.reviewedByName ?? t("carePlans.view.someone")), version: format.number(review.planVersion) })}
          </Text>
          <Stack gap={4} mt={4}>
            {review.progress.map((entry) => (
              <div key={entry.goalId}>
                <Text size="sm" dir="auto" span>
                  {goalName(entry.goalId)}{" "}
                </Text>
                <ProgressBadge value={entry.value} />
                {entry.note && (
                  <Text size="sm" c="dimmed" dir="auto">
                    {entry.note}
                  </Text>
                )}
              </div>
            ))}
          </Stack>
          <Text size="sm" c="dimmed" mt={4}>
            {t("carePlans.reviews.next", { date: isolate(format.day(review.nextReviewOn)) })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
