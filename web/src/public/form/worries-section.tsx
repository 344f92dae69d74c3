/**
 * What the worry is about (the ten vulnerability domains in plain, non-stigmatising words), the
 * story in the referrer's own words, and how soon help is needed — with the 999 reminder by "urgent".
 */
import { Checkbox, SimpleGrid, Text, Textarea } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { urgencies, vulnerabilityDomains, type Urgency, type VulnerabilityDomain } from "../../../../core/referrals/vocabulary.js";
import { WithPhoneLinks } from "../phone-number.js";
import { ChoiceFieldset, fieldId, FormSection, RadioOptions } from "./form-kit.js";
import type { ReferralForm } from "./referral-form-type.js";

export const concernMaxLength = 4000;

const reasonLabels: Record<VulnerabilityDomain, string> = {
  substance_misuse: "public.reasons.substance_misuse",
  alcohol: "public.reasons.alcohol",
  mental_health: "public.reasons.mental_health",
  criminal_exploitation_gangs: "public.reasons.criminal_exploitation_gangs",
  sexual_exploitation: "public.reasons.sexual_exploitation",
  radicalisation_extremism: "public.reasons.radicalisation_extremism",
  family: "public.reasons.family",
  housing: "public.reasons.housing",
  education_employment: "public.reasons.education_employment",
  online_harm: "public.reasons.online_harm",
};

const urgencyLabels: Record<Urgency, string> = {
  routine: "public.urgency.routine",
  soon: "public.urgency.soon",
  urgent: "public.urgency.urgent",
};

export function WorriesSection({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t("public.form.worries.title")}>
      <Reasons form={form} />
      <Concern form={form} />
      <ChoiceFieldset legend={t("public.form.worries.urgencyLegend")} error={form.errors.urgency}>
        <RadioOptions<Urgency>
          path="urgency"
          value={form.values.urgency}
          onChange={(value) => form.setFieldValue("urgency", value)}
          options={urgencies.map((urgency) => ({
            value: urgency,
            label: t(urgencyLabels[urgency]),
            description: urgency === "urgent" ? <UrgentReminder /> : undefined,
          }))}
          hasError={Boolean(form.errors.urgency)}
        />
      </ChoiceFieldset>
    </FormSection>
  );
}

function UrgentReminder(): ReactNode {
  return (
    <Text span size="sm" fw={600} c="red.9" inherit>
      <WithPhoneLinks messageKey="public.emergency.urgentReminder" />
    </Text>
  );
}

function Reasons({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const chosen = form.values.reasons;
  const error = form.errors.reasons;

  function toggle(domain: VulnerabilityDomain, isChecked: boolean): void {
    const next = isChecked ? [...chosen, domain] : chosen.filter((reason) => reason !== domain);
    // Kept in the vocabulary's order, whatever order they were ticked in.
    form.setFieldValue("reasons", vulnerabilityDomains.filter((reason) => next.includes(reason)));
  }

  return (
    <ChoiceFieldset legend={t("public.form.worries.reasonsLegend")} hint={t("public.form.worries.reasonsHint")} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        {vulnerabilityDomains.map((domain, index) => (
          <Checkbox
            key={domain}
            id={index === 0 ? fieldId("reasons") : undefined}
            name="reasons"
            value={domain}
            size="md"
            label={t(reasonLabels[domain])}
            checked={chosen.includes(domain)}
            onChange={(event) => toggle(domain, event.currentTarget.checked)}
            aria-invalid={error ? true : undefined}
          />
        ))}
      </SimpleGrid>
    </ChoiceFieldset>
  );
}

function Concern({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const used = form.values.concern.length;
  const isOver = used > concernMaxLength;
  return (
    <Textarea
      id={fieldId("concern")}
      label={t("public.form.worries.concern")}
      description={t("public.form.worries.concernHint", { max: concernMaxLength })}
      autosize
      minRows={5}
      maxRows={16}
      dir="auto"
      required
      {...form.getInputProps("concern")}
      inputContainer={(input) => (
        <>
          {input}
          <Text size="sm" mt={4} c={isOver ? "var(--mantine-color-error)" : "dimmed"} fw={isOver ? 700 : 400}>
            {t("public.form.worries.counter", { used, max: concernMaxLength })}
          </Text>
        </>
      )}
    />
  );
}
