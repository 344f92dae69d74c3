/**
 * Moving the client on from the current phase: each criterion as a checkbox, and the button once
 * all are ticked. Where the worker judges the client ready without every criterion met, they move
 * on anyway with a reason, which is kept in the history. In the last phase this completes the
 * programme.
 */
import { Button, Checkbox, Group, Paper, Stack, Switch, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../components/form-error.js";
import { isolate } from "../i18n/format.js";
import type { EnrolmentDetail, EnrolmentEvent } from "./programmes-api.js";
import { stepFailureMessage } from "./step-failure.js";

interface MoveOnFormProps {
  enrolment: EnrolmentDetail;
  onSend: (event: EnrolmentEvent, done: string) => Promise<void>;
}

export function MoveOnForm({ enrolment, onSend }: MoveOnFormProps) {
  const { t } = useTranslation();
  const current = enrolment.currentPhase!;
  const phase = enrolment.phases[current.index]!;
  const isLast = current.index === enrolment.phaseCount - 1;
  const [met, setMet] = useState<string[]>([]);
  const [isOverride, setIsOverride] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isAllMet = phase.criteria.every((criterion) => met.includes(criterion.id));

  async function submit(): Promise<void> {
    setError(null);
    if (!isAllMet && !isOverride) {
      setError(t("programmes.moveOn.notAllMet"));
      return;
    }
    if (!isAllMet && reason.trim() === "") {
      setReasonError(t("programmes.moveOn.reasonNeeded"));
      return;
    }
    const moveOn = { criteriaMet: met, ...(!isAllMet ? { override: { reason: reason.trim() } } : {}) };
    setIsBusy(true);
    try {
      await onSend(isLast ? { type: "complete", ...moveOn } : { type: "advance", ...moveOn }, isLast ? "programmes.moveOn.completed" : "programmes.moveOn.moved");
    } catch (failure) {
      setError(stepFailureMessage(failure, t));
      setIsBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("programmes.moveOn.title", { title: isolate(current.title) })}
          </Title>
          {phase.description && (
            <Text size="sm" dir="auto">
              {phase.description}
            </Text>
          )}
          {phase.criteria.length === 0 ? (
            <Text size="sm">{t("programmes.moveOn.noCriteria")}</Text>
          ) : (
            <Checkbox.Group label={t("programmes.moveOn.criteria")} description={t("programmes.moveOn.criteriaHint")} value={met} onChange={setMet}>
              <Stack gap={6} mt={6}>
                {phase.criteria.map((criterion) => (
                  <Checkbox key={criterion.id} value={criterion.id} label={<bdi>{criterion.label}</bdi>} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {!isAllMet && (
            <Switch label={t("programmes.moveOn.override")} description={t("programmes.moveOn.overrideHint")} checked={isOverride} onChange={(event) => setIsOverride(event.currentTarget.checked)} />
          )}
          {!isAllMet && isOverride && (
            <Textarea
              label={t("programmes.moveOn.reason")}
              description={t("programmes.moveOn.reasonHint")}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              error={reasonError}
              required
              autosize
              minRows={2}
              maxLength={4000}
              dir="auto"
            />
          )}
          <FormError message={error} />
          <Group>
            <Button type="submit" loading={isBusy} color={isLast ? "green" : undefined}>
              {isLast ? t("programmes.moveOn.complete") : t("programmes.moveOn.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
