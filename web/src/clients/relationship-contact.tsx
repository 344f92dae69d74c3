/**
 * A contact who is not a client, in the family and contacts list: how they are related, whether
 * details are kept, and (when the server allows) a button that reveals the name and phone. Revealing
 * is audited, like the client's own identity (use-reveal.tsx); once shown the details sit in a
 * marked box under the line, which can be hidden again.
 */
import { Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FormError } from "../components/form-error.js";
import { RevealedFacts, useReveal } from "../components/use-reveal.js";
import { clientsApi, type ClientProfile } from "./clients-api.js";

type Relationship = ClientProfile["relationships"][number];

export function RelationshipContact({ clientId, relationship, canReveal }: { clientId: string; relationship: Relationship; canReveal: boolean }) {
  const { t } = useTranslation();
  const { value: contact, hide, reveal, isBusy, error } = useReveal(() => clientsApi.revealContact(clientId, relationship.id));
  const relation = t(`clients.relationships.relations.${relationship.relation}`, { defaultValue: relationship.relation });
  const none = t("clients.notRecorded");
  return (
    <Stack gap={4} align="flex-start">
      <Group gap="xs" wrap="wrap">
        <Text span fw={600}>
          {relation}
        </Text>
        <Text span>
          {"— "}
          {relationship.hasContactDetails ? t("clients.relationships.contactWithDetails") : t("clients.relationships.contact")}
        </Text>
        {relationship.hasContactDetails && canReveal && !contact && (
          <Button variant="default" size="compact-sm" loading={isBusy} onClick={() => void reveal()} aria-label={t("clients.relationships.revealNamed", { relation })}>
            {t("clients.relationships.reveal")}
          </Button>
        )}
      </Group>
      <FormError message={error} />
      {contact && (
        <RevealedFacts
          label={t("clients.relationships.revealedLabel", { relation })}
          facts={[
            { label: t("clients.relationships.contactName"), value: contact.contactName ? <bdi dir="auto">{contact.contactName}</bdi> : none },
            { label: t("clients.fields.phone"), value: contact.contactPhone ? <bdi dir="ltr">{contact.contactPhone}</bdi> : none },
          ]}
          hideLabel={t("clients.relationships.hide")}
          onHide={hide}
        />
      )}
    </Stack>
  );
}
