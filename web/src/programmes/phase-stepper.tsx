/**
 * The programme's phases in order, as a vertical stepper: the ones behind the client marked done,
 * the current one highlighted, each with the days spent in it, how often it was entered (a step
 * back means a phase is entered again) and how long it usually takes.
 */
import { Stack, Stepper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isPastExpected } from "./durations.js";
import type { EnrolmentDetail } from "./programmes-api.js";
import { useDuration } from "./use-duration.js";

export function PhaseStepper({ enrolment }: { enrolment: EnrolmentDetail }) {
  const { t } = useTranslation();
  const duration = useDuration();
  // Completed: every phase is done. Withdrawn: the phase they left stays marked, greyed.
  const active = enrolment.currentPhase ? enrolment.currentPhase.index : enrolment.phases.length;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("programmes.panel.phases")}
      </Title>
      <Stepper active={active} orientation="vertical" size="sm" color={enrolment.state === "withdrawn" ? "gray" : undefined}>
        {enrolment.phases.map((phase, index) => {
          const isCurrent = index === active;
          const hasTime = phase.days > 0 || isCurrent;
          return (
            <Stepper.Step
              key={phase.id}
              label={<bdi>{phase.title}</bdi>}
              aria-current={isCurrent ? "step" : undefined}
              description={
                <>
                  {hasTime && (
                    <Text size="xs" component="span" display="block" c={isPastExpected(phase.days, phase.expectedWeeks) ? "orange.8" : undefined}>
                      {t("programmes.panel.timeInPhase", { duration: duration(phase.days) })}
                    </Text>
                  )}
                  {phase.visits > 1 && (
                    <Text size="xs" component="span" display="block">
                      {t("programmes.panel.visits", { count: phase.visits })}
                    </Text>
                  )}
                  <Text size="xs" component="span" display="block" c="dimmed">
                    {t("programmes.panel.usually", { count: phase.expectedWeeks })}
                  </Text>
                </>
              }
            />
          );
        })}
      </Stepper>
    </Stack>
  );
}
