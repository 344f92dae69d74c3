/**
 * One escalation: what was written for the panel, the assessment attached, the chosen note
 * excerpts, its history and decision, and the steps the server allows the viewer now (the lead's
 * accept, return, move, take off the agenda, choose excerpts; the escalator's resubmit; withdraw).
 */
import { Alert, Anchor, Button, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { EscalationDetail } from "../../../core/api/panel.js";
import { hasCode } from "../api/error-messages.js";
import { FactList } from "../components/fact-list.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Reference } from "../components/reference.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { DecisionView } from "./decision-view.js";
import { EscalationStepDialog, type EscalationStep } from "./escalation-step-dialog.js";
import { ExcerptChooser } from "./excerpt-chooser.js";
import { IdentifyingWarnings } from "./identifying-warnings.js";
import { EscalationStateBadge, UrgentBadge } from "./panel-badges.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";
import { PanelNotFound } from "./panel-not-found.js";

const stepAbilities: [EscalationStep, keyof EscalationDetail["abilities"]][] = [
  ["accept", "accept"],
  ["move_to_meeting", "moveToMeeting"],
  ["resubmit", "resubmit"],
  ["return", "return"],
  ["take_off_agenda", "takeOffAgenda"],
  ["withdraw", "withdraw"],
];

export function EscalationPage() {
  const { t } = useTranslation();
  const escalationId = useParams().escalationId ?? "";
  const { state, reload, replace } = useLoad(() => panelApi.escalation(escalationId), [escalationId]);
  const [step, setStep] = useState<EscalationStep | null>(null);
  const [isChoosing, setIsChoosing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (state.status === "failed" && hasCode(state.error, "not_found")) return <PanelNotFound />;
  if (state.status !== "ready") {
    return <Page title={t("panel.escalation.loading")}>{state.status === "loading" ? <Loading /> : <LoadFailed error={state.error} onRetry={reload} />}</Page>;
  }
  const escalation = state.data;
  const steps = stepAbilities.filter(([, ability]) => escalation.abilities[ability]).map(([type]) => type);

  return (
    <Page title={t("panel.escalation.title", { reference: isolate(escalation.caseReference) })}>
      <Anchor component={Link} to={`/cases/${escalation.caseId}?tab=panel`}>
        {t("panel.escalation.backToCase")}
      </Anchor>
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {(steps.length > 0 || escalation.abilities.chooseExcerpts) && (
        <Group gap="sm">
          {steps.map((type) => (
            <Button key={type} variant={type === "accept" || type === "resubmit" ? "filled" : "default"} onClick={() => setStep(type)}>
              {t(`panel.steps.${type}.button`)}
            </Button>
          ))}
          {escalation.abilities.chooseExcerpts && (
            <Button variant="default" onClick={() => setIsChoosing(true)}>
              {t("panel.excerpts.choose")}
            </Button>
          )}
        </Group>
      )}
      <EscalationFacts escalation={escalation} />
      <IdentifyingWarnings warnings={escalation.warnings} />
      <Section title={t("panel.escalation.written")}>
        <Text size="sm" c="dimmed">
          {t("panel.escalate.reason")}
        </Text>
        <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {escalation.reason}
        </Text>
        <Text size="sm" c="dimmed">
          {t("panel.escalate.riskSummary")}
        </Text>
        <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {escalation.riskSummary}
        </Text>
      </Section>
      <Excerpts escalation={escalation} />
      {escalation.decision && (
        <Section
          title={t("panel.decision.title")}
          actions={
            <Button component="a" href={panelApi.caseRecordUrl(escalation.decision.id)} target="_blank" rel="noopener" variant="default" size="sm">
              {t("panel.decision.printCaseRecord")}
            </Button>
          }
        >
          <DecisionView decision={escalation.decision} />
        </Section>
      )}
      <History escalation={escalation} />
      <EscalationStepDialog
        escalation={escalation}
        step={step}
        onClose={() => setStep(null)}
        onDone={(next, done) => {
          setStep(null);
          replace(next);
          setNotice(t(`panel.steps.${done}.done`));
        }}
      />
      <ExcerptChooser
        escalation={escalation}
        opened={isChoosing}
        onClose={() => setIsChoosing(false)}
        onSaved={(next) => {
          setIsChoosing(false);
          replace(next);
          setNotice(t("panel.excerpts.saved"));
        }}
      />
    </Page>
  );
}

function EscalationFacts({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("panel.escalation.where")}>
      <FactList
        columns={3}
        facts={[
          { label: t("panel.escalations.case"), value: <Reference value={escalation.caseReference} /> },
          {
            label: t("panel.escalations.state"),
            value: (
              <Group gap={4} component="span">
                <EscalationStateBadge state={escalation.state} />
                {escalation.isUrgent && <UrgentBadge />}
              </Group>
            ),
          },
          { label: t("panel.escalations.submitted"), value: format.dateTime(escalation.submittedAt) },
          { label: t("panel.escalation.by"), value: escalation.escalatedByName ? <bdi>{escalation.escalatedByName}</bdi> : t("panel.unknownPerson") },
          { label: t("panel.escalation.site"), value: <bdi>{escalation.siteName}</bdi> },
          { label: t("panel.escalations.meeting"), value: escalation.meeting ? <Anchor component={Link} to={`/panel/meetings/${escalation.meeting.id}`}>{format.dateTime(escalation.meeting.startsAt)}</Anchor> : t("panel.escalations.noMeeting") },
          {
            label: t("panel.escalation.assessment"),
            value: escalation.assessment ? t("panel.escalation.assessmentValue", { instrument: isolate(escalation.assessment.instrumentTitle), date: format.day(escalation.assessment.assessedOn) }) : t("panel.escalation.noAssessment"),
          },
        ]}
      />
      {escalation.stateReason && (
        <Alert color="orange" variant="light" title={t(`panel.escalation.stateReason.${escalation.state}`, { defaultValue: t("panel.escalation.stateReasonOther") })}>
          <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
            {escalation.stateReason}
          </Text>
        </Alert>
      )}
    </Section>
  );
}

function Excerpts({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("panel.excerpts.heading")}>
      {escalation.excerpts.length === 0 ? (
        <Text size="sm">{t("panel.excerpts.none")}</Text>
      ) : (
        <List spacing="sm">
          {escalation.excerpts.map((excerpt) => (
            <List.Item key={excerpt.id}>
              <Text size="xs" c="dimmed">
                {t("panel.excerpts.fromSession", { date: format.day(excerpt.sessionDate) })}
              </Text>
              <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                {excerpt.text}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function History({ escalation }: { escalation: EscalationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = panelLabels(t);
  return (
    <Section title={t("panel.escalation.history")}>
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
        {escalation.history.map((entry, index) => (
          <Text component="li" key={`${entry.at}-${index}`} size="sm">
            <Text span fw={600}>
              {labels.historyStep(entry.type)}
            </Text>
            {" · "}
            {format.dateTime(entry.at)}
            {entry.actorName && (
              <>
                {" · "}
                <bdi>{entry.actorName}</bdi>
              </>
            )}
          </Text>
        ))}
      </Stack>
    </Section>
  );
}
