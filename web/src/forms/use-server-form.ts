/**
 * Submits a Mantine form to the API and puts the answer where the user will look: field errors
 * from the server on their fields, anything else in one message above the form.
 */
import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { formPathOf, translateServerFieldMessage } from "./validation.js";

/** Error codes that are about one field of this form, e.g. a wrong current password. */
export type CodeFields = Record<string, { field: string; messageKey: string }>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Mantine's own form type is generic over any rules.
export function useServerForm<Values, Transformed>(form: UseFormReturnType<Values, Transformed, any>, codeFields: CodeFields = {}) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  function showFailure(error: unknown): void {
    const byCode = error instanceof ApiError ? codeFields[error.code] : undefined;
    if (byCode) {
      form.setFieldError(byCode.field, t(byCode.messageKey));
      setFormError(null);
      return;
    }
    const unplaced: string[] = [];
    if (error instanceof ApiError) {
      for (const field of error.fields) {
        const path = formPathOf(field.path);
        const message = translateServerFieldMessage(field.message, t);
        if (hasField(form.getValues(), path)) form.setFieldError(path, message);
        else unplaced.push(message);
      }
    }
    const fieldsPlaced = error instanceof ApiError && error.fields.length > 0 && unplaced.length === 0;
    setFormError(fieldsPlaced ? t("errors.checkFields") : [errorMessage(error, t), ...unplaced].join(" "));
  }

  /**
   * Wraps a submit action; Mantine keeps `form.submitting` true while it runs. When the form's own
   * checks fail, focus moves to the first field marked invalid, so keyboard and screen-reader users
   * land on the problem instead of staying on the button.
   */
  function handleSubmit(action: (values: Transformed) => Promise<void>) {
    return form.onSubmit(
      async (values) => {
        setFormError(null);
        try {
          await action(values);
        } catch (error) {
          showFailure(error);
        }
      },
      () => focusFirstInvalid(),
    );
  }

  return { formError, setFormError, handleSubmit, showFailure };
}

function focusFirstInvalid(): void {
  // After React has rendered the error messages and aria-invalid.
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

function hasField(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object" || !(part in current)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}
