/**
 * The organisation's settings for one instrument: whether it is offered when starting an
 * assessment, whether a manager approves each one, and when it is due again on a case (at the
 * start, every so many weeks, before closing).
 */
import { Button, Checkbox, Group, NumberInput, Stack, Switch, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { instrumentSettingsSchema } from "../../../core/api/assessments.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { instrumentsApi, type InstrumentSettings, type InstrumentSummary } from "./instruments-api.js";

export function SettingsForm({ instrument, onSaved }: { instrument: InstrumentSummary; onSaved: (next: InstrumentSummary) => void }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<InstrumentSettings>(instrument.settings);
  const [weeks, setWeeks] = useState<number | string>(instrument.settings.schedule.everyWeeks ?? 12);
  const [isRepeated, setIsRepeated] = useState(instrument.settings.schedule.everyWeeks !== null);
  const [error, setError] = useState<string | null>(null);
  const [weeksError, setWeeksError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const schedule = (change: Partial<InstrumentSettings["schedule"]>) => setSettings((current) => ({ ...current, schedule: { ...current.schedule, ...change } }));

  async function save(): Promise<void> {
    setError(null);
    setIsSaved(false);
    const body = { ...settings, schedule: { ...settings.schedule, everyWeeks: isRepeated ? Number(weeks) : null } };
    if (!instrumentSettingsSchema.safeParse(body).success) {
      setWeeksError(t("instruments.settings.weeksRange"));
      return;
    }
    setWeeksError(null);
    setIsBusy(true);
    try {
      onSaved(await instrumentsApi.saveSettings(instrument.key, body));
      setIsSaved(true);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="instrument-settings-heading">
      <Title order={3} size="h5" id="instrument-settings-heading">
        {t("instruments.settings.title")}
      </Title>
      <FormError message={error} />
      <Switch label={t("instruments.settings.enabled")} description={t("instruments.settings.enabledHint")} checked={settings.isEnabled} onChange={(event) => setSettings({ ...settings, isEnabled: event.currentTarget.checked })} />
      <Switch
        label={t("instruments.settings.approval")}
        description={t("instruments.settings.approvalHint")}
        checked={settings.requiresApproval}
        onChange={(event) => setSettings({ ...settings, requiresApproval: event.currentTarget.checked })}
      />
      <Stack gap={6} component="fieldset" m={0} p={0} style={{ border: 0 }}>
        <Text component="legend" fw={600} size="sm" p={0}>
          {t("instruments.settings.schedule")}
        </Text>
        <Checkbox label={t("instruments.settings.atStart")} checked={settings.schedule.atStart} onChange={(event) => schedule({ atStart: event.currentTarget.checked })} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Checkbox label={t("instruments.settings.repeat")} checked={isRepeated} onChange={(event) => setIsRepeated(event.currentTarget.checked)} mt={8} />
          <NumberInput
            label={t("instruments.settings.weeks")}
            value={weeks}
            onChange={setWeeks}
            min={1}
            max={104}
            allowDecimal={false}
            disabled={!isRepeated}
            error={weeksError}
            w={160}
          />
        </Group>
        <Checkbox label={t("instruments.settings.atExit")} checked={settings.schedule.atExit} onChange={(event) => schedule({ atExit: event.currentTarget.checked })} />
      </Stack>
      <Group gap="sm">
        <Button onClick={() => void save()} loading={isBusy}>
          {t("instruments.settings.save")}
        </Button>
        <Text size="sm" role="status">
          {isSaved ? t("instruments.settings.saved") : ""}
        </Text>
      </Group>
    </Stack>
  );
}
