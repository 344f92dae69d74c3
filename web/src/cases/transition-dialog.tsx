/**
 * Asking for what a case transition needs: a support tier (beginning, changing or continuing
 * support), a closure reason and outcome and what the case achieved (closing), and always a reason in words. Sends the version
 * the user saw; a conflict means someone else got there first.
 */
import { Button, Group, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { transitionBodySchema } from "../../../core/api/cases.js";
import { closureOutcomes, closureReasons, supportTiers, type CaseEvent, type CaseEventType } from "../../../core/cases/case-state-machine.js";
import { hasCode } from "../api/error-messages.js";
import { CloseOutcomesField } from "../case-outcomes/close-outcomes-field.js";
import { outcomeRowErrors } from "../case-outcomes/outcome-rows.js";
import type { OutcomeRow } from "../case-outcomes/outcomes-editor.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { localIsoDate } from "../i18n/format.js";
import { zodValidate } from "../forms/validation.js";
import { casesApi, type CaseDetail } from "./cases-api.js";

interface TransitionDialogProps {
  kase: CaseDetail;
  event: CaseEventType | null;
  onClose: () => void;
  onDone: (kase: CaseDetail, event: CaseEventType) => void;
  onStale: () => void;
}

export function TransitionDialog({ kase, event, onClose, onDone, onStale }: TransitionDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={event !== null} onClose={onClose} title={event ? t(`cases.events.${event}`) : ""} size="lg">
      {event && <TransitionForm key={event} kase={kase} type={event} onCancel={onClose} onDone={onDone} onStale={onStale} />}
    </AppModal>
  );
}

interface Values {
  tier: string;
  closureReason: string;
  outcome: string;
  reason: string;
  /** When closing: what the case achieved (case-outcomes/outcomes-editor.tsx). */
  outcomes: OutcomeRow[];
}

const needsTier = (type: CaseEventType) => type === "begin_support" || type === "change_tier" || type === "continue_support";

/** The event as the API wants it; unanswered choices pass through so validation names the field. */
function toEvent(type: CaseEventType, values: Values): CaseEvent {
  if (needsTier(type)) return { type, tier: values.tier } as CaseEvent;
  if (type === "close") return { type, reason: values.closureReason, outcome: values.outcome } as CaseEvent;
  return { type };
}

/** Validation paths `event.tier` and `event.reason` belong to these form fields. */
const fieldOf: Record<string, string> = { "event.tier": "tier", "event.reason": "closureReason", "event.outcome": "outcome", reason: "reason" };

interface TransitionFormProps extends Pick<TransitionDialogProps, "kase" | "onDone" | "onStale"> {
  type: CaseEventType;
  onCancel: () => void;
}

function TransitionForm({ kase, type, onCancel, onDone, onStale }: TransitionFormProps) {
  const { t } = useTranslation();
  const toBody = (values: Values) => ({ event: toEvent(type, values), reason: values.reason, version: kase.version, ...(type === "close" ? { outcomes: values.outcomes } : {}) });
  const validateBody = zodValidate(transitionBodySchema, t, toBody);
  const form = useForm<Values>({
    initialValues: { tier: "", closureReason: "", outcome: "", reason: "", outcomes: [] },
    validate: (values) => ({
      ...Object.fromEntries(Object.entries(validateBody(values)).map(([path, message]) => [fieldOf[path] ?? path, message])),
      ...(type === "close" ? outcomeRowErrors(values.outcomes, localIsoDate(new Date()), t) : {}),
    }),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      onDone(await casesApi.transition(kase.id, transitionBodySchema.parse(toBody(values))), type);
    } catch (error) {
      if (hasCode(error, "conflict") || hasCode(error, "invalid_transition")) onStale();
      else throw error;
    }
  });
  /** Options for codes, each labelled by `label` (a catalogue lookup per code), after a "choose" prompt. */
  const options = (label: (code: string) => string, codes: readonly string[]) =>
    chooseFirst(t("cases.choose"), codes.map((code) => ({ value: code, label: label(code) })));
  const tiers = type === "change_tier" ? supportTiers.filter((tier) => tier !== kase.tier) : supportTiers;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t(`cases.eventHints.${type}`)}</Text>
        <FormError message={formError} />
        {needsTier(type) && (
          <NativeSelect label={t("cases.tierLabel")} description={t("cases.tierHint")} data={options((code) => t(`cases.tiers.${code}`), tiers)} required {...form.getInputProps("tier")} />
        )}
        {type === "close" && (
          <>
            <NativeSelect label={t("cases.closeReason")} data={options((code) => t(`cases.closureReasons.${code}`), closureReasons)} required {...form.getInputProps("closureReason")} />
            <NativeSelect
              label={t("cases.closeOutcome")}
              description={t("cases.closeOutcomeHint")}
              data={options((code) => t(`cases.closureOutcomes.${code}`), closureOutcomes)}
              required
              {...form.getInputProps("outcome")}
            />
            <CloseOutcomesField form={form} />
          </>
        )}
        <Textarea label={t("cases.why")} description={t("cases.whyHint")} required autosize minRows={3} maxLength={2000} dir="auto" {...form.getInputProps("reason")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} color={type === "close" ? "red" : undefined}>
            {t(`cases.events.${type}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
