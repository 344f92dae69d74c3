/** One kind of record's retention rule: three whole numbers, saved with the version seen. */
import { Badge, Button, Group, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { retentionRuleSchema, RetentionRuleFigures } from "../../../../core/api/retention.js";
import { retentionRuleBounds as bounds } from "../../../../core/data-protection/retention-rules.js";
import { ApiError } from "../../api/api-error.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { retentionApi, type RetentionRules } from "./retention-api.js";

type Rule = z.infer<typeof retentionRuleSchema>;

interface RuleFormProps {
  rule: Rule;
  defaults: RetentionRuleFigures;
  canEdit: boolean;
  onSaved: (rules: RetentionRules) => void;
}

export function RuleForm({ rule, defaults, canEdit, onSaved }: RuleFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isSaved, setIsSaved] = useState(false);
  const inRange = (min: number, max: number) => (value: number | string) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? null : t("retention.rules.range", { min, max });
  const form = useForm<RetentionRuleFigures>({
    initialValues: { adultYearsAfterClosure: rule.adultYearsAfterClosure, childUntilBirthday: rule.childUntilBirthday, childAged17UntilBirthday: rule.childAged17UntilBirthday },
    validate: {
      adultYearsAfterClosure: inRange(bounds.minYears, bounds.maxYears),
      childUntilBirthday: inRange(bounds.minBirthday, bounds.maxBirthday),
      childAged17UntilBirthday: inRange(bounds.minBirthday, bounds.maxBirthday),
    },
  });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    setIsSaved(false);
    try {
      onSaved(await retentionApi.updateRule(rule.recordType, { ...values, version: rule.version }));
      setIsSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("retention.rules.stale"));
      else throw error;
    }
  });
  const field = (name: keyof RetentionRuleFigures, min: number, max: number) => ({
    label: t(`retention.rules.fields.${name}`),
    description: t(`retention.rules.hints.${name}`, { value: format.number(defaults[name]) }),
    min,
    max,
    allowDecimal: false,
    allowNegative: false,
    disabled: !canEdit,
    ...form.getInputProps(name),
  });

  return (
    <Section
      title={t(`retention.rules.recordTypes.${rule.recordType}`)}
      actions={rule.isDefault ? <Badge variant="light">{t("retention.rules.isDefault")}</Badge> : <Badge variant="light" color="grape">{t("retention.rules.isOwn")}</Badge>}
    >
      <Text size="sm" maw="75ch">
        {t(`retention.rules.explain.${rule.recordType}`)}
      </Text>
      {rule.updatedAt && rule.updatedByName && (
        <Text size="sm" c="dimmed">
          {t("retention.rules.changedBy", { who: isolate(rule.updatedByName), when: isolate(format.dateTime(rule.updatedAt)) })}
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput {...field("adultYearsAfterClosure", bounds.minYears, bounds.maxYears)} />
            <NumberInput {...field("childUntilBirthday", bounds.minBirthday, bounds.maxBirthday)} />
            <NumberInput {...field("childAged17UntilBirthday", bounds.minBirthday, bounds.maxBirthday)} />
          </SimpleGrid>
          {canEdit && (
            <Group>
              <Button type="submit" loading={form.submitting}>
                {t("retention.rules.save")}
              </Button>
              {isSaved && (
                <Text role="status" c="green.8">
                  {t("retention.rules.saved")}
                </Text>
              )}
            </Group>
          )}
        </Stack>
      </form>
    </Section>
  );
}
