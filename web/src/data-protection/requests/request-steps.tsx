/**
 * The steps of an open request on its page: recording the identity check, extending the deadline
 * (on a lawful ground, told within the first month), and marking it in progress, refused with a
 * reason or withdrawn. Shown only where the server says the step may be taken.
 */
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { extendRequestBodySchema, extensionGrounds, identityCheckBodySchema, identityCheckMethods, refusalReasons } from "../../../../core/api/data-rights.js";
import { errorMessage } from "../../api/error-messages.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { localIsoDate } from "../../i18n/format.js";
import { dataRightsApi, type RequestDetail } from "../data-rights-api.js";

interface StepProps {
  request: RequestDetail;
  onChanged: (request: RequestDetail) => void;
}

function IdentityCheckForm({ request, onChanged }: StepProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { method: "", checkedOn: localIsoDate(new Date()) }, validate: zodValidate(identityCheckBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onChanged(await dataRightsApi.step(request.id, "identity-check", values)));
  return (
    <form onSubmit={submit} noValidate aria-label={t("dataRights.identityForm.title")}>
      <Stack gap="sm">
        <Text fw={600}>{t("dataRights.identityForm.title")}</Text>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t("dataRights.identityForm.method")} required data={identityCheckMethods.map((value) => ({ value, label: t(`dataRights.identityMethods.${value}`) }))} {...form.getInputProps("method")} />
          <TextInput label={t("dataRights.identityForm.checkedOn")} type="date" required dir="ltr" {...form.getInputProps("checkedOn")} />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            {t("dataRights.identityForm.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ExtendForm({ request, onChanged }: StepProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { ground: "", toldOn: localIsoDate(new Date()) }, validate: zodValidate(extendRequestBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onChanged(await dataRightsApi.step(request.id, "extend", values)));
  return (
    <form onSubmit={submit} noValidate aria-label={t("dataRights.extendForm.title")}>
      <Stack gap="sm">
        <Text fw={600}>{t("dataRights.extendForm.title")}</Text>
        <Text size="sm" maw="75ch">
          {t("dataRights.extendForm.intro")}
        </Text>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t("dataRights.extendForm.ground")} required data={extensionGrounds.map((value) => ({ value, label: t(`dataRights.grounds.${value}`) }))} {...form.getInputProps("ground")} />
          <TextInput label={t("dataRights.extendForm.toldOn")} type="date" required dir="ltr" {...form.getInputProps("toldOn")} />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            {t("dataRights.extendForm.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StatusActions({ request, onChanged }: StepProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<"withdrawn" | "refused" | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const change = async (body: { status: string; refusalReason?: string | null }) => {
    setError(null);
    setIsBusy(true);
    try {
      onChanged(await dataRightsApi.step(request.id, "status", body));
      setAsking(null);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text fw={600}>{t("dataRights.statusForm.title")}</Text>
      {asking === null && <FormError message={error} />}
      <Group wrap="wrap" align="flex-end">
        {request.status !== "in_progress" && (
          <Button variant="default" loading={isBusy} onClick={() => void change({ status: "in_progress" })}>
            {t("dataRights.statusForm.start")}
          </Button>
        )}
        <Button variant="default" onClick={() => setAsking("withdrawn")}>
          {t("dataRights.statusForm.withdraw")}
        </Button>
        <Select
          label={t("dataRights.statusForm.refusalReason")}
          data={refusalReasons.filter((value) => value !== "retention_hold").map((value) => ({ value, label: t(`dataRights.refusalReasons.${value}`) }))}
          value={reason}
          onChange={setReason}
        />
        <Button color="red" variant="light" disabled={reason === null} onClick={() => setAsking("refused")}>
          {t("dataRights.statusForm.refuse")}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking !== null}
        title={t("dataRights.statusForm.title")}
        message={asking === "refused" ? t("dataRights.statusForm.confirmRefuse") : t("dataRights.statusForm.confirmWithdraw")}
        confirmLabel={asking === "refused" ? t("dataRights.statusForm.refuse") : t("dataRights.statusForm.withdraw")}
        isBusy={isBusy}
        error={error}
        onConfirm={() => void change(asking === "refused" ? { status: "refused", refusalReason: reason } : { status: "withdrawn" })}
        onCancel={() => setAsking(null)}
      />
    </Stack>
  );
}

export function RequestSteps({ request, onChanged }: StepProps) {
  const { t } = useTranslation();
  const { abilities } = request;
  if (!abilities.canCheckIdentity && !abilities.canExtend && !abilities.canChangeStatus) return null;
  return (
    <Section title={t("dataRights.request.steps")}>
      <Stack gap="xl">
        {abilities.canCheckIdentity && <IdentityCheckForm request={request} onChanged={onChanged} />}
        {abilities.canExtend && <ExtendForm request={request} onChanged={onChanged} />}
        {abilities.canChangeStatus && <StatusActions request={request} onChanged={onChanged} />}
      </Stack>
    </Section>
  );
}
