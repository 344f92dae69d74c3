/** Logging a data-rights request as received: what is asked, by whom, how to reach them and the day it arrived. */
import { Button, Group, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createRequestBodySchema, dataRightsKinds, requesterRelations, type DataRightsKind, type RequesterRelation } from "../../../../core/api/data-rights.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { localIsoDate } from "../../i18n/format.js";
import { dataRightsApi, type RequestDetail } from "../data-rights-api.js";

interface Values {
  kind: DataRightsKind;
  requesterRelation: RequesterRelation;
  requesterName: string;
  requesterContact: string;
  description: string;
  receivedOn: string;
}

export function LogRequestDialog({ opened, onClose, onLogged }: { opened: boolean; onClose: () => void; onLogged: (created: RequestDetail) => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { kind: "access", requesterRelation: "self", requesterName: "", requesterContact: "", description: "", receivedOn: localIsoDate(new Date()) },
    validate: zodValidate(createRequestBodySchema, t),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const created = await dataRightsApi.create({ ...values, clientId: null });
    form.reset();
    onLogged(created);
  });
  return (
    <AppModal opened={opened} onClose={onClose} title={t("dataRights.form.title")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <Select label={t("dataRights.form.kind")} required data={dataRightsKinds.map((value) => ({ value, label: t(`dataRights.kinds.${value}`) }))} allowDeselect={false} {...form.getInputProps("kind")} />
          <Select
            label={t("dataRights.form.relation")}
            required
            data={requesterRelations.map((value) => ({ value, label: t(`dataRights.relations.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps("requesterRelation")}
          />
          <TextInput label={t("dataRights.form.requesterName")} required dir="auto" autoComplete="off" {...form.getInputProps("requesterName")} />
          <Textarea label={t("dataRights.form.requesterContact")} description={t("dataRights.form.requesterContactHint")} dir="auto" autosize minRows={2} {...form.getInputProps("requesterContact")} />
          <Textarea label={t("dataRights.form.description")} dir="auto" autosize minRows={2} {...form.getInputProps("description")} />
          <TextInput label={t("dataRights.form.receivedOn")} description={t("dataRights.form.receivedOnHint")} type="date" required dir="ltr" {...form.getInputProps("receivedOn")} />
          <Text size="sm" c="dimmed">
            {t("dataRights.form.sealed")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t("dataRights.form.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
