/**
 * One step in an escalation's life, as the server allows it: the safeguarding lead accepts it onto a
 * meeting or moves it, returns it or takes it off an agenda with a reason; the escalator resubmits
 * it reworded, or withdraws it. Each step sends the version seen (someone else's change first: 409).
 */
import { Button, Group, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { escalationEventBodySchema, type EscalationDetail, type EscalationEventBody } from "../../../core/api/panel.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate, useFormat } from "../i18n/format.js";
import { panelApi } from "./panel-api.js";

export type EscalationStep = EscalationEventBody["type"];

interface Values {
  meetingId: string;
  reason: string;
  riskSummary: string;
}

interface EscalationStepDialogProps {
  escalation: EscalationDetail;
  step: EscalationStep | null;
  onClose: () => void;
  onDone: (next: EscalationDetail, step: EscalationStep) => void;
}

export function EscalationStepDialog({ escalation, step, onClose, onDone }: EscalationStepDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={step !== null} onClose={onClose} title={step ? t(`panel.steps.${step}.title`) : ""} size="lg">
      {step && <StepForm escalation={escalation} step={step} onCancel={onClose} onDone={(next) => onDone(next, step)} />}
    </AppModal>
  );
}

function StepForm({ escalation, step, onCancel, onDone }: { escalation: EscalationDetail; step: EscalationStep; onCancel: () => void; onDone: (next: EscalationDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const version = escalation.version;
  const toBody = (values: Values) => {
    switch (step) {
      case "accept":
      case "move_to_meeting":
        return { type: step, meetingId: values.meetingId, version };
      case "resubmit":
        return { type: step, reason: values.reason, riskSummary: values.riskSummary, version };
      default:
        return { type: step, reason: values.reason, version };
    }
  };
  const isResubmit = step === "resubmit";
  const form = useForm<Values>({
    initialValues: { meetingId: "", reason: isResubmit ? escalation.reason : "", riskSummary: isResubmit ? escalation.riskSummary : "" },
    validate: zodValidate<Values>(escalationEventBodySchema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onDone(await panelApi.escalationEvent(escalation.id, escalationEventBodySchema.parse(toBody(values)))));
  const choosesMeeting = step === "accept" || step === "move_to_meeting";
  const meetings = escalation.meetingOptions.filter((meeting) => meeting.id !== escalation.meeting?.id);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t(`panel.steps.${step}.intro`)}</Text>
        <FormError message={formError} />
        {choosesMeeting &&
          (meetings.length === 0 ? (
            <Text role="status">{t("panel.steps.noMeetings")}</Text>
          ) : (
            <NativeSelect
              label={t("panel.steps.meeting")}
              data={chooseFirst(t("panel.choose"), meetings.map((meeting) => ({ value: meeting.id, label: t("panel.meetings.option", { date: format.dateTime(meeting.startsAt), location: isolate(meeting.location) }) })))}
              required
              data-autofocus
              {...form.getInputProps("meetingId")}
            />
          ))}
        {!choosesMeeting && <Textarea label={t(isResubmit ? "panel.escalate.reason" : `panel.steps.${step}.reason`)} autosize minRows={3} maxLength={2000} dir="auto" required data-autofocus {...form.getInputProps("reason")} />}
        {isResubmit && <Textarea label={t("panel.escalate.riskSummary")} autosize minRows={4} maxLength={8000} dir="auto" required {...form.getInputProps("riskSummary")} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} disabled={choosesMeeting && meetings.length === 0} color={step === "withdraw" || step === "take_off_agenda" ? "red" : undefined}>
            {t(`panel.steps.${step}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
