/**
 * A client's identity (names, date of birth, contact details, NHS number), shown only on request.
 * Revealing is audited, and the page says so first. Once shown it sits in a clearly marked panel
 * that can be hidden again; editing starts from it, so nobody edits details they have not seen.
 */
import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { clientsApi, type ClientProfile, type Identity } from "./clients-api.js";
import { IdentityFacts } from "./identity-facts.js";
import { IdentityForm } from "./identity-form.js";

interface ClientIdentityPanelProps {
  clientId: string;
  canEdit: boolean;
  /** Called with the profile after an identity edit. */
  onProfileChanged?: (client: ClientProfile) => void;
  /** Heading of the panel; the merge screen names which record it is. */
  title?: string;
}

export function ClientIdentityPanel({ clientId, canEdit, onProfileChanged, title }: ClientIdentityPanelProps) {
  const { t } = useTranslation();
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reveal(): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      setIdentity(await clientsApi.reveal(clientId));
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  if (!identity) {
    return (
      <Section title={title ?? t("clients.identity.title")}>
        <Text>{t("clients.identity.hiddenExplain")}</Text>
        <FormError message={error} />
        <Group>
          <Button variant="default" onClick={() => void reveal()} loading={isBusy}>
            {t("clients.identity.reveal")}
          </Button>
        </Group>
      </Section>
    );
  }
  return (
    <Section
      title={title ?? t("clients.identity.shownTitle")}
      className="revealed-panel"
      actions={
        <Group gap="xs">
          {canEdit && (
            <Button variant="default" onClick={() => setIsEditing(true)}>
              {t("clients.identity.edit")}
            </Button>
          )}
          <Button variant="default" onClick={() => setIdentity(null)}>
            {t("clients.identity.hide")}
          </Button>
        </Group>
      }
    >
      <Text size="sm">{t("clients.identity.recorded")}</Text>
      <IdentityFacts identity={identity} />
      <AppModal opened={isEditing} onClose={() => setIsEditing(false)} title={t("clients.identity.editTitle")} size="lg">
        <IdentityForm
          clientId={clientId}
          identity={identity}
          onSaved={(saved, client) => {
            setIdentity(saved);
            setIsEditing(false);
            onProfileChanged?.(client);
          }}
        />
      </AppModal>
    </Section>
  );
}
