/** What the concern is: the reasons (vulnerability domains), how urgent it is, and the worry in the referrer's words. */
import { Checkbox, Group, Radio, SimpleGrid, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { urgencies, vulnerabilityDomains } from "../../../core/referrals/vocabulary.js";
import { FormFieldset } from "../components/form-fieldset.js";
import type { ReferralFormValues } from "./referral-form-values.js";

export function ReferralConcernFields({ form }: { form: UseFormReturnType<ReferralFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormFieldset legend={t("referrals.form.concernLegend")}>
      <Checkbox.Group withAsterisk={false} label={t("referrals.reasonsLabel")} description={t("referrals.form.reasonsHint")} required {...form.getInputProps("reasons")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {vulnerabilityDomains.map((domain) => (
            <Checkbox key={domain} value={domain} label={t(`referrals.reasons.${domain}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Radio.Group withAsterisk={false} label={t("referrals.urgencyLabel")} required {...form.getInputProps("urgency")}>
        <Group mt="xs">
          {urgencies.map((urgency) => (
            <Radio key={urgency} value={urgency} label={t(`referrals.urgency.${urgency}`)} description={t(`referrals.urgencyHint.${urgency}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t("referrals.concern")}
        description={t("referrals.form.concernHint")}
        required
        autosize
        minRows={4}
        maxRows={14}
        maxLength={4000}
        dir="auto"
        {...form.getInputProps("concern")}
      />
    </FormFieldset>
  );
}
