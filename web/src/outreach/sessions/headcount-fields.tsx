/**
 * How many people a session reached: the total in a large box, and the optional age and gender
 * bands folded away until asked for (open when any is filled in). A band set adding up to more
 * than the total shows its problem under the set.
 */
import { Button, Collapse, Fieldset, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { headcountAgeBands, headcountGenders } from "../../../../core/outreach/vocabulary.js";
import type { SessionFormValues } from "./session-form-values.js";

export function HeadcountFields({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const { t } = useTranslation();
  const { byAgeBand, byGender } = form.getValues().headcount;
  const [isOpen, setIsOpen] = useState(() => [...Object.values(byAgeBand), ...Object.values(byGender)].some((value) => value !== ""));
  const bandError = (set: "byAgeBand" | "byGender") => form.errors[`headcount.${set}`];
  const bands = (set: "byAgeBand" | "byGender", names: readonly string[], labelOf: (name: string) => string) => (
    <Fieldset legend={t(`outreachSessions.form.${set}`)} variant="unstyled">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {names.map((name) => (
          <NumberInput key={name} label={labelOf(name)} min={0} max={100_000} allowNegative={false} allowDecimal={false} inputMode="numeric" size="md" hideControls data-testid={`headcount-${set}-${name}`} {...form.getInputProps(`headcount.${set}.${name}`)} />
        ))}
      </SimpleGrid>
      {bandError(set) && (
        <Text c="red" size="sm" mt={4} role="alert">
          {bandError(set)}
        </Text>
      )}
    </Fieldset>
  );
  return (
    <Stack gap="xs">
      <NumberInput label={t("outreachSessions.form.total")} description={t("outreachSessions.form.totalHint")} min={0} max={100_000} allowNegative={false} allowDecimal={false} inputMode="numeric" size="lg" hideControls required data-testid="headcount-total" {...form.getInputProps("headcount.total")} />
      <Button variant="subtle" onClick={() => setIsOpen((open) => !open)} aria-expanded={isOpen} style={{ alignSelf: "flex-start" }} data-testid="headcount-bands-toggle">
        {isOpen ? t("outreachSessions.form.hideBands") : t("outreachSessions.form.showBands")}
      </Button>
      <Collapse expanded={isOpen}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("outreachSessions.form.bandsHint")}
          </Text>
          {bands("byAgeBand", headcountAgeBands, (band) => t(`outreach.ageBands.${band}`))}
          {bands("byGender", headcountGenders, (gender) => t(`outreach.genders.${gender}`))}
        </Stack>
      </Collapse>
    </Stack>
  );
}
