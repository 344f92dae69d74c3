/**
 * Escalating a case to the panel: why, the risk as the worker sees it, and whether it is urgent
 * (urgent alerts the safeguarding lead today). The latest assessment is attached by the server; with
 * none yet, only an urgent escalation is possible. Before anything is saved the server checks the
 * texts for the client's name, date of birth, address or contact details; if it finds any, the
 * writer rewords, or escalates anyway knowing the panel sees those words blacked out.
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
import { IdentifyingWarnings, type IdentifyingWarning } from "./identifying-warnings.js";
import { panelApi } from "./panel-api.js";

interface EscalateDialogProps {
  caseId: string;
  opened: boolean;
  latestAssessment: CaseEscalationList["latestAssessment"];
  /** Opened through the urgent shortcut: urgent is ticked already. */
  isUrgent: boolean;
  onClose: () => void;
  onEscalated: (escalation: EscalationDetail) => void;
}

export function EscalateDialog({ caseId, opened, latestAssessment, isUrgent, onClose, onEscalated }: EscalateDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("panel.escalate.title")} size="lg">
      {opened && (
        <EscalateForm
          caseId={caseId}
          latestAssessment={latestAssessment}
          isUrgent={isUrgent}
          onCancel={onClose}
          onDone={(escalation) => {
            onEscalated(escalation);
            onClose();
          }}
        />
      )}
    </AppModal>
  );
}

interface Values {
  reason: string;
  riskSummary: string;
  isUrgent: boolean;
}

/** The texts last checked and what the check found: the writer rewords, or escalates anyway once they have seen it. */
interface Checked {
  reason: string;
  riskSummary: string;
  warnings: IdentifyingWarning[];
}

function EscalateForm({ caseId, latestAssessment, isUrgent, onCancel, onDone }: { caseId: string; latestAssessment: CaseEscalationList["latestAssessment"]; isUrgent: boolean; onCancel: () => void; onDone: (escalation: EscalationDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const onlyUrgent = latestAssessment === null;
  const form = useForm<Values>({ initialValues: { reason: "", riskSummary: "", isUrgent: isUrgent || onlyUrgent }, validate: zodValidate<Values>(escalateBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const [checked, setChecked] = useState<Checked | null>(null);
  const isWarnedAbout = checked !== null && checked.warnings.length > 0 && checked.reason === form.values.reason.trim() && checked.riskSummary === form.values.riskSummary.trim();
  const submit = handleSubmit(async (values) => {
    const parsed = escalateBodySchema.parse(values);
    if (!isWarnedAbout) {
      const { warnings } = await panelApi.previewEscalation(caseId, parsed);
      setChecked({ reason: parsed.reason, riskSummary: parsed.riskSummary, warnings });
      if (warnings.length > 0) return;
    }
    onDone(await panelApi.escalate(caseId, parsed));
  });
  const submitLabel = isWarnedAbout ? "panel.escalate.submitAnyway" : form.values.isUrgent ? "panel.escalate.submitUrgent" : "panel.escalate.submit";
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
        {isWarnedAbout ? (
          <IdentifyingWarnings warnings={checked.warnings} />
        ) : (
          <Text size="sm" c="dimmed">
            {t("panel.escalate.noNames")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={form.values.isUrgent ? "red" : undefined} loading={form.submitting}>
            {t(submitLabel)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
