/**
 * The national dataset export settings (/reports/national-dataset/settings), for administrators:
 * which fields go in the file, their column names and order, the date format, which consent is
 * reported, and every code mapping. Checked with the core's own schema before saving (the server
 * checks again); "Put back the defaults" fills the form with them, to be saved like any change.
 */
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { consentPurposes } from "../../../../core/api/clients.js";
import { ndtmsDateFormats, ndtmsSettingsSchema } from "../../../../core/reporting/ndtms.js";
import { ApiError } from "../../api/api-error.js";
import { errorMessage } from "../../api/error-messages.js";
import { FormError } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { formPathOf, translateIssue, translateServerFieldMessage } from "../../forms/validation.js";
import { CodeMappings } from "./code-mappings.js";
import { ColumnsTable } from "./columns-table.js";
import { ndtmsApi, type NdtmsSettingsView } from "./ndtms-api.js";
import { settingsMessage } from "./settings-messages.js";

type Settings = NdtmsSettingsView["settings"];

export function NdtmsSettingsPage() {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => ndtmsApi.settings(), []);
  return (
    <Page title={t("ndtms.settings.title")}>
      <Text>{t("ndtms.settings.intro")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && <SettingsEditor view={state.data} onSaved={replace} />}
    </Page>
  );
}

function SettingsEditor({ view, onSaved }: { view: NdtmsSettingsView; onSaved: (view: NdtmsSettingsView) => void }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings>(view.settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<"saved" | "defaults" | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const change = (next: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...next }));
    setStatus(null);
  };

  async function save(): Promise<void> {
    setFailure(null);
    setStatus(null);
    const checked = ndtmsSettingsSchema.safeParse(settings);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [issue.path.map(String).join("."), settingsMessage(issue.message, t) ?? translateIssue(issue, t)])));
      setFailure(t("errors.checkFields"));
      return;
    }
    setErrors({});
    setIsBusy(true);
    try {
      const saved = await ndtmsApi.saveSettings(settings);
      onSaved(saved);
      setSettings(saved.settings);
      setStatus("saved");
    } catch (error) {
      setFailure(errorMessage(error, t));
      if (error instanceof ApiError) setErrors(Object.fromEntries(error.fields.map((field) => [formPathOf(field.path), settingsMessage(field.message, t) ?? translateServerFieldMessage(field.message, t)])));
    } finally {
      setIsBusy(false);
    }
  }

  function putBackDefaults(): void {
    setSettings(view.defaults);
    setErrors({});
    setStatus("defaults");
  }

  return (
    <Stack gap="lg">
      {view.isOutdated ? (
        <Alert color="orange" variant="light" role="alert">
          {t("ndtms.settings.outdated")}
        </Alert>
      ) : (
        view.isDefault && (
          <Alert color="gray" variant="light">
            {t("ndtms.settings.usingDefaults")}
          </Alert>
        )
      )}
      <FormError message={failure} />
      <Section title={t("ndtms.settings.columns.title")}>
        <Text size="sm">{t("ndtms.settings.columns.hint")}</Text>
        {errors.columns && (
          <Text size="sm" c="red" role="alert">
            {errors.columns}
          </Text>
        )}
        <ColumnsTable columns={settings.columns} onChange={(columns) => change({ columns })} errors={errors} />
      </Section>
      <Section title={t("ndtms.settings.format.title")}>
        <Group align="flex-start" gap="md" wrap="wrap">
          <NativeSelect label={t("ndtms.settings.format.dateFormat")} value={settings.dateFormat} onChange={(event) => change({ dateFormat: event.currentTarget.value as Settings["dateFormat"] })} data={ndtmsDateFormats.map((value) => ({ value, label: t(value === "yyyy-mm-dd" ? "ndtms.dateFormats.iso" : "ndtms.dateFormats.dayFirst") }))} miw={200} />
          <NativeSelect label={t("ndtms.settings.format.consentPurpose")} description={t("ndtms.settings.format.consentPurposeHint")} value={settings.consentPurpose} onChange={(event) => change({ consentPurpose: event.currentTarget.value as Settings["consentPurpose"] })} data={consentPurposes.map((value) => ({ value, label: t(`clients.consent.purposes.${value}`) }))} miw={240} />
          <TextInput label={t("ndtms.settings.format.consentPartner")} description={t("ndtms.settings.format.consentPartnerHint")} value={settings.consentPartner ?? ""} onChange={(event) => change({ consentPartner: event.currentTarget.value.trim() === "" ? null : event.currentTarget.value })} error={errors.consentPartner} maxLength={150} miw={220} />
        </Group>
      </Section>
      <Section title={t("ndtms.settings.codes.title")}>
        <Text size="sm">{t("ndtms.settings.codes.hint")}</Text>
        <CodeMappings codes={settings.codes} vocabularies={view.vocabularies} onChange={(codes) => change({ codes })} errors={errors} />
      </Section>
      <Group gap="sm">
        <Button onClick={() => void save()} loading={isBusy}>
          {t("ndtms.settings.save")}
        </Button>
        <Button variant="default" onClick={putBackDefaults}>
          {t("ndtms.settings.reset")}
        </Button>
        <Text size="sm" role="status">
          {status ? t(`ndtms.settings.status.${status}`) : ""}
        </Text>
      </Group>
    </Stack>
  );
}
