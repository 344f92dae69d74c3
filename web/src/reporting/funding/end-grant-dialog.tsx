/**
 * Ending a grant early on a day within its period (today by default, when today is in it), or,
 * for a grant already ended early, taking that end back. Spend charged after the month it ends in
 * is refused by the server, said on the field.
 */
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { GrantView } from "../../../../core/api/funding.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { isolate, localIsoDate, useFormat } from "../../i18n/format.js";
import { fundingApi } from "./funding-api.js";
import { placeFundingErrors } from "./funding-words.js";

export function EndGrantDialog({ grant, onClose, onSaved }: { grant: GrantView | null; onClose: () => void; onSaved: (grant: GrantView) => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={grant !== null} onClose={onClose} title={t(grant?.endedOn ? "funding.grants.end.reopenTitle" : "funding.grants.end.title")}>
      {grant !== null && <EndGrantForm grant={grant} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function EndGrantForm({ grant, onCancel, onSaved }: { grant: GrantView; onCancel: () => void; onSaved: (grant: GrantView) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = localIsoDate(new Date());
  const isReopening = grant.endedOn !== null;
  const form = useForm({
    initialValues: { endedOn: today >= grant.startsOn && today <= grant.endsOn ? today : grant.endsOn },
    validate: {
      endedOn: (value: string) => (isReopening ? null : !/^\d{4}-\d{2}-\d{2}$/.test(value) ? t("validation.required") : value < grant.startsOn || value > grant.endsOn ? t("funding.errors.endOutsidePeriod") : null),
    },
  });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await fundingApi.endGrant(grant.id, { endedOn: isReopening ? null : values.endedOn, version: grant.version }));
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("funding.stale"));
      else if (!placeFundingErrors(t, error, form.setFieldError)) showFailure(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {isReopening ? (
          <Text>{t("funding.grants.end.reopenBody", { day: isolate(format.day(grant.endedOn!)), end: isolate(format.day(grant.endsOn)) })}</Text>
        ) : (
          <>
            <Text>{t("funding.grants.end.body")}</Text>
            <TextInput type="date" label={t("funding.grants.end.endedOn")} required min={grant.startsOn} max={grant.endsOn} data-autofocus {...form.getInputProps("endedOn")} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} color={isReopening ? undefined : "red"}>
            {t(isReopening ? "funding.grants.end.reopen" : "funding.grants.end.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
