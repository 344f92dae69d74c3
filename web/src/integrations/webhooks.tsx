/**
 * Webhooks (administrators): add one (its signing secret shown once), see each with its partner
 * and whether identity goes to it, switch it off or on, and read its delivery log.
 */
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Webhook } from "../../../core/api/integrations.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { DeliveryLog } from "./delivery-log.js";
import { integrationsApi } from "./integrations-api.js";
import { ShownOnce } from "./shown-once.js";
import { WebhookForm } from "./webhook-form.js";

export function Webhooks() {
  const { t } = useTranslation();
  const webhooks = useLoad(integrationsApi.webhooks, []);
  const options = useLoad(integrationsApi.webhookOptions, []);
  const [secret, setSecret] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function toggle(webhook: Webhook): Promise<void> {
    setError(null);
    try {
      await integrationsApi.setWebhookActive(webhook.id, !webhook.isActive);
      webhooks.reload();
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  }
  return (
    <Stack gap="lg">
      <Text>{t("integrations.webhooksIntro")}</Text>
      {secret && <ShownOnce secret={secret} copyLabel={t("integrations.secretCopyLabel")} />}
      <Title order={3}>{t("integrations.newWebhook")}</Title>
      {options.state.status === "ready" && (
        <WebhookForm
          options={options.state.data}
          onSubmit={async (body) => {
            setSecret((await integrationsApi.createWebhook(body)).signingSecret);
            webhooks.reload();
          }}
        />
      )}
      <FormError message={error} />
      {webhooks.state.status === "loading" && <Loading />}
      {webhooks.state.status === "failed" && <LoadFailed error={webhooks.state.error} onRetry={webhooks.reload} />}
      {webhooks.state.status === "ready" && webhooks.state.data.length === 0 && <Text>{t("integrations.noWebhooks")}</Text>}
      {webhooks.state.status === "ready" &&
        webhooks.state.data.map((webhook) => (
          <Paper key={webhook.id} withBorder p="md" component="article" aria-labelledby={`webhook-${webhook.id}`}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={4} id={`webhook-${webhook.id}`}>
                  {webhook.name}
                </Title>
                <Badge color={webhook.isActive ? "green" : "red"} variant="light">
                  {webhook.isActive ? t("integrations.on") : webhook.disabledReason === "failures" ? t("integrations.offFailures") : t("integrations.off")}
                </Badge>
              </Group>
              <Text size="sm" ff="monospace" dir="ltr">
                {webhook.url}
              </Text>
              <Text size="sm">{webhook.events.map((type) => t(`integrations.eventTypes.${type}`)).join(t("integrations.listSeparator"))}</Text>
              <Text size="sm">{webhook.partnerName ? t(webhook.isSharingIdentity ? "integrations.sharesWith" : "integrations.noIdentityFor", { partner: webhook.partnerName }) : t("integrations.noIdentity")}</Text>
              <Group>
                <Button size="xs" variant="default" onClick={() => void toggle(webhook)}>
                  {webhook.isActive ? t("integrations.switchOff") : t("integrations.switchOn")}
                </Button>
                <Button size="xs" variant="subtle" aria-expanded={opened === webhook.id} onClick={() => setOpened(opened === webhook.id ? null : webhook.id)}>
                  {opened === webhook.id ? t("integrations.hideDeliveries") : t("integrations.showDeliveries")}
                </Button>
              </Group>
              {opened === webhook.id && <DeliveryLog webhook={webhook} />}
            </Stack>
          </Paper>
        ))}
    </Stack>
  );
}
