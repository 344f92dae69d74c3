/** Recording a referral made to an outside agency from this case: to whom and the day it was sent. */
import { Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm, type GetInputPropsReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createExternalReferralBodySchema, referralTargets } from "../../../core/api/panel.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { localIsoDate } from "../i18n/format.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

interface Values {
  to: { kind: string; name: string };
  sentOn: string;
}

/** The referral as the API takes it: a name only for another service. */
export const referralBodyOf = (values: Values) => ({ to: values.to.kind === "other" ? { kind: "other", name: values.to.name } : { kind: values.to.kind }, sentOn: values.sentOn });

export function AddReferralDialog({ caseId, opened, onClose, onAdded }: { caseId: string; opened: boolean; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("panel.referrals.add")} size="lg">
      {opened && <AddReferralForm caseId={caseId} onCancel={onClose} onAdded={onAdded} />}
    </AppModal>
  );
}

function AddReferralForm({ caseId, onCancel, onAdded }: { caseId: string; onCancel: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: { to: { kind: "", name: "" }, sentOn: localIsoDate(new Date()) }, validate: zodValidate<Values>(createExternalReferralBodySchema, t, referralBodyOf) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await panelApi.addReferral(caseId, createExternalReferralBodySchema.parse(referralBodyOf(values)));
    onAdded();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <ReferralFields kind={form.values.to.kind} inputProps={(field) => form.getInputProps(field)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("panel.referrals.record")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ReferralFieldsProps {
  /** The chosen target, to ask for a service's name when it is another one. */
  kind: string;
  /** The form's input props for `to.kind`, `to.name` and `sentOn` (under the referral's place in the form). */
  inputProps: (field: "to.kind" | "to.name" | "sentOn") => GetInputPropsReturnType;
  /** A referring decision names its agency: the choice is shown but fixed. */
  isTargetFixed?: boolean;
}

/** To whom (and the service's name for another one) and the day sent; also part of a referring decision. */
export function ReferralFields({ kind, inputProps, isTargetFixed = false }: ReferralFieldsProps) {
  const { t } = useTranslation();
  const labels = panelLabels(t);
  return (
    <>
      <NativeSelect
        label={t("panel.referrals.to")}
        data={chooseFirst(t("panel.choose"), referralTargets.map((target) => ({ value: target, label: labels.referralTarget(target) })))}
        disabled={isTargetFixed}
        required
        {...inputProps("to.kind")}
      />
      {kind === "other" && <TextInput label={t("panel.referrals.serviceName")} maxLength={200} dir="auto" required {...inputProps("to.name")} />}
      <TextInput type="date" label={t("panel.referrals.sentOn")} max={localIsoDate(new Date())} required {...inputProps("sentOn")} />
    </>
  );
}
