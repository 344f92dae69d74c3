/**
 * The site's escalation queue for its safeguarding leads and team managers: escalations waiting for
 * the lead, on an agenda, or returned to their worker, urgent first and then the longest waiting
 * (the server's order). Each row opens the escalation, where the lead accepts or returns it.
 */
import { SegmentedControl, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";
import { EscalationTable } from "./escalation-table.js";
import { panelApi, type QueueState } from "./panel-api.js";
import { panelHere } from "./panel-here.js";
import { panelLabels } from "./panel-labels.js";

const queueStates: readonly QueueState[] = ["submitted", "accepted", "returned"];

export function EscalationsPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { site } = useCurrentSite();
  const [search, setSearch] = useSearchParams();
  const state: QueueState = queueStates.find((candidate) => candidate === search.get("state")) ?? "submitted";
  const runsHere = panelHere(session, site?.id ?? null).overseesPanel;
  const labels = panelLabels(t);

  return (
    <Page title={t("panel.queue.title")}>
      {!runsHere || !site ? (
        <Text>{t("panel.queue.notHere")}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t("panel.queue.intro")}
          </Text>
          <SegmentedControl
            aria-label={t("panel.queue.stateLabel")}
            value={state}
            onChange={(value) => setSearch({ state: value }, { replace: true })}
            data={queueStates.map((value) => ({ value, label: labels.escalationState(value) }))}
            w="fit-content"
          />
          <Queue siteId={site.id} state={state} />
        </>
      )}
    </Page>
  );
}

function Queue({ siteId, state }: { siteId: string; state: QueueState }) {
  const { t } = useTranslation();
  const queue = useLoad(() => panelApi.escalationQueue(siteId, state), [siteId, state]);
  if (queue.state.status === "loading") return <Loading />;
  if (queue.state.status === "failed") return <LoadFailed error={queue.state.error} onRetry={queue.reload} />;
  const items = queue.state.data.items;
  if (items.length === 0) return <Text>{t(`panel.queue.none.${state}`)}</Text>;
  return <EscalationTable items={items} caption={t(`panel.queue.caption.${state}`)} showDecision={false} />;
}
