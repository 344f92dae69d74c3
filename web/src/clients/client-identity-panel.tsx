/**
 * A client's identity (names, date of birth, contact details, NHS number), shown only on request.
 * Revealing is audited, and the page says so first. Once shown it sits in a clearly marked panel
 * that can be hidden again; editing starts from it, so nobody edits details they have not seen.
 */
import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../components/app-modal.js";
import { Section } from "../components/section.js";
import { RevealPrompt, useReveal } from "../components/use-reveal.js";
import { clientsApi, type ClientProfile } from "./clients-api.js";
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
  const { value: identity, setValue: setIdentity, hide, reveal, isBusy, error } = useReveal(() => clientsApi.reveal(clientId));
  const [isEditing, setIsEditing] = useState(false);

  if (!identity) {
    return (
      <RevealPrompt
        title={title ?? t("clients.identity.title")}
        explanation={t("clients.identity.hiddenExplain")}
        buttonLabel={t("clients.identity.reveal")}
        isBusy={isBusy}
        error={error}
        onReveal={reveal}
      />
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
          <Button variant="default" onClick={hide}>
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
