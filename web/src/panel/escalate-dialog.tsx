/**
 * Escalating a case to the panel: why, the risk as the worker sees it, and whether it is urgent
 * (urgent alerts the safeguarding lead today). The latest assessment is attached by the server; with
 * none yet, only an urgent escalation is possible. Afterwards, any identifying text the server found
 * is shown for the writer to reword.
 */
import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { escalateBodySchema, type CaseEscalationList, type EscalationDetail } from "../../../core/api/panel.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate, useFormat } from "../i18n/format.js";
import { IdentifyingWarnings } from "./identifying-warnings.js";
import { panelApi } from "./panel-api.js";

interface EscalateDialogProps {
  caseId: string;
  opened: boolean;
  latestAssessment: CaseEscalationList["latestAssessment"];
  onClose: () => void;
  onEscalated: () => void;
}

export function EscalateDialog({ caseId, opened, latestAssessment, onClose, onEscalated }: EscalateDialogProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<EscalationDetail | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <AppModal opened={opened} onClose={close} title={t("panel.escalate.title")} size="lg">
      {opened && !created && (
        <EscalateForm
          caseId={caseId}
          latestAssessment={latestAssessment}
          onCancel={close}
          onDone={(escalation) => {
            onEscalated();
            if (escalation.warnings.length > 0) setCreated(escalation);
            else close();
          }}
        />
      )}
      {created && (
        <Stack>
          <Alert color="green" variant="light" role="status">
            {t(created.isUrgent ? "panel.escalate.doneUrgent" : "panel.escalate.done")}
          </Alert>
          <IdentifyingWarnings warnings={created.warnings} />
          <Group justify="flex-end">
            <Button onClick={close}>{t("common.close")}</Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}

interface Values {
  reason: string;
  riskSummary: string;
  isUrgent: boolean;
}

function EscalateForm({ caseId, latestAssessment, onCancel, onDone }: { caseId: string; latestAssessment: CaseEscalationList["latestAssessment"]; onCancel: () => void; onDone: (escalation: EscalationDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const onlyUrgent = latestAssessment === null;
  const form = useForm<Values>({ initialValues: { reason: "", riskSummary: "", isUrgent: onlyUrgent }, validate: zodValidate<Values>(escalateBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onDone(await panelApi.escalate(caseId, escalateBodySchema.parse(values))));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("panel.escalate.intro")}</Text>
        <FormError message={formError} />
        <Textarea label={t("panel.escalate.reason")} description={t("panel.escalate.reasonHint")} autosize minRows={3} maxLength={2000} dir="auto" required data-autofocus {...form.getInputProps("reason")} />
        <Textarea label={t("panel.escalate.riskSummary")} description={t("panel.escalate.riskSummaryHint")} autosize minRows={4} maxLength={8000} dir="auto" required {...form.getInputProps("riskSummary")} />
        <Checkbox
          label={t("panel.escalate.urgent")}
          description={onlyUrgent ? t("panel.escalate.onlyUrgent") : t("panel.escalate.urgentHint")}
          disabled={onlyUrgent}
          {...form.getInputProps("isUrgent", { type: "checkbox" })}
        />
        <Alert color={onlyUrgent ? "orange" : "blue"} variant="light">
          {latestAssessment
            ? t("panel.escalate.attached", { instrument: isolate(latestAssessment.instrumentTitle), date: format.day(latestAssessment.assessedOn) })
            : t("panel.escalate.noAssessment")}
        </Alert>
        <Text size="sm" c="dimmed">
          {t("panel.escalate.noNames")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={form.values.isUrgent ? "red" : undefined} loading={form.submitting}>
            {t(form.values.isUrgent ? "panel.escalate.submitUrgent" : "panel.escalate.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
