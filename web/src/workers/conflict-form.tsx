/**
 * Recording a conflict of interest between a worker at the case's site and its client: who, what
 * kind (same family, same mosque committee…) and, if useful, a sentence about it, which is kept
 * encrypted with the client's record.
 */
import { Button, Group, NativeSelect, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { conflictKinds, recordConflictBodySchema, type ConflictKind } from "../../../core/api/workers.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { sitesApi } from "../sites/sites-api.js";
import { workersApi, type ConflictList } from "./workers-api.js";

interface Values {
  userId: string;
  kind: ConflictKind | "";
  note: string;
}

const toBody = (values: Values) => ({ userId: values.userId, kind: values.kind, ...(values.note.trim() ? { note: values.note } : {}) });

export function ConflictForm({ caseId, siteId, onRecorded }: { caseId: string; siteId: string; onRecorded: (list: ConflictList) => void }) {
  const { t } = useTranslation();
  const staff = useLoad(() => sitesApi.staff(siteId), [siteId]);
  const form = useForm<Values>({ initialValues: { userId: "", kind: "", note: "" }, validate: zodValidate<Values>(recordConflictBodySchema, t, toBody) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onRecorded(await workersApi.recordConflict(caseId, recordConflictBodySchema.parse(toBody(values))));
    form.reset();
  });
  if (staff.state.status === "failed") return <LoadFailed error={staff.state.error} onRetry={staff.reload} />;
  const people = staff.state.status === "ready" ? staff.state.data.filter((person) => person.assignableAs.length > 0).map((person) => ({ value: person.id, label: person.displayName })) : [];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
        <NativeSelect label={t("workers.conflicts.worker")} data={chooseFirst(t("workers.choose"), people)} disabled={staff.state.status !== "ready"} required {...form.getInputProps("userId")} />
        <NativeSelect label={t("workers.conflicts.kind")} data={chooseFirst(t("workers.choose"), conflictKinds.map((kind) => ({ value: kind, label: t(`workers.conflicts.kinds.${kind}`) })))} required {...form.getInputProps("kind")} />
        <Textarea label={t("workers.conflicts.note")} description={t("workers.conflicts.noteHint")} autosize minRows={2} maxLength={1000} {...form.getInputProps("note")} />
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            {t("workers.conflicts.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
