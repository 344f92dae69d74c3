/**
 * Recording that a client gave or withdrew consent for a purpose, and how. Withdrawing says plainly,
 * before it is confirmed, that it takes effect everywhere at once.
 */
import { Alert, Button, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { consentMethods, recordConsentBodySchema } from "../../../core/api/clients.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { clientsApi, type ClientProfile, type Consent, type RecordConsentBody } from "./clients-api.js";

export interface ConsentChange {
  purpose: Consent["purpose"];
  partner: string | null;
  status: Consent["status"];
}

interface ConsentDialogProps {
  clientId: string;
  change: ConsentChange | null;
  onClose: () => void;
  onSaved: (client: ClientProfile) => void;
}

export function ConsentDialog({ clientId, change, onClose, onSaved }: ConsentDialogProps) {
  const { t } = useTranslation();
  const title = change ? t(`clients.consent.dialogTitle.${change.status}`, { purpose: t(`clients.consent.purposes.${change.purpose}`) }) : "";
  return (
    <AppModal opened={change !== null} onClose={onClose} title={title} size="lg">
      {change && <ConsentForm key={`${change.purpose}-${change.partner ?? ""}-${change.status}`} clientId={clientId} change={change} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

interface Values {
  method: Consent["method"] | "";
  partner: string;
}

function ConsentForm({ clientId, change, onCancel, onSaved }: { clientId: string; change: ConsentChange; onCancel: () => void; onSaved: (client: ClientProfile) => void }) {
  const { t } = useTranslation();
  const needsPartner = change.purpose === "share_with_partner";
  const toBody = (values: Values): RecordConsentBody => ({
    purpose: change.purpose,
    status: change.status,
    method: values.method as Consent["method"],
    ...(needsPartner ? { partner: values.partner } : {}),
  });
  const form = useForm<Values>({
    initialValues: { method: "", partner: change.partner ?? "" },
    validate: zodValidate(recordConsentBodySchema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onSaved(await clientsApi.recordConsent(clientId, recordConsentBodySchema.parse(toBody(values)))));
  const isWithdrawal = change.status === "withdrawn";

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {isWithdrawal && (
          <Alert color="red" variant="light" title={t("clients.consent.withdrawTitle")}>
            <Text size="sm">{t("clients.consent.withdrawEffect")}</Text>
          </Alert>
        )}
        <FormError message={formError} />
        {needsPartner && (
          <TextInput
            label={t("clients.consent.partner")}
            description={t("clients.consent.partnerHint")}
            required
            maxLength={150}
            readOnly={change.partner !== null}
            {...form.getInputProps("partner")}
          />
        )}
        <Radio.Group withAsterisk={false} label={t(isWithdrawal ? "clients.consent.howWithdrawn" : "clients.consent.howGiven")} required {...form.getInputProps("method")}>
          <Stack gap="xs" mt="xs">
            {consentMethods.map((method) => (
              <Radio key={method} value={method} label={t(`clients.consent.methods.${method}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus={isWithdrawal || undefined}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={isWithdrawal ? "red" : undefined} loading={form.submitting}>
            {t(isWithdrawal ? "clients.consent.confirmWithdrawal" : "clients.consent.confirmGiven")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
