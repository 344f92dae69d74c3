/** The site's attendees due a refresher within 30 days or overdue: who, from where, which course, by when, with a link to the training. */
import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { trainingApi } from "./training-api.js";

export function RefreshersPanel({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => trainingApi.refreshers(siteId), [siteId]);
  return (
    <Section title={t("training.refreshers.title")}>
      <Text size="sm" c="dimmed">
        {t("training.refreshers.intro")}
      </Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.items.length === 0 ? (
          <Text>{t("training.refreshers.none")}</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {state.data.items.map((item) => (
              <Group key={item.attendeeId} component="li" justify="space-between" align="flex-start" wrap="wrap" gap="xs" py={4} style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
                <Stack gap={0}>
                  <Text fw={600}>
                    <bdi>{item.name}</bdi>
                  </Text>
                  {item.organisation && (
                    <Text size="sm" c="dimmed">
                      <bdi>{item.organisation}</bdi>
                    </Text>
                  )}
                  <Anchor component={Link} to={`/outreach/training/deliveries/${item.deliveryId}`} size="sm">
                    {t("training.refreshers.course", { course: isolate(item.course.title), date: format.day(item.deliveredOn) })}
                  </Anchor>
                </Stack>
                <Badge variant="light" color={item.isOverdue ? "red" : "yellow"}>
                  {t(item.isOverdue ? "training.refreshers.overdue" : "training.refreshers.due", { date: format.day(item.refresherDueOn) })}
                </Badge>
              </Group>
            ))}
          </Stack>
        ))}
      {state.status === "ready" && state.data.isTruncated && <Text size="sm">{t("training.refreshers.truncated", { count: state.data.items.length })}</Text>}
    </Section>
  );
}
