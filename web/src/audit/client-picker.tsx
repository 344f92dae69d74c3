/**
 * Choosing the client whose audit trail to read: type a reference (C-…) or a name (with a date of
 * birth to narrow it); the search goes in a request body, and only references come back.
 */
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { Reference } from "../components/reference.js";
import { auditApi } from "./audit-api.js";

const looksLikeReference = (text: string) => /^[A-Z]-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/i.test(text);
const asReference = (text: string) => {
  const bare = text.replaceAll("-", "").toUpperCase();
  return `${bare.slice(0, 1)}-${bare.slice(1, 5)}-${bare.slice(5)}`;
};

export function ClientPicker({ clientId, onChange }: { clientId: string | undefined; onChange: (clientId: string | undefined) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const [matches, setMatches] = useState<{ clientId: string; reference: string }[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSearching, setIsSearching] = useState(false);

  async function search(): Promise<void> {
    const typed = text.trim();
    if (!typed) return;
    setIsSearching(true);
    setError(null);
    try {
      const [givenName = "", ...rest] = typed.split(/\s+/);
      const body = looksLikeReference(typed) ? { reference: asReference(typed) } : { givenName, ...(rest.length > 0 ? { familyName: rest.join(" ") } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) };
      setMatches((await auditApi.findClients(body)).items);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsSearching(false);
    }
  }

  if (clientId) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("auditReview.filters.client")}
        </Text>
        <Group gap="xs">
          {chosen ? <Reference value={chosen} /> : <Text>{t("auditReview.filters.clientChosen")}</Text>}
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => {
              setChosen(null);
              onChange(undefined);
            }}
          >
            {t("auditReview.filters.clientClear")}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <TextInput
        label={t("auditReview.filters.client")}
        description={t("auditReview.filters.clientHint")}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            void search();
          }
        }}
        autoComplete="off"
      />
      {!looksLikeReference(text.trim()) && text.trim() !== "" && (
        <TextInput type="date" dir="ltr" size="xs" label={t("auditReview.filters.dateOfBirth")} value={dateOfBirth} onChange={(event) => setDateOfBirth(event.currentTarget.value)} />
      )}
      <Group gap="xs">
        <Button size="compact-sm" variant="light" onClick={() => void search()} loading={isSearching}>
          {t("auditReview.filters.findClient")}
        </Button>
      </Group>
      <FormError message={error} />
      <div role="status">
        {matches?.length === 0 && <Text size="sm">{t("auditReview.filters.noClient")}</Text>}
        {matches && matches.length > 0 && (
          <Group gap="xs">
            {matches.map((match) => (
              <Button
                key={match.clientId}
                size="compact-sm"
                variant="outline"
                aria-label={t("auditReview.filters.chooseClient", { reference: match.reference })}
                onClick={() => {
                  setChosen(match.reference);
                  setMatches(null);
                  setText("");
                  onChange(match.clientId);
                }}
              >
                <bdi dir="ltr">{match.reference}</bdi>
              </Button>
            ))}
          </Group>
        )}
      </div>
    </Stack>
  );
}
