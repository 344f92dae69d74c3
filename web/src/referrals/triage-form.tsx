/**
 * The triage decision: accept (open a case, for a new person or the existing client chosen above),
 * signpost (where to) or decline, always with a reason. Validated with the server's own schema.
 * If someone else decided the referral meanwhile, the page says so and shows their decision.
 */
import { Button, Group, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { triageBodySchema } from "../../../core/api/referrals.js";
import { triageDecisions, type TriageDecision } from "../../../core/referrals/referral-status.js";
import { hasCode } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { referralsApi, type ReferralDetail, type TriageBody } from "./referrals-api.js";

interface Values {
  decision: TriageDecision | "";
  signpostedTo: string;
  reason: string;
}

interface TriageFormProps {
  referral: ReferralDetail;
  existingClientId: string | null;
  onDecided: (referral: ReferralDetail, caseId: string | null) => void;
  onStale: () => void;
}

function toBody(values: Values, existingClientId: string | null): TriageBody {
  return {
    decision: values.decision as TriageDecision,
    reason: values.reason,
    ...(values.decision === "signpost" ? { signpostedTo: values.signpostedTo } : {}),
    ...(values.decision === "accept" && existingClientId ? { existingClientId } : {}),
  };
}

export function TriageForm({ referral, existingClientId, onDecided, onStale }: TriageFormProps) {
  const { t } = useTranslation();
  const validateBody = zodValidate(triageBodySchema, t, (values: Values) => toBody(values, existingClientId));
  const form = useForm<Values>({
    initialValues: { decision: "", signpostedTo: "", reason: "" },
    validate: (values) => ({
      ...validateBody(values),
      ...(values.decision === "signpost" && values.signpostedTo.trim() === "" ? { signpostedTo: t("validation.required") } : {}),
    }),
  });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const result = await referralsApi.triage(referral.id, triageBodySchema.parse(toBody(values, existingClientId)));
      onDecided(result.referral, result.caseId);
    } catch (error) {
      if (!hasCode(error, "conflict") && !hasCode(error, "forbidden")) throw error;
      setFormError(t("referrals.triage.alreadyDecided"));
      onStale();
    }
  });
  const decision = form.getValues().decision;

  return (
    <Section title={t("referrals.triage.title")}>
      <form onSubmit={submit} noValidate>
        <Stack maw={640}>
          <FormError message={formError} />
          <Radio.Group withAsterisk={false} label={t("referrals.triage.decision")} required {...form.getInputProps("decision")}>
            <Stack gap="xs" mt="xs">
              {triageDecisions.map((option) => (
                <Radio key={option} value={option} label={t(`referrals.triage.options.${option}`)} description={t(`referrals.triage.optionHints.${option}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {decision === "signpost" && (
            <TextInput label={t("referrals.triage.signpostedTo")} description={t("referrals.triage.signpostedToHint")} required maxLength={200} {...form.getInputProps("signpostedTo")} />
          )}
          {decision === "accept" && (
            <Text fw={500} role="status">
              {existingClientId ? t("referrals.triage.willLink") : t("referrals.triage.willCreate")}
            </Text>
          )}
          <Textarea
            label={t("referrals.triage.reason")}
            description={t("referrals.triage.reasonHint")}
            required
            autosize
            minRows={3}
            maxLength={2000}
            dir="auto"
            {...form.getInputProps("reason")}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t(`referrals.triage.submit.${decision || "none"}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
