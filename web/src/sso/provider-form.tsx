/**
 * The identity provider's settings: the name on the button, issuer, client id and secret (the
 * stored secret is never shown; leaving the field empty keeps it), allowed email domains, and
 * whether the provider's MFA counts as the second factor. Validated by the API's own schema.
 */
import { Alert, Button, Checkbox, PasswordInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SignInSettings } from "../../../core/api/sso.js";
import { ApiError } from "../api/api-error.js";
import { errorMessage } from "../api/error-messages.js";
import { ssoApi } from "./sso-api.js";

type Provider = SignInSettings["provider"];

/**
 * `isJustSaved`: the settings were saved a moment ago by an earlier form (the page makes a fresh
 * form when the connection changes), so this one says so.
 */
export function ProviderForm({ provider, isJustSaved = false, onSaved }: { provider: Provider; isJustSaved?: boolean; onSaved: (next: SignInSettings) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    displayName: provider?.displayName ?? "",
    issuer: provider?.issuer ?? "",
    clientId: provider?.clientId ?? "",
    clientSecret: "",
    allowedDomains: provider?.allowedDomains.join("\n") ?? "",
    isProviderMfaTrusted: provider?.isProviderMfaTrusted ?? false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(isJustSaved ? { isError: false, text: t("sso.settings.saved") } : null);
  const [isBusy, setBusy] = useState(false);
  const text = (field: "displayName" | "issuer" | "clientId" | "clientSecret" | "allowedDomains") => ({
    value: values[field],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => setValues({ ...values, [field]: event.currentTarget.value }),
  });

  async function save(): Promise<void> {
    setBusy(true);
    try {
      const { clientSecret, allowedDomains, ...rest } = values;
      const domains = allowedDomains.split(/[\s,]+/).filter(Boolean);
      onSaved(await ssoApi.saveProvider({ ...rest, allowedDomains: domains, ...(clientSecret ? { clientSecret } : {}) }));
      setErrors({});
      setMessage({ isError: false, text: t("sso.settings.saved") });
    } catch (failure) {
      // "body.allowedDomains.1" and "body.allowedDomains" both belong to the one domains field.
      const fields = failure instanceof ApiError ? failure.fields : [];
      setErrors(Object.fromEntries(fields.map((field) => [field.path.replace("body.", "").split(".")[0]!, field.message])));
      setMessage({ isError: true, text: errorMessage(failure, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      {message && <Alert color={message.isError ? "red" : "green"} role={message.isError ? "alert" : "status"}>{message.text}</Alert>}
      <TextInput label={t("sso.settings.displayName")} description={t("sso.settings.displayNameHint")} required {...text("displayName")} />
      <TextInput label={t("sso.settings.issuer")} description={t("sso.settings.issuerHint")} dir="ltr" required {...text("issuer")} />
      <TextInput label={t("sso.settings.clientId")} dir="ltr" required {...text("clientId")} />
      <PasswordInput
        label={t("sso.settings.clientSecret")}
        description={provider?.isClientSecretSet ? t("sso.settings.clientSecretSet") : t("sso.settings.clientSecretHint")}
        dir="ltr"
        autoComplete="off"
        required={!provider}
        {...text("clientSecret")}
      />
      <Textarea label={t("sso.settings.allowedDomains")} description={t("sso.settings.allowedDomainsHint")} dir="ltr" autosize minRows={2} required {...text("allowedDomains")} />
      <Checkbox
        label={t("sso.settings.trustMfa")}
        description={t("sso.settings.trustMfaHint")}
        checked={values.isProviderMfaTrusted}
        onChange={(event) => setValues({ ...values, isProviderMfaTrusted: event.currentTarget.checked })}
      />
      <Button onClick={() => void save()} loading={isBusy} w="fit-content">
        {t("sso.settings.save")}
      </Button>
    </Stack>
  );
}
