/** The organisation's public details, from which the contact page and the privacy notice are made (administrators). */
import { Alert, Button, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { UpdateSiteSettingsBody } from "../../../core/api/content.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { contentApi, type SiteSettings } from "./content-api.js";

export function SiteSettingsForm() {
  const { state, reload, replace } = useLoad(() => contentApi.siteSettings(), []);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  return <Form key={state.data.updatedAt ?? "new"} settings={state.data} onSaved={replace} />;
}

const textFields = ["publicName", "contactEmail", "contactPhone", "charityNumber", "icoRegistration", "dpoEmail"] as const;

function Form({ settings, onSaved }: { settings: SiteSettings; onSaved: (next: SiteSettings) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<UpdateSiteSettingsBody>({ ...settings });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function save(): Promise<void> {
    setBusy(true);
    try {
      onSaved(await contentApi.saveSiteSettings(values));
      setMessage({ isError: false, text: t("content.details.saved") });
    } catch (failure) {
      setErrors(Object.fromEntries((failure instanceof ApiError ? failure.fields : []).map((field) => [field.path.replace("body.", ""), field.message])));
      setMessage({ isError: true, text: errorMessage(failure, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap="sm" maw={560}>
      {message && <Alert color={message.isError ? "red" : "green"} role={message.isError ? "alert" : "status"}>{message.text}</Alert>}
      {textFields.map((field) => (
        <TextInput key={field} label={t(`content.details.${field}`)} value={values[field]} error={errors[field]} onChange={(event) => setValues({ ...values, [field]: event.currentTarget.value })} dir="auto" />
      ))}
      <Textarea label={t("content.details.postalAddress")} value={values.postalAddress} error={errors.postalAddress} onChange={(event) => setValues({ ...values, postalAddress: event.currentTarget.value })} autosize minRows={2} dir="auto" />
      <NumberInput label={t("content.details.recordsKeptYears")} description={t("content.details.recordsKeptHint")} min={1} max={100} value={values.recordsKeptYears} error={errors.recordsKeptYears} onChange={(value) => setValues({ ...values, recordsKeptYears: typeof value === "number" ? value : values.recordsKeptYears })} />
      <Button onClick={() => void save()} loading={isBusy} w="fit-content">
        {t("content.details.save")}
      </Button>
    </Stack>
  );
}
