/**
 * What may be done with a submitted assessment, as the server says (`abilities`): approve it (a
 * manager who did not submit it; a note is optional, and the chosen tier then takes effect), return
 * it for changes with a reason, correct it (a new draft copying the answers, linked to this one),
 * and download it as a FHIR QuestionnaireResponse.
 */
import { Anchor, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { amendAssessmentBodySchema, returnAssessmentBodySchema } from "../../../core/api/assessments.js";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { assessmentsApi, fhirResponseUrl, type AssessmentDetail } from "./assessments-api.js";

type Action = "approve" | "return" | "amend";

interface AssessmentActionsProps {
  assessment: AssessmentDetail;
  onChanged: (next: AssessmentDetail, noticeKey: string) => void;
}

export function AssessmentActions({ assessment, onChanged }: AssessmentActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [action, setAction] = useState<Action | null>(null);
  const canApprove = assessment.abilities.approve && assessment.status === "submitted";

  async function done(next: AssessmentDetail, chosen: Action): Promise<void> {
    setAction(null);
    if (chosen === "amend") await navigate(`/assessments/${next.id}`, { state: { notice: "assessments.actions.done.amend" } });
    else onChanged(next, `assessments.actions.done.${chosen}`);
  }

  return (
    <Paper withBorder p="md" component="section" aria-label={t("assessments.actions.title")}>
      <Group gap="sm" wrap="wrap">
        <Text fw={600} me="sm">
          {t("assessments.actions.title")}
        </Text>
        {canApprove && <Button onClick={() => setAction("approve")}>{t("assessments.actions.approve")}</Button>}
        {canApprove && (
          <Button variant="default" onClick={() => setAction("return")}>
            {t("assessments.actions.return")}
          </Button>
        )}
        {assessment.abilities.amend && (
          <Button variant="default" onClick={() => setAction("amend")}>
            {t("assessments.actions.amend")}
          </Button>
        )}
        <Anchor href={fhirResponseUrl(assessment.id)} download={`assessment-${assessment.id}.fhir.json`} className="download-link">
          {t("assessments.actions.downloadFhir")}
        </Anchor>
      </Group>
      <AppModal opened={action !== null} onClose={() => setAction(null)} title={action ? t(`assessments.actions.${action}`) : ""} size="lg">
        {action && <ActionForm key={action} action={action} assessment={assessment} onCancel={() => setAction(null)} onDone={(next) => void done(next, action)} />}
      </AppModal>
    </Paper>
  );
}

const schemas = { return: returnAssessmentBodySchema.shape.reason, amend: amendAssessmentBodySchema.shape.reason } as const;

function ActionForm({ action, assessment, onCancel, onDone }: { action: Action; assessment: AssessmentDetail; onCancel: () => void; onDone: (next: AssessmentDetail) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function confirm(): Promise<void> {
    setError(null);
    if (action !== "approve" && !schemas[action].safeParse(text).success) {
      setFieldError(t(`assessments.actions.reasonRequired.${action}`));
      return;
    }
    setIsBusy(true);
    try {
      if (action === "approve") onDone(await assessmentsApi.approve(assessment.id, text));
      else if (action === "return") onDone(await assessmentsApi.returnForChanges(assessment.id, text.trim()));
      else onDone(await assessmentsApi.amend(assessment.id, text.trim()));
    } catch (failure) {
      setError(errorMessage(failure, t));
      setIsBusy(false);
    }
  }

  const takesEffect = action === "approve" && assessment.tierDecision?.tier;
  return (
    <Stack>
      <Text size="sm">{t(`assessments.actions.hints.${action}`)}</Text>
      {takesEffect && <Text fw={600}>{t("assessments.actions.tierTakesEffect", { tier: t(`cases.tiers.${takesEffect}`) })}</Text>}
      <FormError message={error} />
      <Textarea
        label={t(`assessments.actions.textLabels.${action}`)}
        required={action !== "approve"}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setFieldError(null);
        }}
        error={fieldError}
        autosize
        minRows={3}
        maxLength={2000}
        dir="auto"
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <Button onClick={() => void confirm()} loading={isBusy}>
          {t(`assessments.actions.confirm.${action}`)}
        </Button>
      </Group>
    </Stack>
  );
}
