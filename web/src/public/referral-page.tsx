/**
 * `/refer`: the referral form, then its confirmation. `?for=self` starts it as a request for help for
 * oneself, `?for=someone-else` as a worry about another person; either can be changed on the form.
 */
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { ReferralForm, type ReferralSent } from "./form/referral-form.js";
import { publicErrorMessage } from "./form/public-form-error.js";
import { usePublicForm } from "./public-form-context.js";
import { PublicPage } from "./public-page.js";
import { ReferralReceived } from "./referral-received.js";
import { WithPhoneLinks } from "./phone-number.js";

export function ReferralPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const isSelf = params.get("for") === "self";
  const { load, retry } = usePublicForm();
  const [sent, setSent] = useState<ReferralSent | null>(null);

  if (sent) return <ReferralReceived sent={sent} />;

  return (
    <PublicPage title={t("public.form.title")}>
      <Text size="lg">{t("public.form.intro")}</Text>
      <Alert color="red" variant="outline" className="emergency-inline">
        <WithPhoneLinks messageKey="public.emergency.danger" />
      </Alert>
      {load.status === "loading" && (
        <Center py="xl" role="status">
          <Stack align="center" gap="xs">
            <Loader aria-hidden />
            <Text>{t("public.common.loading")}</Text>
          </Stack>
        </Center>
      )}
      {load.status === "failed" && (
        <Alert color="red" variant="light" title={t("public.common.loadFailed")} role="alert">
          <Stack gap="sm" align="flex-start">
            <Text>{publicErrorMessage(load.error, t)}</Text>
            <Button variant="default" onClick={retry}>
              {t("public.common.tryAgain")}
            </Button>
          </Stack>
        </Alert>
      )}
      {load.status === "ready" && <ReferralForm form={load.form} receivedAt={load.receivedAt} isSelf={isSelf} onSent={setSent} />}
    </PublicPage>
  );
}
