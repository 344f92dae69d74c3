/**
 * One question of an instrument as a form field, by its type: a choice as radio buttons (number
 * keys pick an answer), yes/no as two radios, numbers and days in a number box with its range, a
 * 0–20 rating as a box and a slider, free text, and a judgement (present, absent, unknown) with its
 * evidence. A flag this answer raises is shown beside it at once.
 */
import { Alert, Group, Radio, Stack, Textarea } from "@mantine/core";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Item } from "../../../core/instruments/definition.js";
import type { FlagResult } from "../../../core/instruments/score.js";
import { optionForKey } from "./choice-keys.js";
import type { FormAnswer } from "./form-answers.js";
import { JudgementField } from "./judgement-field.js";
import { NumberField, RatingField } from "./number-fields.js";
import { itemElementId } from "./stored-definition.js";

export interface ItemFieldProps {
  item: Item;
  value: FormAnswer | undefined;
  onChange: (value: FormAnswer | undefined) => void;
  error: string | null;
  flags: readonly FlagResult[];
}

export function ItemField(props: ItemFieldProps) {
  const { item, flags } = props;
  return (
    <div id={itemElementId(item.id)} className="assessment-item" data-flagged={flags.length > 0 || undefined}>
      <Stack gap="xs">
        <ItemInput {...props} />
        {flags.map((flag) => (
          <Alert key={flag.id} role="note" color={flag.severity === "urgent" ? "red" : "orange"} variant={flag.severity === "urgent" ? "filled" : "light"} py="xs">
            <bdi>{flag.label}</bdi>
          </Alert>
        ))}
      </Stack>
    </div>
  );
}

function ItemInput({ item, value, onChange, error }: ItemFieldProps) {
  const { t } = useTranslation();
  // As elsewhere in the staff app, required questions are not starred; the few optional ones say so.
  // Wording comes from the instrument (usually English): isolated so that it keeps its own direction in Urdu.
  const text = item.isRequired ? item.label : t("assessments.form.optional", { label: item.label });
  const common = { label: <bdi>{text}</bdi>, description: item.help, error, required: item.isRequired, withAsterisk: false } as const;
  const plain = { ...common, label: text };
  switch (item.type) {
    case "choice": {
      const options = item.options;
      // A few short answers sit side by side (0–3 ratings, yes/no); longer lists read down the page.
      const isShort = options.length <= 4 && options.every((option) => option.label.length <= 18);
      const pickByKey = (event: KeyboardEvent<HTMLDivElement>) => {
        const index = optionForKey(event.key, options.length);
        const option = index === null ? undefined : options[index];
        if (!option || !(event.target instanceof HTMLInputElement)) return;
        event.preventDefault();
        // Keep focus with the answer chosen, as the arrow keys do: at once, so that a quick move on
        // to the next question is never pulled back here.
        event.currentTarget.querySelector<HTMLInputElement>(`input[value="${CSS.escape(option.value)}"]`)?.focus();
        onChange(option.value);
      };
      const radios = options.map((option) => <Radio key={option.value} value={option.value} label={<bdi>{option.label}</bdi>} />);
      return (
        <Radio.Group {...common} value={typeof value === "string" ? value : null} onChange={onChange} onKeyDown={pickByKey}>
          {isShort ? (
            <Group gap="md" mt={6} wrap="wrap">
              {radios}
            </Group>
          ) : (
            <Stack gap={8} mt={6}>
              {radios}
            </Stack>
          )}
        </Radio.Group>
      );
    }
    case "yes_no":
      return (
        <Radio.Group {...common} value={typeof value === "boolean" ? (value ? "yes" : "no") : null} onChange={(next) => onChange(next === "yes")}>
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={t("assessments.answers.yes")} />
            <Radio value="no" label={t("assessments.answers.no")} />
          </Group>
        </Radio.Group>
      );
    case "number":
      return <NumberField {...plain} min={item.min} max={item.max} isInteger={item.isInteger} unit={item.unit} value={value} onChange={onChange} />;
    case "days_in_28":
      return <NumberField {...plain} min={0} max={28} isInteger unit={t("assessments.answers.days")} value={value} onChange={onChange} />;
    case "rating_0_20":
      return <RatingField {...plain} value={value} onChange={onChange} />;
    case "text":
      return (
        <Textarea
          {...common}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={item.maxLength}
          dir="auto"
        />
      );
    case "judgement":
      return <JudgementField {...plain} value={value} onChange={onChange} />;
  }
}
