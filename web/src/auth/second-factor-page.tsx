/**
 * The second step of sign-in: the code from the authenticator app, or one of the recovery codes
 * if the phone is lost.
 */
import { Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { confirmEnrolmentBodySchema, verifySecondFactorBodySchema } from "../../../core/api/auth.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { destinationFor, useSession } from "../session/session-context.js";
import { AuthLayout } from "./auth-layout.js";
import { authApi } from "./auth-api.js";
import { CodeInput } from "./code-input.js";

const recoveryBodySchema = verifySecondFactorBodySchema.options[1];

export function SecondFactorPage() {
  const { t } = useTranslation();
  const [isRecovery, setIsRecovery] = useState(false);
  const { signOut } = useSession();
  return (
    <AuthLayout title={t("secondFactor.title")}>
      {isRecovery ? <RecoveryCodeForm /> : <AppCodeForm />}
      <Stack gap="xs" align="flex-start">
        <Anchor component="button" type="button" onClick={() => setIsRecovery(!isRecovery)}>
          {isRecovery ? t("secondFactor.useApp") : t("secondFactor.useRecovery")}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("secondFactor.lostBoth")}
        </Text>
        <Anchor component="button" type="button" onClick={() => void signOut()}>
          {t("secondFactor.differentAccount")}
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}

function useVerify() {
  const { setSession } = useSession();
  const navigate = useNavigate();
  return async (body: { code: string } | { recoveryCode: string }) => {
    const session = await authApi.verifySecondFactor(body);
    setSession(session);
    void navigate(destinationFor(session), { replace: true });
  };
}

function AppCodeForm() {
  const { t } = useTranslation();
  const verify = useVerify();
  const form = useForm({ initialValues: { code: "" }, validate: zodValidate(confirmEnrolmentBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  return (
    <form onSubmit={handleSubmit((values) => verify(confirmEnrolmentBodySchema.parse(values)))} noValidate>
      <Stack>
        <Text>{t("secondFactor.intro")}</Text>
        <FormError message={formError} />
        <CodeInput label={t("secondFactor.codeLabel")} required {...form.getInputProps("code")} />
        <Button type="submit" loading={form.submitting}>
          {t("secondFactor.submit")}
        </Button>
      </Stack>
    </form>
  );
}

function RecoveryCodeForm() {
  const { t } = useTranslation();
  const verify = useVerify();
  const form = useForm({ initialValues: { recoveryCode: "" }, validate: zodValidate(recoveryBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  return (
    <form onSubmit={handleSubmit((values) => verify(recoveryBodySchema.parse(values)))} noValidate>
      <Stack>
        <Text>{t("secondFactor.recoveryIntro")}</Text>
        <FormError message={formError} />
        <TextInput
          label={t("secondFactor.recoveryLabel")}
          autoComplete="off"
          dir="ltr"
          required
          {...form.getInputProps("recoveryCode")}
        />
        <Button type="submit" loading={form.submitting}>
          {t("secondFactor.submit")}
        </Button>
      </Stack>
    </form>
  );
}
