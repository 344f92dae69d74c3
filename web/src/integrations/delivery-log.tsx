/** A webhook's latest deliveries: status, tries, the partner's answer in short, the next try, and sending again. */
import { Badge, Button, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Webhook, WebhookDelivery } from "../../../core/api/integrations.js";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { integrationsApi } from "./integrations-api.js";

const statusColour: Record<WebhookDelivery["status"], string> = { pending: "yellow", delivered: "green", failed: "red" };

export function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, reload } = useLoad(() => integrationsApi.deliveries(webhook.id), [webhook.id]);
  const [error, setError] = useState<string | null>(null);
  async function resend(delivery: WebhookDelivery): Promise<void> {
    setError(null);
    try {
      await integrationsApi.redeliver(webhook.id, delivery.id);
      reload();
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  }
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  if (state.data.length === 0) return <Text>{t("integrations.noDeliveries")}</Text>;
  return (
    <>
      <FormError message={error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t("integrations.deliveriesCaption", { name: webhook.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("integrations.event")}</Table.Th>
              <Table.Th>{t("integrations.status")}</Table.Th>
              <Table.Th>{t("integrations.attempts")}</Table.Th>
              <Table.Th>{t("integrations.answer")}</Table.Th>
              <Table.Th>{t("integrations.nextAttempt")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.data.map((delivery) => (
              <Table.Tr key={delivery.id}>
                <Table.Td>
                  <Text>{t(`integrations.eventTypes.${delivery.eventType}`)}</Text>
                  <Text size="sm">{format.dateTime(delivery.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColour[delivery.status]} variant="light">
                    {t(`integrations.statuses.${delivery.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.number(delivery.attempts)}</Table.Td>
                <Table.Td>
                  {delivery.responseStatus !== null && <Text dir="ltr">{delivery.responseStatus}</Text>}
                  {delivery.lastError && <Text size="sm">{delivery.lastError}</Text>}
                  {delivery.responseExcerpt && <Text size="sm" ff="monospace" dir="ltr" lineClamp={2}>{delivery.responseExcerpt}</Text>}
                </Table.Td>
                <Table.Td>{delivery.nextAttemptAt ? format.dateTime(delivery.nextAttemptAt) : "—"}</Table.Td>
                <Table.Td>
                  {delivery.status !== "pending" && webhook.isActive && (
                    <Button size="xs" variant="default" onClick={() => void resend(delivery)} aria-label={t("integrations.resendNamed", { time: format.dateTime(delivery.createdAt) })}>
                      {t("integrations.resend")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
