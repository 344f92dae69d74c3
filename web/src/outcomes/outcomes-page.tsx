/**
 * Distance travelled, at /clients/:clientId/outcomes: for every instrument given to the client more
 * than once, a small chart per score, and the cross-vulnerability profile first against latest. The
 * client is named only by reference.
 */
import { Anchor, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { clientsApi } from "../clients/clients-api.js";
import { isolate } from "../i18n/format.js";
import { outcomesApi, type BandsByScore, type OutcomeSeries } from "./outcomes-api.js";
import { ProfileComparison } from "./profile-comparison.js";
import { ScoreChart } from "./score-chart.js";

export function OutcomesPage() {
  const { t } = useTranslation();
  const clientId = useParams().clientId ?? "";
  const { state, reload } = useLoad(async () => {
    const [client, outcomes] = await Promise.all([clientsApi.get(clientId), outcomesApi.get(clientId)]);
    const bands = await outcomesApi.bands(outcomes.series.map((series) => series.instrumentKey));
    return { reference: client.reference, outcomes, bands };
  }, [clientId]);

  if (state.status !== "ready") {
    return (
      <Page title={t("outcomes.loading")}>
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const { reference, outcomes, bands } = state.data;
  return (
    <Page title={t("outcomes.title", { reference })}>
      <Anchor component={Link} to={`/clients/${clientId}`}>
        {t("outcomes.backToClient")}
      </Anchor>
      <Text>{t("outcomes.intro")}</Text>
      {outcomes.profile && <ProfileComparison profile={outcomes.profile} />}
      {outcomes.series.length === 0 && !outcomes.profile && <Text>{t("outcomes.none")}</Text>}
      {outcomes.series.map((series) => (
        <SeriesSection key={series.instrumentKey} series={series} bands={bands} />
      ))}
    </Page>
  );
}

function SeriesSection({ series, bands }: { series: OutcomeSeries; bands: BandsByScore }) {
  const { t } = useTranslation();
  const byScore = bands.get(series.instrumentKey);
  return (
    <Section title={isolate(series.title)}>
      {series.scores.length === 0 ? (
        <Text>{t("outcomes.noScores")}</Text>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: series.scores.length > 1 ? 2 : 1 }} spacing="md" maw={series.scores.length > 1 ? undefined : 640}>
            {series.scores.map((score) => (
              <ScoreChart key={score.id} score={score} bands={byScore?.get(score.id) ?? []} />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Section>
  );
}
