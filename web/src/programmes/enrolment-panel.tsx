/**
 * One enrolment in full: the phases with the days spent in each, the current phase's criteria to
 * move on, stepping back, withdrawing or rejoining where the server allows it, and the history.
 * Every step sends the version the user saw; if someone else moved the client first, the page says
 * so and shows the latest.
 */
import { Alert, Badge, Grid, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { EnrolmentActions } from "./enrolment-actions.js";
import { EnrolmentHistory } from "./enrolment-history.js";
import { MoveOnForm } from "./move-on-form.js";
import { PhaseStepper } from "./phase-stepper.js";
import { programmesApi, type EnrolmentDetail, type EnrolmentEvent } from "./programmes-api.js";
import { isStale } from "./step-failure.js";
import { useDuration } from "./use-duration.js";

export function EnrolmentPanel({ enrolmentId, onChanged }: { enrolmentId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => programmesApi.enrolment(enrolmentId), [enrolmentId]);
  const [notice, setNotice] = useState<{ key: string; isStale: boolean } | null>(null);
  const duration = useDuration();
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const enrolment = state.data;

  /** Records a step; a failure other than someone else's change is thrown back to the form that asked. */
  async function send(event: EnrolmentEvent, done: string): Promise<void> {
    try {
      const next = await programmesApi.step(enrolment.id, { event, version: enrolment.version });
      replace(next);
      setNotice({ key: done, isStale: false });
      onChanged();
    } catch (error) {
      if (!isStale(error)) throw error;
      setNotice({ key: "programmes.step.stale", isStale: true });
      reload();
    }
  }

  return (
    <Section
      title={enrolment.programme.title}
      actions={
        <Badge variant="light" color={enrolment.state === "completed" ? "green" : enrolment.state === "withdrawn" ? "gray" : "blue"}>
          {t(`programmes.states.${enrolment.state}`)}
        </Badge>
      }
    >
      {notice && (
        <Alert color={notice.isStale ? "orange" : "green"} variant="light" role={notice.isStale ? "alert" : "status"} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {t(notice.key)}
        </Alert>
      )}
      <Totals enrolment={enrolment} duration={duration} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PhaseStepper enrolment={enrolment} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {(enrolment.availableEvents.includes("advance") || enrolment.availableEvents.includes("complete")) && (
              <MoveOnForm key={enrolment.version} enrolment={enrolment} onSend={send} />
            )}
            <EnrolmentActions enrolment={enrolment} onSend={send} />
            {enrolment.availableEvents.length === 0 && enrolment.state !== "completed" && (
              <Text size="sm" c="dimmed">
                {t("programmes.panel.readOnly")}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <EnrolmentHistory enrolment={enrolment} />
    </Section>
  );
}

function Totals({ enrolment, duration }: { enrolment: EnrolmentDetail; duration: (days: number) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="lg" wrap="wrap">
      <Text size="sm">{t("programmes.panel.inProgramme", { duration: duration(enrolment.totalDays) })}</Text>
      {enrolment.daysWithdrawn > 0 && <Text size="sm">{t("programmes.panel.timeAway", { duration: duration(enrolment.daysWithdrawn) })}</Text>}
      {enrolment.stepBacks > 0 && <Text size="sm">{t("programmes.panel.stepBacks", { count: enrolment.stepBacks })}</Text>}
      <Text size="sm" c="dimmed">
        {t("programmes.panel.version", { version: enrolment.programme.version })}
      </Text>
    </Group>
  );
}
