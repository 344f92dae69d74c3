/** Records that may be the same person as this client, with why; each can be reviewed side by side and merged. */
import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Reference } from "../components/reference.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { clientsApi, type ClientProfile } from "./clients-api.js";
import { MatchReasons, StrengthBadge } from "./match-reasons.js";

export function ClientDuplicates({ client }: { client: ClientProfile }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => clientsApi.duplicates(client.id), [client.id]);
  return (
    <Section title={t("clients.duplicates.title")}>
      <Text maw="70ch">{t("clients.duplicates.intro")}</Text>
      {!client.abilities.merge && <Text size="sm" c="dimmed">{t("clients.duplicates.managersMerge")}</Text>}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.length === 0 && <Text fw={500}>{t("clients.duplicates.none")}</Text>}
      {state.status === "ready" && state.data.length > 0 && (
        <Stack gap="sm">
          {state.data.map((match) => (
            <Paper key={match.clientId} withBorder p="md">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Stack gap={4}>
                  <Group gap="xs">
                    <Reference value={match.reference} fw={600} />
                    <StrengthBadge strength={match.strength} />
                  </Group>
                  <MatchReasons reasons={match.reasons} />
                  {!match.isInScope && <Text size="sm">{t("clients.otherSite")}</Text>}
                </Stack>
                {match.isInScope && (
                  <Button
                    component={Link}
                    to={`/clients/${client.id}/merge/${match.clientId}`}
                    variant="default"
                    aria-label={t(client.abilities.merge ? "clients.duplicates.reviewNamed" : "clients.duplicates.compareNamed", { reference: match.reference })}
                  >
                    {t(client.abilities.merge ? "clients.duplicates.review" : "clients.duplicates.compare")}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
