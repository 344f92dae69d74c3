/**
 * Numbers answered in a box that says its range (days in the last 28, units, a count), and the
 * 0–20 self-ratings as a box and a slider moving together: the box for typing, the slider for a
 * tablet. A number out of range is not saved; the box says what it expects instead.
 */
import { Group, NumberInput, Slider, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isolate } from "../i18n/format.js";
import type { FormAnswer } from "./form-answers.js";

interface NumberFieldProps {
  label: string;
  description?: string;
  error: string | null;
  required: boolean;
  withAsterisk?: boolean;
  min: number;
  max: number;
  isInteger: boolean;
  unit?: string;
  value: FormAnswer | undefined;
  onChange: (value: number | undefined) => void;
}

/** Whether a typed value is an answer the item accepts. */
export const isInRange = (value: number, min: number, max: number, isInteger: boolean): boolean =>
  Number.isFinite(value) && value >= min && value <= max && (!isInteger || Number.isInteger(value));

export function NumberField({ label, description, error, required, min, max, isInteger, unit, value, onChange }: NumberFieldProps) {
  const { t } = useTranslation();
  const saved = typeof value === "number" ? value : "";
  const [typed, setTyped] = useState<number | string>(saved);
  // A new answer from elsewhere (the slider beside a rating) shows in the box; an emptied answer
  // does not clear what was typed, so an out-of-range number stays to be corrected.
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    setLastSaved(saved);
    if (saved !== "") setTyped(saved);
  }
  const isOutOfRange = typeof typed === "number" && !isInRange(typed, min, max, isInteger);
  const range = t("assessments.form.range", { min, max }) + (unit ? ` (${unit})` : "");
  return (
    <NumberInput
      label={<bdi>{label}</bdi>}
      description={description ? `${description} ${range}` : range}
      error={isOutOfRange ? t(isInteger ? "assessments.form.wholeNumberInRange" : "assessments.form.numberInRange", { min, max }) : error}
      required={required}
      value={typed}
      min={min}
      max={max}
      allowDecimal={!isInteger}
      allowNegative={min < 0}
      clampBehavior="none"
      w={{ base: "100%", xs: 220 }}
      onChange={(next) => {
        setTyped(next);
        if (typeof next === "number" && isInRange(next, min, max, isInteger)) onChange(next);
        else onChange(undefined);
      }}
    />
  );
}

interface RatingFieldProps {
  label: string;
  description?: string;
  error: string | null;
  required: boolean;
  value: FormAnswer | undefined;
  onChange: (value: number | undefined) => void;
}

const marks = [0, 5, 10, 15, 20].map((value) => ({ value, label: String(value) }));

export function RatingField({ label, description, error, required, value, onChange }: RatingFieldProps) {
  const { t } = useTranslation();
  const rating = typeof value === "number" ? value : null;
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="lg" wrap="wrap">
        <NumberField label={label} description={description} error={error} required={required} min={0} max={20} isInteger value={value} onChange={onChange} />
        <Stack gap={2} style={{ flex: "1 1 14rem", minWidth: "12rem", maxWidth: "28rem" }} pb={error ? 28 : 8}>
          {/* The slider's scale reads the way the page does; its thumb has its own name. */}
          <Slider
            min={0}
            max={20}
            step={1}
            marks={marks}
            value={rating ?? 10}
            color={rating === null ? "gray" : undefined}
            thumbLabel={t("assessments.form.sliderLabel", { label: isolate(label) })}
            onChange={(next) => onChange(next)}
            label={(next) => String(next)}
            mb="md"
          />
        </Stack>
      </Group>
      {rating === null && (
        <Text size="sm" c="dimmed">
          {t("assessments.form.notRatedYet")}
        </Text>
      )}
    </Stack>
  );
}
