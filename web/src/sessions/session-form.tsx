/**
 * Recording or changing one session: the fields, checked with the core's schema before sending,
 * then sent; problems the server finds are shown on their fields in the user's language.
 */
import { Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { recordSessionBodySchema, type RecordSessionBody } from "../../../core/api/sessions.js";
import type { InterventionType } from "../../../core/api/support-vocabulary.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { detailsOf, draftProblems, errorsFromSchema, errorsFromServer, type DraftErrors, type SessionDraft } from "./session-draft.js";
import { SessionFields } from "./session-fields.js";
import type { SessionWorker } from "./sessions-api.js";

interface SessionFormProps {
  initial: SessionDraft;
  initialWorkerIds: readonly string[];
  workerOptions: readonly SessionWorker[];
  interventionTypes: readonly InterventionType[];
  hasNotes?: boolean;
  submitLabel: string;
  onSubmit: (body: RecordSessionBody) => Promise<void>;
  onCancel: () => void;
}

export function SessionForm({ initial, initialWorkerIds, workerOptions, interventionTypes, hasNotes, submitLabel, onSubmit, onCancel }: SessionFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [workerIds, setWorkerIds] = useState<string[]>([...initialWorkerIds]);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(): Promise<void> {
    const parsed = recordSessionBodySchema.safeParse({ ...detailsOf(draft), workerIds });
    const found = { ...errorsFromSchema(parsed, t), ...draftProblems(draft, t) };
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFormError(t("errors.checkFields"));
      return;
    }
    setIsBusy(true);
    setFormError(null);
    try {
      await onSubmit(parsed.data);
    } catch (failure) {
      const placed = failure instanceof ApiError ? errorsFromServer(failure.fields, t) : [];
      setErrors(Object.fromEntries(placed.map((problem) => [problem.field, problem.message])));
      setFormError(placed.length > 0 ? t("errors.checkFields") : errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <FormError message={formError} />
        <SessionFields
          draft={draft}
          onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
          errors={errors}
          interventionTypes={interventionTypes}
          workers={{ options: workerOptions, chosen: workerIds, onChange: setWorkerIds }}
          hasNotes={hasNotes ?? false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={isBusy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
