/**
 * The organisation's unusual-access thresholds and working hours (London time), changed by the
 * data protection officer or an administrator with the version they saw; every change is audited.
 */
import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { auditApi, type AlertSettings } from "./audit-api.js";

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

function SettingsEditor({ saved, onSaved }: { saved: AlertSettings; onSaved: (settings: AlertSettings) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const set = (changes: Partial<AlertSettings>) => {
    setIsDone(false);
    setDraft((current) => ({ ...current, ...changes }));
  };
  const whole = (value: string | number) => (typeof value === "number" ? value : Number.parseInt(value, 10) || 0);

  async function save(): Promise<void> {
    setIsSaving(true);
    setError(null);
    setFieldErrors({});
    try {
      const { updatedAt: _updatedAt, updatedByName: _updatedByName, ...body } = draft;
      const result = await auditApi.saveSettings(body);
      setDraft(result);
      onSaved(result);
      setIsDone(true);
    } catch (failure) {
      setError(errorMessage(failure, t));
      const fields = failure instanceof ApiError ? failure.fields : [];
      setFieldErrors(Object.fromEntries(fields.map((field) => [field.path.replace(/^body\./, "").split(".")[0]!, field.message])));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="form" onSubmit={(event) => (event.preventDefault(), void save())} noValidate>
      <Stack gap="md">
        <Title order={2}>{t("auditReview.settings.title")}</Title>
        <Text size="sm">{t("auditReview.settings.explain")}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t("auditReview.settings.offCaseloadClients")} description={t("auditReview.settings.offCaseloadClientsHint")} min={1} max={1000} value={draft.offCaseloadClients} onChange={(value) => set({ offCaseloadClients: whole(value) })} error={fieldErrors.offCaseloadClients} />
          <NumberInput label={t("auditReview.settings.offCaseloadMinutes")} min={1} max={1440} value={draft.offCaseloadMinutes} onChange={(value) => set({ offCaseloadMinutes: whole(value) })} error={fieldErrors.offCaseloadMinutes} />
          <NumberInput label={t("auditReview.settings.breakGlassUses")} description={t("auditReview.settings.breakGlassUsesHint")} min={1} max={100} value={draft.breakGlassUses} onChange={(value) => set({ breakGlassUses: whole(value) })} error={fieldErrors.breakGlassUses} />
          <NumberInput label={t("auditReview.settings.breakGlassDays")} min={1} max={90} value={draft.breakGlassDays} onChange={(value) => set({ breakGlassDays: whole(value) })} error={fieldErrors.breakGlassDays} />
        </SimpleGrid>
        <Switch label={t("auditReview.settings.outOfHours")} checked={draft.isOutOfHoursOn} onChange={(event) => set({ isOutOfHoursOn: event.currentTarget.checked })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="time" dir="ltr" label={t("auditReview.settings.workdayStart")} value={draft.workdayStart} onChange={(event) => set({ workdayStart: event.currentTarget.value })} error={fieldErrors.workdayStart} disabled={!draft.isOutOfHoursOn} />
          <TextInput type="time" dir="ltr" label={t("auditReview.settings.workdayEnd")} value={draft.workdayEnd} onChange={(event) => set({ workdayEnd: event.currentTarget.value })} error={fieldErrors.workdayEnd} disabled={!draft.isOutOfHoursOn} />
        </SimpleGrid>
        <Checkbox.Group label={t("auditReview.settings.workingDays")} value={draft.workingDays.map(String)} onChange={(values) => set({ workingDays: values.map(Number).sort((a, b) => a - b) })} error={fieldErrors.workingDays}>
          <Group mt="xs">
            {weekdays.map((day) => (
              <Checkbox key={day} value={String(day)} label={t(`auditReview.settings.days.${day}`)} disabled={!draft.isOutOfHoursOn} />
            ))}
          </Group>
        </Checkbox.Group>
        <Text size="sm" c="dimmed">
          {t("auditReview.settings.londonTime")}
        </Text>
        {saved.updatedAt && <Text size="sm">{t("auditReview.settings.lastChanged", { name: isolate(saved.updatedByName ?? t("audit.system")), at: format.dateTime(saved.updatedAt) })}</Text>}
        <Group>
          <Button type="submit" loading={isSaving}>
            {t("auditReview.settings.save")}
          </Button>
        </Group>
        <FormError message={error} />
        <div role="status">{isDone && <Text c="green">{t("auditReview.settings.saved")}</Text>}</div>
      </Stack>
    </Paper>
  );
}

export function AlertSettingsForm() {
  const { state, reload, replace } = useLoad(() => auditApi.settings(), []);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  return <SettingsEditor saved={state.data} onSaved={replace} />;
}
