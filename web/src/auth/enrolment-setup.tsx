/**
 * Step two of the set-up: the QR code to scan (or the key to type), then the first code from the app
 * to prove it works. The QR is the server's SVG shown as an image, never injected as markup.
 */
import { Button, Code, Group, Image, List, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { confirmEnrolmentBodySchema } from "../../../core/api/auth.js";
import { CopyText } from "../components/copy-text.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { authApi, type Enrolment, type EnrolmentConfirmed } from "./auth-api.js";
import { CodeInput } from "./code-input.js";
import { groupSecret, qrImageSource } from "./enrolment-format.js";

interface EnrolmentSetupProps {
  enrolment: Enrolment;
  onConfirmed: (confirmed: EnrolmentConfirmed) => void;
}

export function EnrolmentSetup({ enrolment, onConfirmed }: EnrolmentSetupProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { code: "" }, validate: zodValidate(confirmEnrolmentBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onConfirmed(await authApi.confirmEnrolment(confirmEnrolmentBodySchema.parse(values)));
  });

  return (
    <Stack>
      <List type="ordered" spacing="sm">
        <List.Item>{t("enrolment.stepOpenApp")}</List.Item>
        <List.Item>{t("enrolment.stepScan")}</List.Item>
      </List>
      <Image src={qrImageSource(enrolment.qrSvg)} alt={t("enrolment.qrAlt")} className="qr-image" />
      <Text>{t("enrolment.cannotScan")}</Text>
      <CopyText value={enrolment.secret} display={groupSecret(enrolment.secret)} copyLabel={t("enrolment.keyName")} />
      <Text size="sm" c="dimmed">
        {t("enrolment.keyHint")} <Code dir="ltr">{t("enrolment.timeBased")}</Code>
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t("enrolment.stepCode")}</Text>
          <FormError message={formError} />
          <CodeInput label={t("enrolment.codeLabel")} required {...form.getInputProps("code")} />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t("enrolment.confirm")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
