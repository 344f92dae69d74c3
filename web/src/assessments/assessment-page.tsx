/**
 * One assessment at /assessments/:assessmentId: the form while it is a draft the user may edit,
 * the results otherwise. The heading names the instrument and the day; the case it belongs to is
 * linked by reference (never the client's name), with the instrument's information on request.
 */
import { Alert, Anchor, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Reference } from "../components/reference.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { InstrumentInfoButton } from "../instruments/instrument-info.js";
import { AssessmentForm } from "./assessment-form.js";
import { AssessmentResults } from "./assessment-results.js";
import { assessmentsApi, type AssessmentDetail } from "./assessments-api.js";
import { CorrectionLinks } from "./correction-links.js";
import { AmendmentBadge, AssessmentStatusBadge, SupersededBadge } from "./status-badge.js";
import { useStoredDefinition } from "./stored-definition.js";

export function AssessmentPage() {
  const assessmentId = useParams().assessmentId ?? "";
  // Afresh for each assessment, so that a notice brought from the last one (a correction opened) shows.
  return <AssessmentPageFor key={assessmentId} assessmentId={assessmentId} />;
}

function AssessmentPageFor({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => assessmentsApi.get(assessmentId), [assessmentId]);
  const location = useLocation();
  // Kept here, not in the assessment shown, which starts afresh when its status changes.
  const [notice, setNotice] = useState<{ for: string; key: string } | null>(() => {
    const key = (location.state as { notice?: string } | null)?.notice;
    return key ? { for: assessmentId, key } : null;
  });
  if (state.status !== "ready") {
    return (
      <Page title={t("assessments.loading")}>
        {state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}
      </Page>
    );
  }
  // A new key per assessment and version loaded, so a reload after a conflict starts the form afresh.
  const changed = (next: AssessmentDetail, noticeKey: string) => {
    setNotice({ for: next.id, key: noticeKey });
    replace(next);
    window.scrollTo({ top: 0 });
  };
  return (
    <LoadedAssessment
      key={`${state.data.id}:${state.data.version}:${state.data.status}`}
      assessment={state.data}
      notice={notice?.for === state.data.id ? notice.key : null}
      onCloseNotice={() => setNotice(null)}
      onChanged={changed}
      onReload={reload}
    />
  );
}

interface LoadedAssessmentProps {
  assessment: AssessmentDetail;
  notice: string | null;
  onCloseNotice: () => void;
  onChanged: (next: AssessmentDetail, noticeKey: string) => void;
  onReload: () => void;
}

function LoadedAssessment({ assessment, notice, onCloseNotice, onChanged: changed, onReload }: LoadedAssessmentProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const definition = useStoredDefinition(assessment.definition);
  const isEditing = assessment.status === "draft" && assessment.abilities.edit;

  const title = t("assessments.title", { instrument: isolate(assessment.instrument.title), date: isolate(format.day(assessment.assessedOn)) });
  const definitionFacts = definition && {
    title: assessment.instrument.title,
    version: assessment.instrument.version,
    description: definition.description ?? null,
    recallPeriod: definition.recallPeriod ?? null,
    licence: assessment.licence,
    itemCount: definition.sections.reduce((count, section) => count + section.items.length, 0),
  };
  return (
    <Page title={title} actions={definitionFacts && <InstrumentInfoButton instrument={definitionFacts} />}>
      <Stack gap="xs">
        <Anchor component={Link} to={`/cases/${assessment.caseId}?tab=assessments`}>
          {t("assessments.backToCase")} <Reference value={assessment.caseReference} />
        </Anchor>
        <Group gap="xs">
          <AssessmentStatusBadge status={assessment.status} requiresApproval={assessment.requiresApproval} />
          {assessment.amendsId && <AmendmentBadge />}
          {assessment.supersededById && <SupersededBadge />}
        </Group>
        <CorrectionLinks assessment={assessment} />
      </Stack>
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={onCloseNotice}>
          {t(notice)}
        </Alert>
      )}
      {!definition ? (
        <Alert color="red" role="alert">
          {t("assessments.definitionUnreadable")}
        </Alert>
      ) : isEditing ? (
        <>
          {definition.recallPeriod && <Alert variant="light" color="gray">{t("assessments.form.recall", { period: isolate(definition.recallPeriod) })}</Alert>}
          <AssessmentForm assessment={assessment} definition={definition} onSubmitted={(next) => changed(next, "assessments.form.submitted")} onReload={onReload} />
        </>
      ) : (
        <AssessmentResults assessment={assessment} definition={definition} onChanged={changed} />
      )}
    </Page>
  );
}
