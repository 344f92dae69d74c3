/**
 * Distance travelled, at /clients/:clientId/outcomes: for every instrument given to the client more
 * than once, a small chart per score, and the cross-vulnerability profile first against latest. The
 * client is named only by reference.
 */
import { Anchor, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate } from "../i18n/format.js";
import { outcomesApi, type OutcomeSeries } from "./outcomes-api.js";
import { ProfileComparison } from "./profile-comparison.js";
import { ScoreChart } from "./score-chart.js";

export function OutcomesPage() {
  const { t } = useTranslation();
  const clientId = useParams().clientId ?? "";
  const { state, reload } = useLoad(() => outcomesApi.get(clientId), [clientId]);

  if (state.status !== "ready") {
    return (
      <Page title={t("outcomes.loading")}>
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const outcomes = state.data;
  const reference = outcomes.clientReference;
  return (
    <Page title={t("outcomes.title", { reference })}>
      <Anchor component={Link} to={`/clients/${clientId}`}>
        {t("outcomes.backToClient")}
      </Anchor>
      <Text>{t("outcomes.intro")}</Text>
      {outcomes.profile && <ProfileComparison profile={outcomes.profile} />}
      {outcomes.series.length === 0 && !outcomes.profile && <Text>{t("outcomes.none")}</Text>}
      {outcomes.series.map((series) => (
        <SeriesSection key={series.instrumentKey} series={series} />
      ))}
    </Page>
  );
}

/**
 * One instrument's charts. A measure that stayed at 0 at every assessment where less is better (no
 * need in an area of the toolkit, no days of crack use on the TOP) is named in one line rather than
 * drawn as a flat line, so the charts that show change stand out.
 */
function SeriesSection({ series }: { series: OutcomeSeries }) {
  const { t } = useTranslation();
  const isFlat = (score: OutcomeSeries["scores"][number]) => !score.isHigherBetter && score.points.every((point) => point.value === 0);
  const charted = series.scores.filter((score) => !isFlat(score));
  const flat = series.scores.filter(isFlat);
  return (
    <Section title={isolate(series.title)}>
      {series.scores.length === 0 && <Text>{t("outcomes.noScores")}</Text>}
      {charted.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: charted.length > 1 ? 2 : 1 }} spacing="md" maw={charted.length > 1 ? undefined : 640}>
          {charted.map((score) => (
            <ScoreChart key={score.id} score={score} />
          ))}
        </SimpleGrid>
      )}
      {flat.length > 0 && <Text size="sm">{t(series.kind === "vulnerability" ? "outcomes.unchangedNone" : "outcomes.stayedAtZero", { areas: flat.map((score) => isolate(score.label)).join(t("alerts.listSeparator")) })}</Text>}
    </Section>
  );
}
