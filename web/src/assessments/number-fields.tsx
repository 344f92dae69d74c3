/**
 * Numbers answered in a box that says its range (days in the last 28, units, a count), and the
 * 0–20 self-ratings as a box and a slider moving together: the box for typing, the slider for a
 * tablet. A number out of range is not saved; the box says what it expects instead.
 */
import { NumberInput, Slider, Stack, Text } from "@mantine/core";
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
  const range = unit ? t("assessments.form.rangeUnit", { min, max, unit: isolate(unit) }) : t("assessments.form.range", { min, max });
  return (
    <NumberInput
      label={<bdi>{label}</bdi>}
      description={description ? `${description} ${range}` : range}
      error={isOutOfRange ? t(isInteger ? "assessments.form.wholeNumberInRange" : "assessments.form.numberInRange", { min, max }) : error}
      required={required}
      withAsterisk={false}
      value={typed}
      min={min}
      max={max}
      allowDecimal={!isInteger}
      allowNegative={min < 0}
      clampBehavior="none"
      styles={{ wrapper: { maxWidth: 220 } }}
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
    <Stack gap={6}>
      <NumberField label={label} description={description} error={error} required={required} min={0} max={20} isInteger value={value} onChange={onChange} />
      {/* The slider moves with the box, for a tablet; its thumb has its own name. */}
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
        maw="28rem"
        mb="lg"
      />
      {rating === null && (
        <Text size="sm" c="dimmed">
          {t("assessments.form.notRatedYet")}
        </Text>
      )}
    </Stack>
  );
}
