/**
 * One case: its header, the actions the server allows now, and its parts as tabs: the overview
 * (timeline, who works on it and who may see it), assessments, and the support delivered. A case the user may not see is "not found"; managers and safeguarding leads are
 * then offered emergency access. Every change sends the version the user saw: if someone else
 * changed the case first, the page says so and shows the latest version.
 */
import { Alert, Anchor, Grid, Stack, Tabs } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { hasCode } from "../api/error-messages.js";
import { CaseAssessments } from "../assessments/case-assessments.js";
import { CaseCarePlan } from "../care-plans/case-care-plan.js";
import { CaseSessions } from "../sessions/case-sessions.js";
import { CaseProgrammes } from "../programmes/case-programmes.js";
import { CaseOutcomesPanel } from "../case-outcomes/case-outcomes-panel.js";
import { CasePanelTab } from "../panel/case-panel-tab.js";
import { CaseStudiesTab } from "../content/case-studies-tab.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { CaseActions } from "./case-actions.js";
import { CaseAssignments } from "./case-assignments.js";
import { CaseHeader } from "./case-header.js";
import { CaseNotFound } from "./case-not-found.js";
import type { CaseNotice } from "./case-notice.js";
import { CaseTimeline } from "./case-timeline.js";
import { casesApi, type CaseDetail } from "./cases-api.js";
import { RestrictionPanel } from "./restriction-panel.js";
import { TransferPanel } from "./transfer-panel.js";
import { ConflictsPanel } from "../workers/conflicts-panel.js";
import { MatchPanel } from "../workers/match-panel.js";
import { ClientRecordBanner } from "../data-protection/erasure/client-record-banner.js";

export function CasePage() {
  const { t } = useTranslation();
  const caseId = useParams().caseId ?? "";
  const [search, setSearch] = useSearchParams();
  const tab = search.get("tab") ?? "overview";
  const showTab = (value: string | null) => setSearch(value && value !== "overview" ? { tab: value } : {}, { replace: true });
  const { state, reload, replace } = useLoad(() => casesApi.get(caseId), [caseId]);
  const [notice, setNotice] = useState<(CaseNotice & { kind: "stale" | "done" }) | null>(null);

  if (state.status === "failed" && hasCode(state.error, "not_found")) return <CaseNotFound caseId={caseId} onAccessGranted={reload} />;
  if (state.status !== "ready") {
    return (
      <Page title={t("cases.detailLoading")}>
        <BackLink />
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const kase = state.data;
  const changed = (next: CaseDetail, done: CaseNotice) => {
    replace(next);
    setNotice({ kind: "done", ...done });
  };
  const stale = () => {
    setNotice({ kind: "stale", key: "cases.staleVersion" });
    reload();
  };

  return (
    <Page title={t("cases.detailTitle", { reference: kase.reference })}>
      <BackLink />
      {kase.isBreakGlass && (
        <Alert color="red" variant="filled" title={t("cases.breakGlass.bannerTitle")}>
          {t("cases.breakGlass.banner")}
        </Alert>
      )}
      <ClientRecordBanner state={kase.clientRecord} />
      <CaseHeader kase={kase} />
      {notice && (
        <Alert
          color={notice.kind === "stale" ? "orange" : "green"}
          variant="light"
          role={notice.kind === "stale" ? "alert" : "status"}
          withCloseButton
          closeButtonLabel={t("common.close")}
          onClose={() => setNotice(null)}
        >
          {t(notice.key, notice.values)}
        </Alert>
      )}
      <CaseActions kase={kase} onChanged={changed} onStale={stale} />
      {/* Each part of the case is a tab, kept in the address so a link or a reload opens the same part. */}
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List aria-label={t("caseTabs.label")}>
          <Tabs.Tab value="overview">{t("caseTabs.overview")}</Tabs.Tab>
          <Tabs.Tab value="assessments">{t("caseTabs.assessments")}</Tabs.Tab>
          <Tabs.Tab value="care-plan">{t("caseTabs.carePlan")}</Tabs.Tab>
          <Tabs.Tab value="sessions">{t("caseTabs.sessions")}</Tabs.Tab>
          <Tabs.Tab value="programmes">{t("caseTabs.programmes")}</Tabs.Tab>
          <Tabs.Tab value="outcomes">{t("caseTabs.outcomes")}</Tabs.Tab>
          <Tabs.Tab value="panel">{t("panel.caseTab.tab")}</Tabs.Tab>
          <Tabs.Tab value="case-studies">{t("content.caseStudy.tab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <CaseTimeline kase={kase} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack>
                <CaseAssignments kase={kase} onChanged={changed} onReload={reload} />
                <RestrictionPanel kase={kase} onChanged={changed} onStale={stale} />
                {kase.abilities.transfer && <TransferPanel kase={kase} />}
                {kase.abilities.matchWorkers && <MatchPanel kase={kase} onAssigned={changed} />}
                {kase.abilities.assign && <ConflictsPanel caseId={kase.id} siteId={kase.siteId} />}
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="assessments" pt="md">
          <CaseAssessments caseId={kase.id} clientId={kase.clientId} canSeeClient={!kase.isBreakGlass} />
        </Tabs.Panel>
        <Tabs.Panel value="care-plan" pt="md">
          <CaseCarePlan caseId={kase.id} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <CaseSessions caseId={kase.id} />
        </Tabs.Panel>
        <Tabs.Panel value="programmes" pt="md">
          <CaseProgrammes caseId={kase.id} />
        </Tabs.Panel>
        <Tabs.Panel value="outcomes" pt="md">
          <CaseOutcomesPanel caseId={kase.id} isClosed={kase.state === "closed"} />
        </Tabs.Panel>
        <Tabs.Panel value="panel" pt="md">
          <CasePanelTab caseId={kase.id} />
        </Tabs.Panel>
        <Tabs.Panel value="case-studies" pt="md">
          <CaseStudiesTab caseId={kase.id} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/cases">
      {t("cases.backToList")}
    </Anchor>
  );
}
