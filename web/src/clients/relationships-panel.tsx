/**
 * The client's family and other important people: other clients (linked by reference) and contacts
 * who are not clients, whose details are kept in the vault and shown only on request (audited).
 */
import { Anchor, Button, List, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { AppModal } from "../components/app-modal.js";
import { Reference } from "../components/reference.js";
import { Section } from "../components/section.js";
import type { ClientProfile } from "./clients-api.js";
import { RelationshipContact } from "./relationship-contact.js";
import { RelationshipForm } from "./relationship-form.js";

export function RelationshipsPanel({ client, onChanged }: { client: ClientProfile; onChanged: (client: ClientProfile) => void }) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  return (
    <Section
      title={t("clients.relationships.title")}
      actions={
        client.abilities.edit && (
          <Button variant="default" onClick={() => setIsAdding(true)}>
            {t("clients.relationships.add")}
          </Button>
        )
      }
    >
      {client.abilities.revealContacts && client.relationships.some((relationship) => relationship.hasContactDetails) && (
        <Text size="sm">{t("clients.relationships.revealExplain")}</Text>
      )}
      {client.relationships.length === 0 ? (
        <Text>{t("clients.relationships.none")}</Text>
      ) : (
        <List spacing="xs">
          {client.relationships.map((relationship) => (
            <List.Item key={relationship.id}>
              {relationship.relatedClientId && relationship.relatedReference ? (
                <>
                  <Text span fw={600}>
                    {t(`clients.relationships.relations.${relationship.relation}`, { defaultValue: relationship.relation })}
                  </Text>
                  {" — "}
                  <Anchor component={Link} to={`/clients/${relationship.relatedClientId}`}>
                    {t("clients.relationships.client")} <Reference value={relationship.relatedReference} />
                  </Anchor>
                </>
              ) : (
                <RelationshipContact clientId={client.id} relationship={relationship} canReveal={client.abilities.revealContacts} />
              )}
            </List.Item>
          ))}
        </List>
      )}
      <AppModal opened={isAdding} onClose={() => setIsAdding(false)} title={t("clients.relationships.addTitle")} size="lg">
        <RelationshipForm
          clientId={client.id}
          onSaved={(saved) => {
            setIsAdding(false);
            onChanged(saved);
          }}
        />
      </AppModal>
    </Section>
  );
}
