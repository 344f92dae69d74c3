/**
 * One worker's profile: where they work, their caseload and vetting, and the form to change the
 * profile when the server allows it (managers at one of their sites, administrators); otherwise
 * the facts only (the worker reading their own).
 */
import { Alert, Anchor, SimpleGrid, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { useLanguageName } from "../referrals/preference-labels.js";
import { VettingBadge } from "./vetting-badge.js";
import { WorkerProfileForm } from "./worker-profile-form.js";
import { workersApi, type WorkerDetail } from "./workers-api.js";

export function WorkerPage() {
  const { t } = useTranslation();
  const userId = useParams().userId ?? "";
  const site = useSearchParams()[0].get("site");
  const { state, reload, replace } = useLoad(() => workersApi.get(userId), [userId]);
  const [notice, setNotice] = useState<"saved" | "stale" | null>(null);
  const back = (
    <Anchor component={Link} to={site ? `/workers?site=${encodeURIComponent(site)}` : "/workers"}>
      {t("workers.backToList")}
    </Anchor>
  );
  if (state.status !== "ready") {
    return (
      <Page title={t("workers.detailTitle")}>
        {back}
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  const worker = state.data;
  return (
    <Page title={worker.displayName}>
      {worker.abilities.edit && back}
      {notice && (
        <Alert color={notice === "stale" ? "orange" : "green"} variant="light" role={notice === "stale" ? "alert" : "status"} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice === "stale" ? t("workers.form.stale") : t("workers.form.saved")}
        </Alert>
      )}
      <Section title={t("workers.summary")}>
        <WorkerFacts worker={worker} />
      </Section>
      {worker.abilities.edit && (
        <Section title={t("workers.form.title")}>
          <WorkerProfileForm
            key={worker.version}
            worker={worker}
            onSaved={(saved) => {
              replace(saved);
              setNotice("saved");
            }}
            onStale={() => {
              setNotice("stale");
              reload();
            }}
          />
        </Section>
      )}
    </Page>
  );
}

function WorkerFacts({ worker }: { worker: WorkerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const languageName = useLanguageName();
  const list = (items: string[]) => (items.length === 0 ? t("workers.noneRecorded") : items.join(t("workers.listSeparator")));
  const facts: [string, ReactNode][] = [
    [t("workers.sites"), list(worker.sites.map((site) => site.name))],
    [t("workers.roles"), list(worker.roles.map((role) => t(`roles.${role}.name`)))],
    [t("workers.form.gender"), t(`workers.genders.${worker.gender}`)],
    [t("workers.languages"), list(worker.languages.map(languageName))],
    [t("workers.specialisms"), list(worker.specialisms.map((code) => t(`support.specialisms.${code}`)))],
    [t("workers.caseloadColumn"), t("workers.capacity", { open: format.number(worker.openCases), max: format.number(worker.maxCaseload) })],
    [t("workers.vettingColumn"), <VettingBadge vetting={worker.vetting} />],
    [t("workers.form.reference"), worker.vetting.reference ? <bdi dir="ltr">{worker.vetting.reference}</bdi> : t("workers.noneRecorded")],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl">
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed" mb={4}>
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
