/**
 * After sending: the reference, large, with advice to keep it; that it reveals nothing about anyone;
 * and what happens next.
 */
import { Anchor, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ReferralSent } from "./form/referral-form.js";
import { WithPhoneLinks } from "./phone-number.js";
import { PublicPage } from "./public-page.js";

export function ReferralReceived({ sent }: { sent: ReferralSent }) {
  const { t } = useTranslation();
  return (
    <PublicPage title={t("public.received.title")} stateKey={sent.reference}>
      <Paper withBorder radius="md" p="lg" className="reference-panel">
        <Stack gap="xs" align="center">
          <Text fw={600}>{t("public.received.referenceLabel")}</Text>
          <Text className="reference-code" dir="ltr" translate="no">
            {sent.reference}
          </Text>
        </Stack>
      </Paper>
      <Text>{t("public.received.keepIt")}</Text>
      <Text>{t("public.received.private")}</Text>
      <Stack gap="xs" component="section" aria-labelledby="received-next">
        <Title order={2} id="received-next">
          {t("public.received.nextTitle")}
        </Title>
        <List type="ordered" spacing="xs">
          <List.Item>{sent.siteName ? t("public.received.readSite", { site: sent.siteName }) : t("public.received.read")}</List.Item>
          <List.Item>{t("public.received.contact")}</List.Item>
          <List.Item>{t("public.received.talk")}</List.Item>
        </List>
        <Text fw={600}>
          <WithPhoneLinks messageKey="public.received.worse" />
        </Text>
      </Stack>
      <Group gap="lg">
        <Anchor component={Link} to="/referral-status">
          {t("public.received.checkLink")}
        </Anchor>
        <Anchor component={Link} to="/get-help">
          {t("public.received.backLink")}
        </Anchor>
      </Group>
    </PublicPage>
  );
}
