/**
 * Merging a duplicate into a client record: both records side by side (identity only once each is
 * revealed, and each reveal is audited), why they look like the same person, and a plain warning of
 * what merging does — every event is kept, and an administrator can undo it within 30 days.
 */
import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import { clientsApi, type MergeResult } from "./clients-api.js";
import { MatchReasons, StrengthBadge } from "./match-reasons.js";
import { MergeForm } from "./merge-form.js";
import { MergeRecordColumn } from "./merge-record-column.js";

export function ClientMergePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { clientId = "", otherId = "" } = useParams();
  const [result, setResult] = useState<MergeResult | null>(null);
  const { state, reload } = useLoad(
    async () => {
      const [kept, duplicate, matches] = await Promise.all([clientsApi.get(clientId), clientsApi.get(otherId), clientsApi.duplicates(clientId)]);
      return { kept, duplicate, match: matches.find((candidate) => candidate.clientId === otherId) ?? null };
    },
    [clientId, otherId],
  );

  const back = (
    <Anchor component={Link} to={`/clients/${clientId}?tab=duplicates`}>
      {t("clients.merge.back")}
    </Anchor>
  );
  if (state.status !== "ready") {
    return (
      <Page title={t("clients.merge.title")}>
        {back}
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const { kept, duplicate, match } = state.data;
  if (result) {
    return (
      <Page title={t("clients.merge.doneTitle")}>
        <Alert color="green" variant="light" role="status" title={t("clients.merge.doneHeading")}>
          <Stack gap="sm" align="flex-start">
            <Text>
              {t("clients.merge.doneBody", {
                kept: isolateReference(kept.reference),
                duplicate: isolateReference(duplicate.reference),
                until: isolate(format.date(result.reversibleUntil)),
              })}
            </Text>
            <Button component={Link} to={`/clients/${result.keptClientId}`}>
              {t("clients.open", { reference: kept.reference })}
            </Button>
          </Stack>
        </Alert>
      </Page>
    );
  }
  return (
    <Page title={t("clients.merge.title")}>
      {back}
      <Alert color="yellow" variant="light" title={t("clients.merge.warningTitle")}>
        <Text size="sm">{t("clients.merge.warning", { kept: isolateReference(kept.reference), duplicate: isolateReference(duplicate.reference) })}</Text>
      </Alert>
      <Section title={t("clients.merge.whyTitle")}>
        {match ? (
          <Group align="flex-start" gap="md">
            <StrengthBadge strength={match.strength} />
            <MatchReasons reasons={match.reasons} />
          </Group>
        ) : (
          <Text>{t("clients.merge.noLongerMatched")}</Text>
        )}
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MergeRecordColumn client={kept} role="kept" />
        <MergeRecordColumn client={duplicate} role="duplicate" />
      </SimpleGrid>
      <Group>
        <Anchor component={Link} to={`/clients/${otherId}/merge/${clientId}`}>
          {t("clients.merge.swap", { reference: isolateReference(duplicate.reference) })}
        </Anchor>
      </Group>
      {kept.abilities.merge ? (
        <MergeForm keptId={kept.id} keptReference={kept.reference} duplicateId={duplicate.id} duplicateReference={duplicate.reference} onMerged={setResult} />
      ) : (
        <Text c="dimmed">{t("clients.merge.notAllowed")}</Text>
      )}
    </Page>
  );
}
