/** Finding the person a request is about (by reference, or name and date of birth) and matching it to them. */
import { Button, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { errorMessage } from "../../api/error-messages.js";
import { isolate, isolateReference, useFormat } from "../../i18n/format.js";
import { dataRightsApi, type ClientMatch, type RequestDetail } from "../data-rights-api.js";

export function MatchClient({ request, onChanged }: { request: RequestDetail; onChanged: (request: RequestDetail) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState({ reference: "", givenName: "", familyName: "", dateOfBirth: "" });
  const [matches, setMatches] = useState<ClientMatch[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    setIsBusy(true);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  };
  const search = () =>
    run(async () => {
      const filled = Object.fromEntries(Object.entries(query).filter(([, value]) => value.trim() !== ""));
      setMatches((await dataRightsApi.findClients(filled)).items);
    });
  const field = (name: keyof typeof query, extra: { type?: string; dir?: "ltr" | "auto" } = {}) => (
    <TextInput label={t(`dataRights.match.${name}`)} value={query[name]} onChange={(event) => setQuery({ ...query, [name]: event.currentTarget.value })} dir={extra.dir ?? "auto"} type={extra.type} />
  );
  return (
    <Section title={t("dataRights.match.title")}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <Stack>
          <Text size="sm">{t("dataRights.match.intro")}</Text>
          <FormError message={error} />
          <Group align="flex-end" wrap="wrap">
            {field("reference", { dir: "ltr" })}
            {field("givenName")}
            {field("familyName")}
            {field("dateOfBirth", { type: "date", dir: "ltr" })}
            <Button type="submit" variant="default" loading={isBusy}>
              {t("dataRights.match.search")}
            </Button>
          </Group>
        </Stack>
      </form>
      {matches && matches.length === 0 && <Text>{t("dataRights.match.noResults")}</Text>}
      {matches && matches.length > 0 && (
        <List listStyleType="none" spacing="sm" aria-label={t("dataRights.match.results")}>
          {matches.map((match) => (
            <List.Item key={match.id}>
              <Group gap="sm" wrap="wrap">
                <Text fw={600}>{isolate(match.name)}</Text>
                <Text>{isolateReference(match.reference)}</Text>
                {match.dateOfBirth && <Text c="dimmed">{t("dataRights.match.born", { date: format.day(match.dateOfBirth) })}</Text>}
                <Button size="xs" loading={isBusy} aria-label={`${t("dataRights.match.choose")}: ${match.name}`} onClick={() => void run(async () => onChanged(await dataRightsApi.step(request.id, "match", { clientId: match.id })))}>
                  {t("dataRights.match.choose")}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
