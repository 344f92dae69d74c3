/**
 * One data-rights request (`/data-protection/requests/:requestId`): who asked, the person it is
 * about, the deadline and any extension, the identity check; the next steps the server allows;
 * for an access request the redaction step and release; the panels other features add by kind;
 * its history and the copies released.
 */
import { Alert, Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { FactList, type Fact } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Page } from "../../components/page.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, isolateReference, useFormat } from "../../i18n/format.js";
import { dataRightsApi, type RequestDetail } from "../data-rights-api.js";
import { UrgencyBadge } from "../urgency-badge.js";
import { MatchClient } from "./match-client.js";
import { RequestHistory, RequestReleases } from "./request-history.js";
import { requestPanels } from "./request-panels.js";
import { RequestSteps } from "./request-steps.js";
import { SubjectAccessExport } from "./subject-access-export.js";

function RequestFacts({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts: Fact[] = [
    { label: t("dataRights.table.kind"), value: t(`dataRights.kinds.${request.kind}`) },
    { label: t("dataRights.table.status"), value: t(`dataRights.statuses.${request.status}`) },
    { label: t("dataRights.request.received"), value: format.day(request.receivedOn) },
    {
      label: t("dataRights.request.deadline"),
      value: (
        <>
          {format.day(request.dueOn)} <UrgencyBadge request={request} />
        </>
      ),
    },
    { label: t("dataRights.request.person"), value: request.client ? `${isolate(request.client.name)} · ${isolateReference(request.client.reference)}` : t("dataRights.table.notMatched") },
    {
      label: t("dataRights.request.requester"),
      value: request.requester
        ? `${isolate(request.requester.name)} · ${t(`dataRights.relations.${request.requesterRelation}`)}${request.requester.contact ? ` · ${isolate(request.requester.contact)}` : ""}`
        : t("dataRights.request.requesterUnavailable"),
    },
    {
      label: t("dataRights.request.identity"),
      value: request.identityCheck
        ? t("dataRights.request.identityText", {
            method: t(`dataRights.identityMethods.${request.identityCheck.method}`),
            checkedOn: format.day(request.identityCheck.checkedOn),
            name: isolate(request.identityCheck.checkedByName ?? "—"),
          })
        : t("dataRights.request.identityNotChecked"),
    },
  ];
  if (request.extension) {
    facts.push(
      { label: t("dataRights.request.originalDeadline"), value: format.day(request.originalDueOn) },
      { label: t("dataRights.request.extension"), value: t("dataRights.request.extensionText", { ground: t(`dataRights.grounds.${request.extension.ground}`), toldOn: format.day(request.extension.toldOn) }) },
    );
  }
  if (request.refusalReason) facts.push({ label: t("dataRights.request.refusal"), value: t(`dataRights.refusalReasons.${request.refusalReason}`) });
  if (request.requester?.description) facts.push({ label: t("dataRights.form.description"), value: <span dir="auto">{request.requester.description}</span> });
  return (
    <Section title={t("dataRights.request.facts")}>
      <FactList facts={facts} />
    </Section>
  );
}

export function RequestPage() {
  const { t } = useTranslation();
  const { requestId = "" } = useParams();
  const { state, reload, replace } = useLoad(() => dataRightsApi.read(requestId), [requestId]);
  const title = state.status === "ready" ? t("dataRights.request.title", { reference: isolateReference(state.data.reference) }) : t("dataRights.title");
  return (
    <Page title={title}>
      <Anchor component={Link} to="/data-protection">
        {t("dataRights.request.back")}
      </Anchor>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <Stack gap="lg">
          <RequestFacts request={state.data} />
          {state.data.abilities.canMatch && <MatchClient request={state.data} onChanged={replace} />}
          <RequestSteps request={state.data} onChanged={replace} />
          {state.data.kind === "access" && state.data.abilities.canPrepareExport && <SubjectAccessExport key={state.data.history.length} request={state.data} onChanged={replace} />}
          {state.data.kind === "access" && !state.data.client && <Alert color="blue">{t("dataRights.export.needsMatch")}</Alert>}
          {requestPanels
            .filter((panel) => panel.kinds.includes(state.data.kind))
            .map(({ key, Panel }) => (
              <Panel key={key} request={state.data} onChanged={replace} />
            ))}
          <RequestReleases request={state.data} />
          <RequestHistory request={state.data} />
        </Stack>
      )}
    </Page>
  );
}
