/**
 * Recording an outside agency's reply to a referral: accepted or declined (with the reason they
 * gave), or closed with its outcome and the day the case came back to the organisation.
 */
import { Button, Group, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { externalReferralEventBodySchema, type ExternalReferralView } from "../../../core/api/panel.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate, localIsoDate } from "../i18n/format.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

export type ReferralStep = "accept" | "decline" | "close";

interface Values {
  on: string;
  reason: string;
  outcome: string;
  returnedToOrganisationOn: string;
}

interface ReferralEventDialogProps {
  step: { referral: ExternalReferralView; type: ReferralStep } | null;
  onClose: () => void;
  onDone: () => void;
}

export function ReferralEventDialog({ step, onClose, onDone }: ReferralEventDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={step !== null} onClose={onClose} title={step ? t(`panel.referrals.steps.${step.type}`) : ""} size="lg">
      {step && <ReferralEventForm referral={step.referral} type={step.type} onCancel={onClose} onDone={onDone} />}
    </AppModal>
  );
}

function ReferralEventForm({ referral, type, onCancel, onDone }: { referral: ExternalReferralView; type: ReferralStep; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const toBody = (values: Values) => {
    const base = { on: values.on, version: referral.version };
    if (type === "accept") return { type, ...base };
    if (type === "decline") return { type, ...base, reason: values.reason };
    return {
      type,
      ...base,
      ...(values.outcome.trim() ? { outcome: values.outcome } : {}),
      ...(values.returnedToOrganisationOn ? { returnedToOrganisationOn: values.returnedToOrganisationOn } : {}),
    };
  };
  const form = useForm<Values>({
    initialValues: { on: localIsoDate(new Date()), reason: "", outcome: "", returnedToOrganisationOn: "" },
    validate: zodValidate<Values>(externalReferralEventBodySchema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await panelApi.referralEvent(referral.id, externalReferralEventBodySchema.parse(toBody(values)));
    onDone();
  });
  const to = referral.target === "other" && referral.targetName ? referral.targetName : panelLabels(t).referralTarget(referral.target);
  const needsOutcome = type === "close" && referral.status === "accepted";
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("panel.referrals.stepIntro", { to: isolate(to) })}</Text>
        <FormError message={formError} />
        <TextInput type="date" label={t(`panel.referrals.stepDate.${type}`)} min={referral.sentOn} max={localIsoDate(new Date())} required data-autofocus {...form.getInputProps("on")} />
        {type === "decline" && <Textarea label={t("panel.referrals.declineReason")} autosize minRows={2} maxLength={2000} dir="auto" required {...form.getInputProps("reason")} />}
        {type === "close" && (
          <>
            <Textarea label={t("panel.referrals.outcome")} description={t("panel.referrals.outcomeHint")} autosize minRows={3} maxLength={4000} dir="auto" required={needsOutcome} {...form.getInputProps("outcome")} />
            <TextInput type="date" label={t("panel.referrals.returnedOnLabel")} min={referral.sentOn} required={needsOutcome} {...form.getInputProps("returnedToOrganisationOn")} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(`panel.referrals.steps.${type}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
