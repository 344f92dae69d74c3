/**
 * Building blocks of the public forms: a section with its heading, a fieldset whose legend names a
 * group of radios or checkboxes (its hint and error linked to it, as GOV.UK does), "(optional)" on
 * the fields that are, and the id each field's first input has, so an error can focus it.
 */
import { Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The id of a field's (first) input: `person.givenName` → `field-person-givenName`. */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, "-")}`;

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p={{ base: "md", sm: "lg" }} className="form-section">
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

interface ChoiceFieldsetProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  children: ReactNode;
}

export function ChoiceFieldset({ legend, hint, error, children }: ChoiceFieldsetProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    // The error bar is on a wrapper, as GOV.UK does: a fieldset's legend sits in its border.
    <div className="choice-group" data-error={error ? true : undefined}>
      <fieldset className="choice-fieldset" aria-describedby={describedBy}>
        <legend className="choice-legend">{legend}</legend>
        {hint && (
          <Text id={hintId} size="sm" c="dimmed" className="choice-hint">
            {hint}
          </Text>
        )}
        {error && (
          <Text id={errorId} size="sm" c="var(--mantine-color-error)" fw={600} className="choice-error">
            {error}
          </Text>
        )}
        <Stack gap="sm" mt="xs">
          {children}
        </Stack>
      </fieldset>
    </div>
  );
}

/** A field label with "(optional)" after it, for the few answers a form can go without. */
export function OptionalLabel({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      {children}{" "}
      <Text span fw={400} c="dimmed" inherit>
        {t("public.common.optional")}
      </Text>
    </>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  description?: ReactNode;
}

/** Native radios sharing a name, so arrow keys move between them; the first carries the field's id. */
export function RadioOptions<T extends string>(props: {
  path: string;
  value: string;
  onChange: (value: T) => void;
  options: readonly RadioOption<T>[];
  hasError: boolean;
}) {
  return (
    <>
      {props.options.map((option, index) => (
        <Radio
          key={option.value}
          id={index === 0 ? fieldId(props.path) : undefined}
          name={props.path}
          value={option.value}
          checked={props.value === option.value}
          onChange={() => props.onChange(option.value)}
          label={option.label}
          description={option.description}
          aria-invalid={props.hasError || undefined}
          size="md"
        />
      ))}
    </>
  );
}
