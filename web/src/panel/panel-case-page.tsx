/**
 * One agenda case as a panel member reads it during the access window: the redacted summary (every
 * read audited by the server), until when it stays visible, declaring a conflict of interest (the
 * case is then hidden from them), and the decision: recorded, or the form to record it. Outside the
 * window, or with a conflict, the server answers "not found" and so does the page.
 */
import { Alert, Anchor, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { DecisionView as Decision } from "../../../core/api/panel.js";
import { errorMessage, hasCode } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, isolateReference, useFormat } from "../i18n/format.js";
import { DecisionForm } from "./decision-form.js";
import { DecisionView } from "./decision-view.js";
import { UrgentBadge } from "./panel-badges.js";
import { panelApi } from "./panel-api.js";
import { PanelNotFound } from "./panel-not-found.js";
import { RedactedSummary } from "./redacted-summary.js";

export function PanelCasePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { meetingId = "", caseId = "" } = useParams();
  const { state, reload, replace } = useLoad(() => panelApi.panelCase(meetingId, caseId), [meetingId, caseId]);
  const [isDeclaring, setIsDeclaring] = useState(false);
  const [declareError, setDeclareError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (state.status === "failed" && hasCode(state.error, "not_found")) return <PanelNotFound />;
  if (state.status !== "ready") {
    return <Page title={t("panel.case.loading")}>{state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}</Page>;
  }
  const panelCase = state.data;
  const { summary } = panelCase;

  async function declare(): Promise<void> {
    try {
      await panelApi.declareConflict(meetingId, caseId);
      void navigate(`/panel/meetings/${meetingId}`);
    } catch (error) {
      setDeclareError(errorMessage(error, t));
    }
  }

  const recorded = (decision: Decision) => {
    replace({ ...panelCase, decision, abilities: { ...panelCase.abilities, recordDecision: false } });
    setNotice(t("panel.decision.recorded"));
  };

  return (
    <Page
      title={t("panel.case.title", { initials: isolate(summary.initials ?? t("panel.summary.noInitials")), reference: isolateReference(summary.case.reference) })}
      // Initials and a reference would outlive the access window in the browser's history.
      documentTitle={t("panel.case.loading")}
      actions={
        panelCase.abilities.declareConflict && (
          <Button variant="default" color="orange" onClick={() => setIsDeclaring(true)}>
            {t("panel.case.declareConflict")}
          </Button>
        )
      }
    >
      <Anchor component={Link} to={`/panel/meetings/${meetingId}`}>
        {t("panel.case.backToMeeting")}
      </Anchor>
      <Group gap="sm">
        {panelCase.isUrgent && <UrgentBadge />}
        <Text size="sm">{t("panel.case.visibleUntil", { date: format.dateTime(panelCase.visibleUntil) })}</Text>
      </Group>
      <Alert color="blue" variant="light">
        {t("panel.case.confidential")}
      </Alert>
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <RedactedSummary summary={summary} />
      <Section title={t("panel.decision.title")}>
        {panelCase.decision ? (
          <DecisionView decision={panelCase.decision} />
        ) : panelCase.abilities.recordDecision ? (
          <DecisionForm panelCase={panelCase} onRecorded={recorded} />
        ) : (
          <Text>{t("panel.decision.notYet")}</Text>
        )}
      </Section>
      <ConfirmDialog
        opened={isDeclaring}
        title={t("panel.case.declareTitle")}
        message={t("panel.case.declareMessage")}
        confirmLabel={t("panel.case.declareConfirm")}
        error={declareError}
        onConfirm={() => void declare()}
        onCancel={() => {
          setIsDeclaring(false);
          setDeclareError(null);
        }}
      />
    </Page>
  );
}
